import { once } from 'node:events';
import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { GlobalCheckpoint } from '@rtop/event-store';
import { RegionalBody } from '@rtop/kernel';
import { Response } from 'express';
import { WEBHOOK_CONFIG, WebhookConfig } from '../delivery/webhook-config';
import { webhookMessage } from '../delivery/webhook-message';
import { LiaisonFeeds } from '../liaison-feeds';

const PAGE = 100;

/**
 * The live streams open on this process: each sends an office's feed after a position as
 * Server-Sent Events, then every event as it arrives, with a comment line whenever it has been
 * quiet for the heartbeat interval. Closed when the client goes, or when the process stops.
 */
@Injectable()
export class LiaisonEventStreams implements OnModuleDestroy {
  private readonly logger = new Logger('liaison-stream');
  private readonly open = new Set<AbortController>();

  constructor(
    private readonly feeds: LiaisonFeeds,
    @Inject(WEBHOOK_CONFIG) private readonly config: WebhookConfig,
  ) {}

  async stream(body: RegionalBody, after: GlobalCheckpoint, response: Response): Promise<void> {
    const closed = new AbortController();
    this.open.add(closed);
    response.on('close', () => closed.abort());
    // Set one by one, not through writeHead, so that the process's drain can tell a stream by its type.
    response.status(200);
    response.setHeader('content-type', 'text/event-stream; charset=utf-8');
    response.setHeader('cache-control', 'no-cache, no-transform');
    response.setHeader('connection', 'keep-alive');
    response.setHeader('x-accel-buffering', 'no');
    response.write('retry: 2000\n\n');
    let lastWrite = Date.now();
    const heartbeat = setInterval(() => {
      if (Date.now() - lastWrite >= this.config.heartbeatMs) response.write(': heartbeat\n\n');
    }, this.config.heartbeatMs / 2);
    try {
      const feed = this.feeds.of(body);
      let cursor = after;
      while (!closed.signal.aborted) {
        const page = await feed.readGlobalLog(cursor, PAGE);
        for (const event of page.events) {
          const message = webhookMessage(body, event);
          lastWrite = Date.now();
          if (!response.write(`id: ${message.position}\ndata: ${message.body}\n\n`))
            await once(response, 'drain', { signal: closed.signal });
        }
        cursor = page.next;
        if (page.events.length < PAGE) await feed.waitForAppend(this.config.pollMs, closed.signal);
      }
    } catch (error) {
      if (!closed.signal.aborted) this.logger.error(`${body}'s stream: ${(error as Error).message}`);
    } finally {
      clearInterval(heartbeat);
      this.open.delete(closed);
      response.end();
    }
  }

  /** A stream never ends by itself: end them all, or the server would wait for them forever. */
  onModuleDestroy(): void {
    for (const stream of this.open) stream.abort();
  }
}
