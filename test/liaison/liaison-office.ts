import { randomUUID } from 'node:crypto';
import { IncomingMessage, Server, ServerResponse, createServer } from 'node:http';
import { AddressInfo } from 'node:net';
import { EventStore, START_OF_LOG } from '@rtop/event-store';
import { LiaisonCloudEvent, receiveWebhooks } from '../../examples/webhook-receiver';

/**
 * A liaison office's endpoint on a real port: the example receiver (examples/webhook-receiver.ts),
 * behind a switch that lets a test make it fail, go down or hang, and that counts what arrives.
 */
export class OfficeEndpoint {
  readonly handled: LiaisonCloudEvent[] = [];
  requests = 0;
  duplicates = 0;
  refused = 0;
  /** Answers 500 to this many requests before taking any. */
  failNext = 0;
  /** Takes requests and never answers them. */
  hang = false;
  /** Handles a delivery, then waits this long before answering: a crash of rtop can fall in between. */
  answerDelayMs = 0;
  /** The office's secrets, read at each delivery (a rotation changes them). */
  secrets: readonly string[] = [];
  private readonly seen = new Set<string>();
  private server?: Server;
  private port = 0;

  get url(): string {
    return `http://127.0.0.1:${this.port}/rtop/webhooks`;
  }

  async up(): Promise<this> {
    this.server = createServer((request, response) => void this.answer(request, response));
    await new Promise<void>((resolve) => this.server!.listen(this.port, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
    // A test that fails before taking it down must not keep the test process alive.
    this.server.unref();
    return this;
  }

  /** Connection refused until `up` again, on the same port; the office keeps what it has handled. */
  async down(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    server?.closeAllConnections();
    await new Promise((resolve) => server?.close(resolve));
  }

  ids(): string[] {
    return this.handled.map((e) => e.id);
  }

  private async answer(request: IncomingMessage, response: ServerResponse): Promise<void> {
    this.requests++;
    if (this.hang) return;
    if (this.failNext > 0) {
      this.failNext--;
      request.resume();
      response.writeHead(500).end('not now');
      return;
    }
    if (this.answerDelayMs) {
      const end = response.end.bind(response) as () => ServerResponse;
      response.end = () => (setTimeout(end, this.answerDelayMs), response);
    }
    // Made at each delivery, so that it holds the secrets as they are now.
    const receive = receiveWebhooks({
      secrets: this.secrets,
      seen: this.seen,
      handle: (event) => void this.handled.push(event),
      onDelivery: ({ outcome }) => {
        if (outcome === 'duplicate') this.duplicates++;
        if (outcome === 'refused') this.refused++;
      },
    });
    await receive(request, response);
  }
}

/** Every id in an office's feed, in feed order. */
export async function feedIds(feed: EventStore): Promise<string[]> {
  return (await feed.readGlobalLog(START_OF_LOG, 100_000)).events.map((e) => e.eventId);
}

/** Events the gateway forwards to the office, spread over three cases as transmissions would be. */
export async function forward(feed: EventStore, count: number, cases = [randomUUID(), randomUUID(), randomUUID()]): Promise<void> {
  for (let i = 0; i < count; i++) {
    const caseId = cases[i % cases.length];
    const event = {
      eventId: randomUUID(),
      type: 'assessment-transmitted',
      data: { caseId, recipients: ['au-psc'], n: i },
      metadata: { caseId, context: 'secretary-general', schemaVersion: 2 },
    };
    await feed.append(`secretary-general-secretary-general-case-${caseId}`, [event], 'any');
  }
}

/** The figures the issue asks for, printed in the test output. */
export function printFigures(what: string, figures: { events: number; attempts: number; duplicates: number; lost: number }): void {
  console.log(
    `[liaison figures] ${what}: events ${figures.events}, attempts ${figures.attempts}, duplicates seen before dedupe ${figures.duplicates}, lost ${figures.lost}`,
  );
}

export interface StreamedEvent {
  readonly id: string;
  readonly data: { readonly id: string; readonly type: string };
}

/**
 * A live-stream client as an office would run one: reads Server-Sent Events until it has `count`
 * of them (or `until` holds), then hangs up; `lastEventId` resumes after that event.
 */
export async function readStream(
  baseUrl: string,
  token: string,
  options: { lastEventId?: string; until: (received: StreamedEvent[], heartbeats: number) => boolean; timeoutMs?: number },
) {
  const hangUp = new AbortController();
  const timer = setTimeout(() => hangUp.abort(), options.timeoutMs ?? 30_000);
  const response = await fetch(`${baseUrl}/liaison/au-psc/stream`, {
    headers: { authorization: `Bearer ${token}`, ...(options.lastEventId ? { 'last-event-id': options.lastEventId } : {}) },
    signal: hangUp.signal,
  });
  const received: StreamedEvent[] = [];
  let heartbeats = 0;
  let buffer = '';
  const decoder = new TextDecoder();
  try {
    if (response.status !== 200) return { status: response.status, received, heartbeats, body: await response.json() };
    const reader = response.body!.getReader();
    while (!options.until(received, heartbeats)) {
      const { value, done } = await reader.read();
      if (done) break;
      buffer += decoder.decode(value, { stream: true });
      const frames = buffer.split('\n\n');
      buffer = frames.pop()!;
      for (const frame of frames) {
        if (frame.startsWith(':')) heartbeats++;
        const id = /^id: (.*)$/m.exec(frame)?.[1];
        const data = /^data: (.*)$/m.exec(frame)?.[1];
        if (id && data) received.push({ id, data: JSON.parse(data) });
        if (options.until(received, heartbeats)) break;
      }
    }
    return { status: response.status, received, heartbeats, body: undefined };
  } finally {
    clearTimeout(timer);
    hangUp.abort();
  }
}
