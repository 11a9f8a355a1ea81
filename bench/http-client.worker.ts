import { performance } from 'node:perf_hooks';
import { parentPort } from 'node:worker_threads';
import { HttpCall, HttpAnswer } from './http-client';

/** The bench's HTTP client on a thread of its own: its cost is not the server's. */
parentPort?.on('message', ({ id, url, token, body }: HttpCall) => {
  const start = performance.now();
  fetch(url, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })
    .then(async (response) => {
      const json = (await response.json()) as Record<string, unknown>;
      const answer: HttpAnswer = { id, ms: performance.now() - start, status: response.status, json };
      parentPort?.postMessage(answer);
    })
    .catch((error: unknown) => parentPort?.postMessage({ id, error: String(error) } satisfies HttpAnswer));
});
