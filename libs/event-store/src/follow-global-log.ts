import { EventStore, RecordedEvent } from './event-store.port';

export interface GlobalLogFollowerOptions {
  /** Names the durable checkpoint: a follower resumes where the one of the same name stopped. */
  readonly subscriber: string;
  readonly handle: (event: RecordedEvent) => Promise<void>;
  readonly batchSize?: number;
  /** How long to wait for an append before looking again (appends by other processes). */
  readonly pollMs?: number;
  /** Told of each failure; the follower waits and tries the same place again. */
  readonly onError?: (error: unknown, event?: RecordedEvent) => void;
}

export interface GlobalLogFollower {
  stop(): Promise<void>;
}

/**
 * A catch-up subscription to the global log: at-least-once, in global order, resuming from a
 * durable checkpoint stored after each batch. A failing event is retried, never skipped, so
 * handlers must be idempotent.
 */
export function followGlobalLog(store: EventStore, options: GlobalLogFollowerOptions): GlobalLogFollower {
  const { subscriber, handle, batchSize = 500, pollMs = 250, onError } = options;
  const stopping = new AbortController();

  const run = async (): Promise<void> => {
    let checkpoint = await store.loadCheckpoint(subscriber);
    while (!stopping.signal.aborted) {
      try {
        const page = await store.readGlobalLog(checkpoint, batchSize);
        for (const event of page.events) {
          await handleUntilDone(event);
          if (stopping.signal.aborted) return;
          checkpoint = event.checkpoint;
        }
        if (page.events.length) await store.storeCheckpoint(subscriber, checkpoint);
        if (page.events.length < batchSize) await store.waitForAppend(pollMs, stopping.signal);
      } catch (error) {
        if (stopping.signal.aborted) return;
        onError?.(error);
        await store.waitForAppend(pollMs, stopping.signal);
      }
    }
  };

  const handleUntilDone = async (event: RecordedEvent): Promise<void> => {
    for (;;) {
      try {
        return await handle(event);
      } catch (error) {
        onError?.(error, event);
        await store.waitForAppend(pollMs, stopping.signal);
        if (stopping.signal.aborted) return;
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
