import { CliIo, EXIT } from './cli-io';

export interface FiguresRequest {
  readonly caseId?: string;
  readonly now?: string;
  readonly url: string;
  readonly token?: string;
}

/**
 * Prints the accountability figures — one case's, or across cases — as the accountability
 * service computes them from the events: the same figures as its API, for scripts and reports.
 */
export async function showFigures(request: FiguresRequest, io: CliIo): Promise<number> {
  const path = request.caseId ? `cases/${encodeURIComponent(request.caseId)}/figures` : 'accountability/figures';
  const url = new URL(path, request.url.endsWith('/') ? request.url : `${request.url}/`);
  if (request.now) url.searchParams.set('now', request.now);
  let response: Response;
  try {
    response = await io.fetch(url, {
      headers: { accept: 'application/json', ...(request.token ? { authorization: `Bearer ${request.token}` } : {}) },
    });
  } catch (error) {
    io.stderr(`figures failed: cannot reach ${url.origin}: ${(error as Error).message}\n`);
    return EXIT.exportFailed;
  }
  const text = await response.text();
  if (!response.ok) {
    io.stderr(`figures failed: ${url.href} answered ${response.status}: ${text}\n`);
    return EXIT.exportFailed;
  }
  io.stdout(`${JSON.stringify(JSON.parse(text), null, 2)}\n`);
  return EXIT.ok;
}
