import { Logger } from '@nestjs/common';
import { EventStore, followGlobalLog } from '@rtop/event-store';
import { EventLog, LogSubscription, SubscribeOptions } from '../event-log.port';
import { loggedEvent } from '../logged-event';

/** Where a consumer group's position is kept in a producing context's store. */
export const groupCheckpoint = (group: string) => `log:${group}`;

/**
 * The log in one process: each context's store already is a durable, ordered log, so a consumer
 * group follows the producing store directly, its position kept there as Kafka keeps a group's
 * offsets beside the topic. Nothing is relayed.
 */
export class InProcessEventLog implements EventLog {
  private readonly stores = new Map<string, EventStore>();
  private readonly logger = new Logger('event-log');

  attach(context: string, store: EventStore): LogSubscription {
    this.stores.set(context, store);
    return { stop: async () => void this.stores.delete(context) };
  }

  async subscribe({ group, contexts, handle }: SubscribeOptions): Promise<LogSubscription> {
    // A context this process does not run has no events here to follow.
    const present = contexts.filter((context) => this.stores.has(context));
    const followers = present.map((context) => {
      const store = this.stores.get(context)!;
      return followGlobalLog(store, {
        subscriber: groupCheckpoint(group),
        handle: async (events) => {
          for (const event of events) await handle(loggedEvent(context, event));
        },
        // The message only: a driver's error object also holds the statement and its parameters.
        onError: (error) => this.logger.error(`${group} on ${context}: ${(error as Error).message}`),
      });
    });
    return { stop: async () => void (await Promise.all(followers.map((f) => f.stop()))) };
  }

  async close(): Promise<void> {
    this.stores.clear();
  }
}
