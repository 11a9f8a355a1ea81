import { setTimeout as sleep } from 'node:timers/promises';
import { Logger } from '@nestjs/common';
import { EventStore, Lease, SqlSession, followGlobalLog } from '@rtop/event-store';
import { LogSubscription } from '../event-log.port';
import { loggedEvent } from '../logged-event';
import { reasonOf } from '../reason-of';
import type { KafkaEventLog } from './kafka-event-log';

/** Where a relay takes its lease: the database its context's store is in. */
export type Leases = Pick<SqlSession, 'tryLease'>;

/** How often a replica without the lease asks for it: a holder's crash is noticed within this. */
const LEASE_POLL_MS = 1_000;

/** The relay's checkpoint in its context's store: how far the context's events are published (its lag is read against it). */
export const RELAY_CHECKPOINT = 'relay:event-log';

const logger = new Logger('relay');

/**
 * Publishes one context's events from its store (the outbox) to the log: in global order, the
 * checkpoint moved only after the broker's ack, resuming from it after a crash. At-least-once:
 * a crash between ack and checkpoint republishes, and consumers dedupe by event id.
 *
 * Of the replicas of a service, only the holder of the context's lease relays; when it dies its
 * database connection closes, the lease is free, and another replica goes on from the checkpoint.
 */
export function relayContext(context: string, store: EventStore, log: KafkaEventLog, leases: Leases): LogSubscription {
  const lease = `relay:${context}`;
  const stopping = new AbortController();
  const relay = () =>
    followGlobalLog(store, {
      subscriber: RELAY_CHECKPOINT,
      handle: (events) =>
        log.publish(
          context,
          events.map((event) => loggedEvent(context, event)),
        ),
      onError: (error) => logger.error(`${context}: ${reasonOf(error)}`),
    });

  // Made once: a stop that comes while a lease is being taken must still be seen after.
  const stopped = new Promise<void>((resolve) => {
    stopping.signal.addEventListener('abort', () => resolve(), { once: true });
  });

  // Asked afresh each time: a stop may come during any await.
  const stoppingNow = () => stopping.signal.aborted;
  const run = async (): Promise<void> => {
    while (!stoppingNow()) {
      const held = await leases.tryLease(lease).catch((error: unknown) => {
        logger.error(`${context}: lease not taken: ${reasonOf(error)}`);
        return undefined;
      });
      if (!held) {
        await sleep(LEASE_POLL_MS, undefined, { signal: stopping.signal }).catch(() => undefined);
        continue;
      }
      if (!stoppingNow()) await relayWhileHeld(held);
      await held.release();
    }
  };

  const relayWhileHeld = async (held: Lease): Promise<void> => {
    logger.log(`${context}: this process holds the relay lease`);
    const follower = relay();
    await Promise.race([held.lost, stopped]);
    if (!stopping.signal.aborted) logger.warn(`${context}: relay lease lost; asking for it again`);
    // The batch in hand is finished and its checkpoint stored before the lease goes.
    await follower.stop();
  };

  const running = run();
  return {
    async stop() {
      stopping.abort();
      await running;
    },
  };
}
