import { Agent, request } from 'node:http';
import { performance } from 'node:perf_hooks';
import { parentPort } from 'node:worker_threads';
import { HttpCall, HttpAnswer } from './http-client';

/**
 * node:http over kept-alive sockets, not fetch: on this 2-core machine fetch (undici and its web
 * streams) cost the client about a millisecond of CPU per request, taken from the server it shares
 * the cores with.
 */
const agent = new Agent({ keepAlive: true, maxSockets: 64 });

/** The bench's HTTP client on a thread of its own: its cost is not the server's. */
parentPort?.on('message', (call: HttpCall) => {
  const { id, url, method } = call;
  const start = performance.now();
  const payload = method === 'POST' ? JSON.stringify(call.body) : '';
  const headers =
    method === 'POST'
      ? { authorization: `Bearer ${call.token}`, 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) }
      : {};
  const sent = request(url, { method, agent, headers }, (response) => {
    const chunks: Buffer[] = [];
    response.on('data', (chunk: Buffer) => chunks.push(chunk));
    response.on('end', () => {
      try {
        const json = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>;
        parentPort?.postMessage({ id, ms: performance.now() - start, status: response.statusCode, json } satisfies HttpAnswer);
      } catch (error) {
        parentPort?.postMessage({ id, error: `answer ${response.statusCode ?? '?'} is not JSON: ${String(error)}` } satisfies HttpAnswer);
      }
    });
  });
  sent.on('error', (error) => parentPort?.postMessage({ id, error: String(error) } satisfies HttpAnswer));
  sent.end(payload);
});
