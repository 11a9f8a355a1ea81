import { writeFileSync } from 'node:fs';
import { BUNDLE_FORMAT, CaseBundle } from '@rtop/accountability';
import { CliIo, EXIT } from './cli-io';
import { progressOn } from './progress';

export interface ExportRequest {
  readonly caseId: string;
  readonly out: string;
  readonly url: string;
  readonly token?: string;
}

const HINTS: Readonly<Record<number, string>> = {
  401: ' (pass --token or set RTOP_TOKEN; `npm run token` mints one locally)',
  // A bundle holds every event of the case, so only an auditor may take one.
  403: ' (a case bundle is exported by auditors: use a token with the auditor role, `npm run token -- --role auditor …`)',
};

const megabytes = (bytes: number) => `${(bytes / 1_000_000).toFixed(1)} MB`;

/** Fetches a case's bundle from the accountability service and writes it as received. */
export async function exportBundle(request: ExportRequest, io: CliIo): Promise<number> {
  const url = new URL(`cases/${encodeURIComponent(request.caseId)}/bundle`, request.url.endsWith('/') ? request.url : `${request.url}/`);
  let response: Response;
  try {
    response = await io.fetch(url, {
      headers: { accept: 'application/json', ...(request.token ? { authorization: `Bearer ${request.token}` } : {}) },
    });
  } catch (error) {
    // fetch fails with a bare "fetch failed"; the cause says why (refused, unknown host).
    const reason: unknown = error instanceof Error ? (error.cause ?? error.message) : error;
    io.stderr(`export failed: cannot reach ${url.origin}: ${String(reason)}\n`);
    return EXIT.exportFailed;
  }
  if (!response.ok) {
    const hint = HINTS[response.status] ?? '';
    io.stderr(`export failed: ${url.href} answered ${response.status}: ${messageOf(await response.text())}${hint}\n`);
    return EXIT.exportFailed;
  }

  const body = await readWithProgress(response, io);
  let bundle: unknown;
  try {
    bundle = JSON.parse(body.toString('utf8'));
  } catch {
    io.stderr(`export failed: ${url.href} did not answer with JSON\n`);
    return EXIT.exportFailed;
  }
  if (!inBundleFormat(bundle)) {
    io.stderr(`export failed: ${url.href} did not answer with a bundle in the ${BUNDLE_FORMAT} format\n`);
    return EXIT.exportFailed;
  }
  // Written byte for byte as received: the signatures cover what the service sent.
  writeFileSync(request.out, body);
  io.stderr(
    `wrote ${request.out}: case ${bundle.caseId}, ${bundle.entries.length} events in ${bundle.chains.length} streams, ` +
      `under a checkpoint of ${bundle.checkpoint.treeSize} ledger entries signed by key ${bundle.checkpoint.keyId}\n`,
  );
  return EXIT.ok;
}

async function readWithProgress(response: Response, io: CliIo): Promise<Buffer> {
  const length = Number(response.headers.get('content-length')) || undefined;
  const progress = progressOn(io, 'downloading bundle', 1_000_000, megabytes);
  const chunks: Buffer[] = [];
  let received = 0;
  if (!response.body) return Buffer.alloc(0);
  // A fetched body is a stream of bytes; Node's types leave its chunks `any`.
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    chunks.push(Buffer.from(chunk.value));
    received += chunk.value.byteLength;
    progress(received, length);
  }
  return Buffer.concat(chunks);
}

/** The file is kept as received, so only its format is checked here; `rtop verify` checks the rest. */
function inBundleFormat(value: unknown): value is CaseBundle {
  return typeof value === 'object' && value !== null && 'format' in value && value.format === BUNDLE_FORMAT;
}

/** The service's refusal is an RFC 9457 problem naming the rule broken; show its detail rather than the JSON. */
function messageOf(text: string): string {
  try {
    const body = JSON.parse(text) as { detail?: unknown };
    return typeof body.detail === 'string' ? body.detail : text;
  } catch {
    return text;
  }
}
