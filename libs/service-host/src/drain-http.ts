import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { Server } from 'node:http';
import { ServerDrain } from './server-drain';

/**
 * The first thing to stop when the process is told to (SIGTERM): the requests already sent, and
 * any that come meanwhile, are answered and their connections closed (ServerDrain) while the
 * store, the relay and the consumers are all still up. Nest stops the root module first and
 * global modules last, so a provider of the root module drains before any context stops its
 * relay, its reactions or its read models.
 */
@Injectable()
export class DrainHttp implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('shutdown');
  private serverDrain?: ServerDrain;

  constructor(private readonly adapterHost: HttpAdapterHost) {}

  /** The server exists from the app's creation; requests are followed from before it listens. */
  onApplicationBootstrap(): void {
    const server = this.adapterHost.httpAdapter.getHttpServer() as Server | undefined;
    if (server) this.serverDrain = new ServerDrain(server);
  }

  async onModuleDestroy(): Promise<void> {
    if (!this.serverDrain?.listening) return;
    await this.serverDrain.drain();
    this.logger.log('requests drained; stopping relays and consumers');
  }
}
