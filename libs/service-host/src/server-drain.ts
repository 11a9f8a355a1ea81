import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

/** How long requests in flight may take to finish once the process is told to stop. */
export const DRAIN_MS = 10_000;

/**
 * Drains an HTTP server without resetting a request. Every answer from then on says
 * `Connection: close`; a kept-alive connection between two requests is left to its client, or to
 * the keep-alive time the server announced (`Keep-Alive: timeout=`), since closing it any sooner
 * races the client, which may be sending its next request on it at that moment. The server stops
 * listening only once no connection is left: a client that connects meanwhile (a load balancer
 * that has not yet let go) is served once, where closing the listening socket would have reset
 * its connection, already accepted by the system but not yet by the server.
 */
export class ServerDrain {
  /** Answers not yet begun when the drain starts, to be told that the connection then closes. */
  private readonly inFlight = new Set<ServerResponse>();
  private readonly open = new Set<Socket>();
  private draining = false;

  constructor(private readonly server: Server) {
    // Ahead of the framework's listener, which may answer before a listener after it runs.
    server.prependListener('request', (_request: IncomingMessage, response: ServerResponse) => {
      if (this.draining) {
        closeAfter(response);
        return;
      }
      this.inFlight.add(response);
      response.once('close', () => this.inFlight.delete(response));
    });
    server.on('connection', (socket: Socket) => {
      this.open.add(socket);
      socket.once('close', () => {
        this.open.delete(socket);
        if (this.draining && !this.open.size) this.stopListening();
      });
    });
  }

  get listening(): boolean {
    return this.server.listening;
  }

  /** Resolves once no connection is left and the server no longer listens, or once `windowMs` has run out and the rest were cut. */
  async drain(windowMs = DRAIN_MS): Promise<void> {
    this.draining = true;
    for (const response of this.inFlight) closeAfter(response);
    for (const response of this.inFlight) if (isEventStream(response)) response.destroy();
    this.inFlight.clear();
    const closed = new Promise<void>((resolve) => this.server.once('close', () => resolve()));
    if (!this.open.size) this.stopListening();
    const cutOff = setTimeout(() => {
      this.stopListening();
      this.server.closeAllConnections();
    }, windowMs);
    await closed;
    clearTimeout(cutOff);
  }

  private stopListening(): void {
    if (this.server.listening) this.server.close();
  }
}

function closeAfter(response: ServerResponse): void {
  if (!response.headersSent) response.setHeader('Connection', 'close');
}

/**
 * A stream of Server-Sent Events has no end of its own, so the drain would wait its whole window for
 * it. It is cut at once: its client reconnects, to another replica, from its Last-Event-ID.
 */
function isEventStream(response: ServerResponse): boolean {
  return response.headersSent && String(response.getHeader('content-type')).startsWith('text/event-stream');
}
