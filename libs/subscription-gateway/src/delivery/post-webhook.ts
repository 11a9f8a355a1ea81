import { LookupAddress } from 'node:dns';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { EndpointGuard } from './endpoint-guard';

export interface AttemptResult {
  readonly ok: boolean;
  /** The endpoint's HTTP status; absent when it did not answer. */
  readonly status?: number;
  readonly error?: string;
}

/**
 * One attempt: the URL's addresses checked again, the request sent to the address checked (no
 * second lookup a changed DNS answer could slip through), no redirect followed, any 2xx a success.
 */
export async function postWebhook(
  url: URL,
  headers: Record<string, string>,
  body: string,
  guard: EndpointGuard,
  timeoutMs: number,
): Promise<AttemptResult> {
  let addresses: readonly LookupAddress[];
  try {
    addresses = await guard.addressesOf(url);
  } catch (error) {
    return { ok: false, error: (error as Error).message };
  }
  const [pinned] = addresses;
  const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve) => {
    const outgoing = request(
      url,
      {
        method: 'POST',
        headers: { ...headers, 'content-length': Buffer.byteLength(body), 'user-agent': 'rtop-webhooks/1' },
        timeout: timeoutMs,
        lookup: (_host, options, callback) =>
          (options as { all?: boolean }).all
            ? (callback as (e: null, a: LookupAddress[]) => void)(null, [pinned])
            : (callback as (e: null, a: string, f: number) => void)(null, pinned.address, pinned.family),
      },
      (response) => {
        const status = response.statusCode ?? 0;
        // The answer's body is not read: it is drained so the socket is freed.
        response.resume();
        response.on('end', () =>
          resolve(status >= 200 && status < 300 ? { ok: true, status } : { ok: false, status, error: `HTTP ${status}` }),
        );
        response.on('error', (error) => resolve({ ok: false, status, error: error.message }));
      },
    );
    outgoing.on('timeout', () => outgoing.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    outgoing.on('error', (error: NodeJS.ErrnoException) =>
      resolve({ ok: false, error: error.code ? `${error.code}: ${error.message}` : error.message }),
    );
    outgoing.end(body);
  });
}
