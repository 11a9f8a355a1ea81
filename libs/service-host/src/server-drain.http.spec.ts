import { createServer, RequestListener, Server } from 'node:http';
import { AddressInfo, connect, Socket } from 'node:net';
import { DRAIN_MS, ServerDrain } from './server-drain';

interface Answer {
  readonly status: number;
  readonly connection: string | undefined;
  readonly body: string;
}

/** One client connection, kept alive between its requests, as a pooling HTTP client keeps it. */
class KeptAliveConnection {
  private received = '';
  /** Settles once the server has closed its side; with the error when the connection was reset. */
  readonly closed: Promise<void>;

  private constructor(private readonly socket: Socket) {
    socket.on('data', (chunk: Buffer) => (this.received += chunk.toString('latin1')));
    this.closed = new Promise((resolve, reject) => {
      socket.once('error', reject);
      socket.once('end', resolve);
    });
  }

  static async open(port: number): Promise<KeptAliveConnection> {
    const socket = connect(port, '127.0.0.1');
    await new Promise((resolve, reject) => socket.once('connect', resolve).once('error', reject));
    return new KeptAliveConnection(socket);
  }

  send(path: string): void {
    this.socket.write(`GET ${path} HTTP/1.1\r\nHost: rtop\r\n\r\n`);
  }

  /** The next whole answer on the connection; rejects when the connection was reset instead. */
  async answer(): Promise<Answer> {
    for (;;) {
      const answer = this.takeAnswer();
      if (answer) return answer;
      await Promise.race([new Promise((resolve) => this.socket.once('data', resolve)), this.closed.then(() => this.noAnswer())]);
    }
  }

  hangUp(): void {
    this.socket.end();
  }

  private takeAnswer(): Answer | undefined {
    const headEnd = this.received.indexOf('\r\n\r\n');
    if (headEnd < 0) return undefined;
    const [statusLine, ...lines] = this.received.slice(0, headEnd).split('\r\n');
    const headers = new Map(
      lines.map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]),
    );
    const end = headEnd + 4 + Number(headers.get('content-length') ?? 0);
    if (this.received.length < end) return undefined;
    const body = this.received.slice(headEnd + 4, end);
    this.received = this.received.slice(end);
    return { status: Number(statusLine.split(' ')[1]), connection: headers.get('connection'), body };
  }

  private noAnswer(): never {
    throw new Error(`the server closed the connection without answering; it had sent: ${JSON.stringify(this.received)}`);
  }
}

describe('draining an HTTP server', () => {
  let server: Server;
  let serverDrain: ServerDrain;
  let port: number;
  let handle: RequestListener;

  beforeEach(async () => {
    handle = (request, response) => response.end(`served ${request.url}`);
    server = createServer((request, response) => handle(request, response));
    serverDrain = new ServerDrain(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });

  afterEach(() => {
    jest.useRealTimers();
    server.closeAllConnections();
    server.close();
  });

  it('serves a request sent on a kept-alive connection just as the drain begins, then closes that connection', async () => {
    const client = await KeptAliveConnection.open(port);
    client.send('/first');
    expect(await client.answer()).toEqual({ status: 200, connection: 'keep-alive', body: 'served /first' });

    jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] });
    const drained = serverDrain.drain();
    // The next request is on its way as every timer the drain set, short of its cut-off, fires.
    client.send('/next');
    jest.advanceTimersByTime(DRAIN_MS - 1);

    expect(await client.answer()).toEqual({ status: 200, connection: 'close', body: 'served /next' });
    await client.closed;
    await drained;
  });

  it('answers the requests in flight when the drain begins, each saying its connection closes', async () => {
    const answering: (() => void)[] = [];
    handle = (request, response) => answering.push(() => response.end(`served ${request.url}`));
    const clients = await Promise.all([1, 2, 3].map(() => KeptAliveConnection.open(port)));
    clients.forEach((client, n) => client.send(`/in-flight/${n}`));
    await waitFor(() => answering.length === clients.length);

    const drained = serverDrain.drain();
    for (const answer of answering) answer();

    expect(await Promise.all(clients.map((client) => client.answer()))).toEqual(
      clients.map((_, n) => ({ status: 200, connection: 'close', body: `served /in-flight/${n}` })),
    );
    await drained;
  });

  it('serves a client that connects while the drain waits for others, once, and stops listening when no connection is left', async () => {
    const kept = await KeptAliveConnection.open(port);
    kept.send('/before');
    await kept.answer();
    const drained = serverDrain.drain();

    const late = await KeptAliveConnection.open(port);
    late.send('/late');
    expect(await late.answer()).toEqual({ status: 200, connection: 'close', body: 'served /late' });
    await late.closed;
    kept.hangUp();
    await drained;
    await expect(KeptAliveConnection.open(port)).rejects.toMatchObject({ code: 'ECONNREFUSED' });
  });

  it('ends once the clients have hung up the connections they kept alive', async () => {
    const clients = await Promise.all([1, 2].map(() => KeptAliveConnection.open(port)));
    for (const client of clients) client.send('/before');
    await Promise.all(clients.map((client) => client.answer()));

    const drained = serverDrain.drain();
    for (const client of clients) client.hangUp();
    await drained;
  });

  it('closes a kept-alive connection left idle once the keep-alive time the server announced has run out', async () => {
    server.keepAliveTimeout = 50;
    const client = await KeptAliveConnection.open(port);
    client.send('/before');
    await client.answer();

    await serverDrain.drain();
    await client.closed;
  });

  it('cuts a stream of Server-Sent Events at once, without waiting out its window, so that its client resumes elsewhere', async () => {
    let streaming = false;
    handle = (_request, response) => {
      response.setHeader('content-type', 'text/event-stream; charset=utf-8');
      streaming = response.write('retry: 2000\n\n');
    };
    const client = await KeptAliveConnection.open(port);
    client.send('/liaison/au-psc/stream');
    await waitFor(() => streaming);

    // With the drain's timers stopped, only the cut of the stream can end it.
    jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] });
    const drained = serverDrain.drain();
    await client.closed.catch(() => undefined);
    await drained;
    expect(serverDrain.listening).toBe(false);
  });

  it('cuts the requests still unanswered when its window has run out', async () => {
    let received = false;
    handle = () => (received = true);
    const client = await KeptAliveConnection.open(port);
    client.send('/never-answered');
    await waitFor(() => received);

    jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] });
    const drained = serverDrain.drain();
    jest.advanceTimersByTime(DRAIN_MS);

    await drained;
    await expect(client.answer()).rejects.toThrow('without answering');
  });
});

async function waitFor(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setImmediate(resolve));
}
