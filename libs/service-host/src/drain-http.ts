import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { Server } from 'node:http';
import { Server as NetServer } from 'node:net';

/** How long requests in flight may take to finish once the process is told to stop. */
const DRAIN_MS = 10_000;
/** How often connections that have fallen idle are closed while draining. */
const SWEEP_MS = 250;

/**
 * The first thing to stop when the process is told to (SIGTERM): no new connection is taken,
 * and the requests already sent finish while the store, the relay and the consumers are all
 * still up. The root module's hooks run before any context's, so this drains first.
 */
@Injectable()
export class DrainHttp implements OnModuleDestroy {
  private readonly logger = new Logger('shutdown');

  constructor(private readonly adapterHost: HttpAdapterHost) {}

  async onModuleDestroy(): Promise<void> {
    const server = this.adapterHost.httpAdapter?.getHttpServer() as Server | undefined;
    if (!server?.listening) return;
    // http.Server#close would also close at once every connection not yet in a request, and with
    // it a request sent but not yet read: stop listening only, then close connections as they idle.
    const drained = new Promise((resolve) => {
      NetServer.prototype.close.call(server, resolve);
    });
    const sweep = setInterval(() => {
      server.closeIdleConnections();
    }, SWEEP_MS);
    const cutOff = setTimeout(() => {
      server.closeAllConnections();
    }, DRAIN_MS);
    await drained;
    clearInterval(sweep);
    clearTimeout(cutOff);
    this.logger.log('requests drained; stopping relays and consumers');
  }
}
