import {
  AppendResult,
  EventStore,
  ExpectedVersion,
  GlobalCheckpoint,
  GlobalLogPage,
  NewEvent,
  PartialDuplicateAppend,
  RecordedEvent,
  StreamRange,
  WrongExpectedVersion,
} from '@rtop/event-store';
import { appendDuration } from './metrics';
import { currentTraceparent } from './tracing';

/**
 * A context's store as its context sees it, seen from outside: each append timed, and stamped
 * with the trace it was made in (`traceparent` in the events' metadata), so that the reactions
 * to its events, in this process or another, continue that trace. The store itself is untouched.
 */
export class ObservedStore implements EventStore {
  constructor(
    private readonly context: string,
    private readonly store: EventStore,
  ) {}

  async append(streamId: string, events: readonly NewEvent[], expected: ExpectedVersion): Promise<AppendResult> {
    const traceparent = currentTraceparent();
    // A traceparent the writer set itself (an event forwarded as is) is kept.
    const stamped = traceparent ? events.map((event) => ({ ...event, metadata: { traceparent, ...event.metadata } })) : events;
    const timed = appendDuration.startTimer({ context: this.context });
    try {
      const result = await this.store.append(streamId, stamped, expected);
      timed({ outcome: 'ok' });
      return result;
    } catch (error) {
      timed({ outcome: error instanceof WrongExpectedVersion || error instanceof PartialDuplicateAppend ? 'conflict' : 'error' });
      throw error;
    }
  }

  readStream(streamId: string, range?: StreamRange): Promise<readonly RecordedEvent[]> {
    return this.store.readStream(streamId, range);
  }

  readEvent(eventId: string): Promise<RecordedEvent | undefined> {
    return this.store.readEvent(eventId);
  }

  readGlobalLog(after: GlobalCheckpoint, limit: number): Promise<GlobalLogPage> {
    return this.store.readGlobalLog(after, limit);
  }

  countAfter(after: GlobalCheckpoint): Promise<number> {
    return this.store.countAfter(after);
  }

  loadCheckpoint(subscriber: string): Promise<GlobalCheckpoint> {
    return this.store.loadCheckpoint(subscriber);
  }

  storeCheckpoint(subscriber: string, checkpoint: GlobalCheckpoint): Promise<void> {
    return this.store.storeCheckpoint(subscriber, checkpoint);
  }

  waitForAppend(timeoutMs: number, signal?: AbortSignal): Promise<void> {
    return this.store.waitForAppend(timeoutMs, signal);
  }

  close(): Promise<void> {
    return this.store.close();
  }
}

/** What EventStoreModule wraps each context's store in. */
export const observedStore = (context: string, store: EventStore): EventStore => new ObservedStore(context, store);
