import { Logger } from '@nestjs/common';
import { EventStore, followGlobalLog } from '@rtop/event-store';
import { EventLog, LogSubscription, SubscribeOptions } from '../event-log.port';
import { loggedEvent } from '../logged-event';
import { reasonOf } from '../reason-of';

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
    return {
      stop: () => {
        this.stores.delete(context);
        return Promise.resolve();
      },
    };
  }

  subscribe({ group, contexts, handle }: SubscribeOptions): Promise<LogSubscription> {
    // A context this process does not run has no events here to follow.
    const present = contexts.flatMap((context) => {
      const store = this.stores.get(context);
      return store ? [{ context, store }] : [];
    });
    const followers = present.map(({ context, store }) =>
      followGlobalLog(store, {
        subscriber: groupCheckpoint(group),
        handle: async (events) => {
          for (const event of events) await handle(loggedEvent(context, event));
        },
        onError: (error) => this.logger.error(`${group} on ${context}: ${reasonOf(error)}`),
      }),
    );
    return Promise.resolve({
      stop: async () => {
        await Promise.all(followers.map((f) => f.stop()));
      },
    });
  }

  close(): Promise<void> {
    this.stores.clear();
    return Promise.resolve();
  }
}
