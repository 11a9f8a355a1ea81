/** An answer as it came: JSON parsed when the server says it is JSON, text otherwise. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- specs read answers untyped, as supertest's (test/ turns the unsafe-any rules off for it)
export interface HttpResult<T = any> {
  readonly status: number;
  readonly body: T;
  readonly headers: Headers;
}

/** A real HTTP client for a running service, acting as one authenticated actor. */
export function httpClient(baseUrl: string, token?: string) {
  const call = async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<HttpResult> => {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: {
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    const parsed = response.headers.get('content-type')?.includes('json') ? JSON.parse(text) : text;
    return { status: response.status, body: parsed, headers: response.headers };
  };
  /** A GET whose answer never ends (Server-Sent Events): its status, headers and what it sent first, then hung up. */
  const opening = async (path: string, firstFor = 1_000): Promise<HttpResult<string>> => {
    const hangUp = new AbortController();
    const response = await fetch(`${baseUrl}${path}`, {
      headers: token ? { authorization: `Bearer ${token}` } : {},
      signal: hangUp.signal,
    });
    if (!response.headers.get('content-type')?.includes('text/event-stream')) {
      return { status: response.status, body: await response.text(), headers: response.headers };
    }
    const reader = response.body!.getReader();
    const timer = setTimeout(() => hangUp.abort(), firstFor);
    let body = '';
    try {
      for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) body += Buffer.from(chunk.value).toString('utf8');
    } catch {
      // The hang-up after `firstFor` ends the read.
    } finally {
      clearTimeout(timer);
    }
    return { status: response.status, body, headers: response.headers };
  };
  return {
    opening,
    get: (path: string, headers?: Record<string, string>) => call('GET', path, undefined, headers),
    post: (path: string, body: unknown, headers?: Record<string, string>) => call('POST', path, body, headers),
    delete: (path: string, headers?: Record<string, string>) => call('DELETE', path, undefined, headers),
  };
}
