import { join } from 'node:path';
import { Worker } from 'node:worker_threads';

/** A POST with a bearer token and a JSON body, or a GET of a route that needs neither. */
export type HttpCall =
  | { readonly id: number; readonly url: string; readonly method: 'POST'; readonly token: string; readonly body: object }
  | { readonly id: number; readonly url: string; readonly method: 'GET' };

export interface HttpAnswer {
  readonly id: number;
  /** From sending the request to reading the whole answer, timed on the client's thread. */
  readonly ms?: number;
  readonly status?: number;
  readonly json?: Record<string, unknown>;
  readonly error?: string;
}

export interface Posted {
  readonly ms: number;
  readonly status: number;
  readonly json: Record<string, unknown>;
}

/**
 * The bench's clients, on a worker thread: a client sharing the server's event loop would charge
 * the server with the client's own parsing and sockets, which no deployment does.
 */
export class HttpClientThread {
  private readonly worker = new Worker(join(__dirname, 'http-client.worker.js'));
  private readonly pending = new Map<number, { resolve: (posted: Posted) => void; reject: (error: Error) => void }>();
  private serial = 0;

  constructor() {
    this.worker.on('message', ({ id, ms, status, json, error }: HttpAnswer) => {
      const waiting = this.pending.get(id);
      this.pending.delete(id);
      if (error !== undefined || ms === undefined || status === undefined || !json) waiting?.reject(new Error(error ?? 'no answer'));
      else waiting?.resolve({ ms, status, json });
    });
  }

  post(url: string, token: string, body: object): Promise<Posted> {
    return this.send({ id: this.serial++, url, method: 'POST', token, body });
  }

  get(url: string): Promise<Posted> {
    return this.send({ id: this.serial++, url, method: 'GET' });
  }

  private send(call: HttpCall): Promise<Posted> {
    return new Promise((resolve, reject) => {
      this.pending.set(call.id, { resolve, reject });
      this.worker.postMessage(call);
    });
  }

  stop(): Promise<number> {
    return this.worker.terminate();
  }
}
