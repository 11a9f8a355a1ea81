import { setTimeout as sleep } from 'node:timers/promises';
import { EventStore, GlobalCheckpoint, RecordedEvent } from './event-store.port';

export interface GlobalLogFollowerOptions {
  /** Names the durable checkpoint: a follower resumes where the one of the same name stopped. */
  readonly subscriber: string;
  /** Takes the events of one read in order; the checkpoint moves past them once it resolves. */
  readonly handle: (events: readonly RecordedEvent[]) => Promise<void>;
  readonly batchSize?: number;
  /** How long to wait for an append before looking again (appends by other processes). */
  readonly pollMs?: number;
  /** Told of each failure; the follower waits, longer after each failure in a row, and tries the same place again. */
  readonly onError?: (error: unknown) => void;
}

/** The longest wait between two tries: a broker or database back up is used within about this. */
const MAX_BACKOFF_MS = 2_000;

export interface GlobalLogFollower {
  stop(): Promise<void>;
}

/**
 * A catch-up subscription to the global log: at-least-once, in global order, resuming from a
 * durable checkpoint stored after each batch. A failing batch is retried, never skipped, so
 * handlers must be idempotent.
 */
export function followGlobalLog(store: EventStore, options: GlobalLogFollowerOptions): GlobalLogFollower {
  const { subscriber, handle, batchSize = 500, pollMs = 250, onError } = options;
  const stopping = new AbortController();
  let failures = 0;
  /** An append wakes no retry: a failing handler is tried again on a clock, not once per write. */
  const backOff = (error: unknown) => {
    onError?.(error);
    failures++;
    return sleep(Math.min(MAX_BACKOFF_MS, pollMs * 2 ** (failures - 1)), undefined, { signal: stopping.signal }).catch(() => undefined);
  };

  const run = async (): Promise<void> => {
    let checkpoint: GlobalCheckpoint | undefined;
    while (!stopping.signal.aborted) {
      try {
        checkpoint ??= await store.loadCheckpoint(subscriber);
        const page = await store.readGlobalLog(checkpoint, batchSize);
        if (page.events.length) {
          if (!(await handleUntilDone(page.events))) return;
          checkpoint = page.next;
          await store.storeCheckpoint(subscriber, checkpoint);
        }
        failures = 0;
        if (page.events.length < batchSize) await store.waitForAppend(pollMs, stopping.signal);
      } catch (error) {
        if (stopping.signal.aborted) return;
        await backOff(error);
      }
    }
  };

  /** False when stopped before the events were handled. */
  const handleUntilDone = async (events: readonly RecordedEvent[]): Promise<boolean> => {
    for (;;) {
      try {
        await handle(events);
        return true;
      } catch (error) {
        await backOff(error);
        if (stopping.signal.aborted) return false;
      }
    }
  };

  const running = run().catch((error) => onError?.(error));
  return {
    async stop() {
      stopping.abort();
      await running;
    },
  };
}
