import { EventStore, followGlobalLog, GlobalLogFollower } from '@rtop/event-store';
import { loggedEvent } from '../logged-event';
import type { KafkaEventLog } from './kafka-event-log';

/**
 * Publishes one context's events from its store (the outbox) to the log: in global order, the
 * checkpoint moved only after the broker's ack, resuming from it after a crash. At-least-once:
 * a crash between ack and checkpoint republishes, and consumers dedupe by event id.
 */
export function relayContext(context: string, store: EventStore, log: KafkaEventLog): GlobalLogFollower {
  return followGlobalLog(store, {
    subscriber: 'relay:event-log',
    handle: (events) => log.publish(context, events.map((event) => loggedEvent(context, event))),
    onError: (error) => console.error(`[relay] ${context}:`, error),
  });
}
