import { EventStore, followGlobalLog } from '@rtop/event-store';
import { EventLog, LogSubscription, SubscribeOptions } from '../event-log.port';
import { loggedEvent } from '../logged-event';

/**
 * The log in one process: each context's store already is a durable, ordered log, so a consumer
 * group follows the producing store directly, its position kept there as Kafka keeps a group's
 * offsets beside the topic. Nothing is relayed.
 */
export class InProcessEventLog implements EventLog {
  private readonly stores = new Map<string, EventStore>();

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
        subscriber: `log:${group}`,
        handle: async (events) => {
          for (const event of events) await handle(loggedEvent(context, event));
        },
        onError: (error) => console.error(`[event-log] ${group} on ${context}:`, error),
      });
    });
    return { stop: async () => void (await Promise.all(followers.map((f) => f.stop()))) };
  }

  async close(): Promise<void> {
    this.stores.clear();
  }
}
