import { z } from 'zod';
import { Body } from '@rtop/kernel';

/** An answer as it came: its body is JSON when the server says so, text otherwise, and what it holds is read with a shape. */
export interface HttpResult<T = unknown> {
  readonly status: number;
  readonly body: T;
  readonly headers: Headers;
}

/** What the scenario needs of a client: a GET and a POST as one authenticated actor. */
export interface HttpClient {
  get(path: string, headers?: Record<string, string>): Promise<HttpResult>;
  post(path: string, body: unknown, headers?: Record<string, string>): Promise<HttpResult>;
}

/** A running rtop, reached as any body (and, optionally, a named person within it). */
export interface Rtop {
  as(body: Body, person?: string): HttpClient;
}

/** A plain fetch client for a running rtop, acting as the actor the bearer token names. */
export function httpClient(baseUrl: string, token: string): HttpClient {
  const call = async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<HttpResult> => {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: {
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        authorization: `Bearer ${token}`,
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    const parsed: unknown = response.headers.get('content-type')?.includes('json') ? JSON.parse(text) : text;
    return { status: response.status, body: parsed, headers: response.headers };
  };
  return {
    get: (path, headers) => call('GET', path, undefined, headers),
    post: (path, body, headers) => call('POST', path, body, headers),
  };
}

/** A step that answered otherwise than expected: the scenario stops there, with what the server said. */
export class StepFailed extends Error {}

/** The response's body when it has the status the step expects; otherwise the step fails, showing the body. */
export async function expectStatus<T>(step: string, expected: number, response: Promise<HttpResult<T>> | HttpResult<T>): Promise<T> {
  const result = await response;
  if (result.status !== expected) {
    throw new StepFailed(`${step}: expected HTTP ${expected}, got ${result.status}: ${JSON.stringify(result.body, null, 2)}`);
  }
  return result.body;
}

/** What the step reads of a body, when the body has that shape; otherwise the step fails, saying what differs. */
export function read<S extends z.ZodType>(step: string, shape: S, body: unknown): z.output<S> {
  const parsed = shape.safeParse(body);
  if (!parsed.success) {
    throw new StepFailed(`${step}: the answer is not as expected (${z.prettifyError(parsed.error)}): ${JSON.stringify(body, null, 2)}`);
  }
  return parsed.data;
}

/** What the step reads of the response, when it has the status and the shape the step expects; otherwise the step fails. */
export async function expectAnswer<S extends z.ZodType>(
  step: string,
  expected: number,
  response: Promise<HttpResult> | HttpResult,
  shape: S,
): Promise<z.output<S>> {
  return read(step, shape, await expectStatus(step, expected, response));
}

/**
 * Polls until `probe` yields a value: for outcomes another context records by following the event
 * log, which arrive a moment after the request that caused them.
 */
export async function waitFor<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = await probe();
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new StepFailed(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
