import { setTimeout as sleep } from 'node:timers/promises';
import { EventStore, GlobalCheckpoint, RecordedEvent } from './event-store.port';
import { joinLogTail } from './global-log-tail';

export interface GlobalLogFollowerOptions {
  /** Names the durable checkpoint: a follower resumes where the one of the same name stopped. */
  readonly subscriber: string;
  /** Takes the events of one read in order; the checkpoint moves past them once it resolves. */
  readonly handle: (events: readonly RecordedEvent[]) => Promise<void>;
  readonly batchSize?: number;
  /** How often, at least, the store's tail looks for appends made by other processes. */
  readonly pollMs?: number;
  /** Told of each failure; the follower waits, longer after each failure in a row, and tries the same place again. */
  readonly onError?: (error: unknown) => void;
}

/** The longest wait between two tries: a broker or database back up is used within about this. */
const MAX_BACKOFF_MS = 2_000;
/**
 * While events keep coming, the checkpoint is stored at most this often (once it is quiet, within
 * this): a crash redelivers what came since, which handlers take as they take any redelivery.
 */
const CHECKPOINT_EVERY_MS = 1_000;

export interface GlobalLogFollower {
  stop(): Promise<void>;
}

/**
 * A catch-up subscription to the global log: at-least-once, in global order, resuming from a
 * durable checkpoint. A failing batch is retried, never skipped, and a crash redelivers what came
 * after the checkpoint last stored, so handlers must be idempotent. Once caught up it reads what
 * the store's shared tail has read.
 */
export function followGlobalLog(store: EventStore, options: GlobalLogFollowerOptions): GlobalLogFollower {
  const { subscriber, handle, batchSize = 500, pollMs = 250, onError } = options;
  const stopping = new AbortController();
  const stopped = () => stopping.signal.aborted;
  const tail = joinLogTail(store, pollMs);
  let failures = 0;
  /** An append wakes no retry: a failing handler is tried again on a clock, not once per write. */
  const backOff = (error: unknown) => {
    onError?.(error);
    failures++;
    return sleep(Math.min(MAX_BACKOFF_MS, pollMs * 2 ** (failures - 1)), undefined, { signal: stopping.signal }).catch(() => undefined);
  };

  let checkpoint: GlobalCheckpoint | undefined;
  let stored: GlobalCheckpoint | undefined;
  let storedAt = -Infinity;
  const storeCheckpoint = async (at: GlobalCheckpoint) => {
    await store.storeCheckpoint(subscriber, at);
    stored = at;
    storedAt = performance.now();
  };

  const run = async (): Promise<void> => {
    while (!stopped()) {
      try {
        if (!checkpoint) checkpoint = stored = await store.loadCheckpoint(subscriber);
        const page = await tail.read(checkpoint, batchSize);
        if (page.events.length) {
          if (!(await handleUntilDone(page.events))) return;
          checkpoint = page.next;
        }
        failures = 0;
        const due = storedAt + CHECKPOINT_EVERY_MS - performance.now();
        if (checkpoint !== stored && due <= 0) await storeCheckpoint(checkpoint);
        if (page.events.length < batchSize) await nextOrQuiet(checkpoint, checkpoint === stored ? undefined : due);
      } catch (error) {
        if (stopped()) return;
        await backOff(error);
      }
    }
  };

  /** Waits for events after `after`, or until `quietMs` have passed. */
  const nextOrQuiet = async (after: GlobalCheckpoint, quietMs?: number): Promise<void> => {
    if (quietMs === undefined) return tail.next(after, stopping.signal);
    const waiting = new AbortController();
    const quiet = setTimeout(() => waiting.abort(), quietMs);
    const stop = () => waiting.abort();
    stopping.signal.addEventListener('abort', stop, { once: true });
    try {
      await tail.next(after, waiting.signal);
    } finally {
      clearTimeout(quiet);
      stopping.signal.removeEventListener('abort', stop);
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
        if (stopped()) return false;
      }
    }
  };

  /** What was handled is not handled again by the next follower of this name. */
  const storeLast = async () => {
    if (checkpoint && checkpoint !== stored) await storeCheckpoint(checkpoint);
  };

  const running = run()
    .then(storeLast)
    .catch((error: unknown) => onError?.(error))
    .finally(() => tail.leave());
  return {
    async stop() {
      stopping.abort();
      await running;
    },
  };
}
