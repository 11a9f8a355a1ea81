import { randomUUID } from 'node:crypto';
import { nextAppend } from '../wait-for-append';
import { EventEmitter } from 'node:events';
import {
  AllStreamSubscription,
  BACKWARDS,
  END,
  KurrentDBClient,
  RecordedEvent as KurrentRecordedEvent,
  START,
  StreamNotFoundError,
  WrongExpectedVersionError,
  jsonEvent,
  streamNameFilter,
} from '@kurrent/kurrentdb-client';
import { isUuid, validateBatch } from '../append-batch';
import { PartialDuplicateAppend, WrongExpectedVersion } from '../event-store.errors';
import {
  AppendResult,
  EventStore,
  ExpectedVersion,
  GlobalCheckpoint,
  GlobalLogPage,
  NewEvent,
  RecordedEvent,
  START_OF_LOG,
  StreamRange,
  isAfter,
} from '../event-store.port';
import {
  EventClaim,
  ExactState,
  StreamNames,
  checkpointOf,
  claimData,
  claimOf,
  firstRevisionAt,
  isAtOrBefore,
  readPositionAfter,
  streamNames,
  toEventData,
  toRecordedEvent,
} from './kurrentdb-mapping';

export interface KurrentDbStoreOptions {
  /** Names the context's streams: `<namespace>:<stream>`. */
  readonly namespace: string;
  /** Disposes the client on close; false when the process shares one client among its contexts. */
  readonly ownsClient: boolean;
}

/**
 * The event store port on KurrentDB (25.1 or later: it needs the atomic append to several streams).
 *
 * KurrentDB keeps no index by event id, and its own deduplication is best effort, so each event
 * claims its id in a one-event stream of its own, written in the same atomic append as the event.
 * That makes ids unique in the context, retries idempotent, and `readEvent` two reads. The cost:
 * one more stream, and one more record, per event.
 */
export class KurrentDbEventStore implements EventStore {
  private readonly appended = new EventEmitter().setMaxListeners(0);

  private constructor(
    private readonly client: KurrentDBClient,
    private readonly names: StreamNames,
    private readonly options: KurrentDbStoreOptions,
    private readonly live: AllStreamSubscription,
  ) {}

  /**
   * Opens the context's store; a live subscription to the end of $all wakes followers on appends by
   * other processes (a follower that misses one still looks again after its poll).
   */
  static open(client: KurrentDBClient, options: KurrentDbStoreOptions): KurrentDbEventStore {
    const names = streamNames(options.namespace);
    const live = client.subscribeToAll({ fromPosition: END, filter: streamNameFilter({ prefixes: [names.eventsPrefix] }) });
    const store = new KurrentDbEventStore(client, names, options, live);
    live.on('data', () => store.appended.emit('append'));
    live.on('error', () => undefined);
    return store;
  }

  async append(streamId: string, events: readonly NewEvent[], expected: ExpectedVersion): Promise<AppendResult> {
    validateBatch(streamId, events);
    for (;;) {
      const claims = await this.claimsOf(events);
      if (claims.some(Boolean)) return this.settledBefore(streamId, claims);
      const at = await this.exactStateFor(streamId, expected);
      try {
        return await this.appendWithClaims(streamId, events, at);
      } catch (error) {
        if (!(error instanceof WrongExpectedVersionError)) throw error;
        // Lost a race. A copy of this batch may have won (then the claims say so); `any` and
        // `stream_exists` only look at the stream again; an exact expectation has failed.
        if (expected === 'any' || expected === 'stream_exists') continue;
        const after = await this.claimsOf(events);
        if (after.some(Boolean)) return this.settledBefore(streamId, after);
        throw new WrongExpectedVersion(streamId, expected);
      }
    }
  }

  async readStream(streamId: string, range: StreamRange = {}): Promise<readonly RecordedEvent[]> {
    if (range.limit === 0) return [];
    const read = await this.collect(this.names.events(streamId), {
      fromRevision: range.fromRevision ?? START,
      ...(range.limit === undefined ? {} : { maxCount: range.limit }),
    });
    return read.map((event) => toRecordedEvent(event, this.names));
  }

  async readEvent(eventId: string): Promise<RecordedEvent | undefined> {
    if (!isUuid(eventId)) return undefined;
    const [claim] = await this.claimsOf([{ eventId }]);
    if (!claim) return undefined;
    const event = (await this.collect(this.names.events(claim.streamId), { fromRevision: claim.revision, maxCount: 1 })).at(0);
    return event ? toRecordedEvent(event, this.names) : undefined;
  }

  /** Reads $all from the checkpoint on, filtered on the server to this context's event streams. */
  async readGlobalLog(after: GlobalCheckpoint, limit: number): Promise<GlobalLogPage> {
    const events: RecordedEvent[] = [];
    const read = this.client.readAll({
      fromPosition: readPositionAfter(after),
      // The read starts at the checkpoint itself, which the caller has already had.
      maxCount: limit + 1,
      filter: streamNameFilter({ prefixes: [this.names.eventsPrefix] }),
    });
    for await (const { event } of read) {
      if (!event || isAtOrBefore(event.position, after)) continue;
      events.push(toRecordedEvent(event, this.names));
      if (events.length === limit) break;
    }
    return { events, next: events.length ? events[events.length - 1].checkpoint : after };
  }

  /** Reads the context's events after the checkpoint to count them: work in proportion to the lag, as PostgreSQL's count is. */
  async countAfter(after: GlobalCheckpoint): Promise<number> {
    let count = 0;
    const read = this.client.readAll({
      fromPosition: readPositionAfter(after),
      filter: streamNameFilter({ prefixes: [this.names.eventsPrefix] }),
    });
    for await (const { event } of read) if (event && !isAtOrBefore(event.position, after)) count++;
    return count;
  }

  async loadCheckpoint(subscriber: string): Promise<GlobalCheckpoint> {
    const last = await this.lastOf(this.names.checkpoint(subscriber));
    return last ? parseCheckpoint(last.event.data) : START_OF_LOG;
  }

  /** Appends the new checkpoint after the last one read, so it only moves forward under concurrent writers. */
  async storeCheckpoint(subscriber: string, checkpoint: GlobalCheckpoint): Promise<void> {
    const stream = this.names.checkpoint(subscriber);
    for (;;) {
      const last = await this.lastOf(stream);
      if (last && !isAfter(checkpoint, parseCheckpoint(last.event.data))) return;
      try {
        await this.client.appendToStream(stream, checkpointEvent(checkpoint), { streamState: last ? last.event.revision : 'no_stream' });
        if (!last) await this.client.setStreamMetadata(stream, { maxCount: 1 });
        return;
      } catch (error) {
        if (!(error instanceof WrongExpectedVersionError)) throw error;
      }
    }
  }

  waitForAppend(timeoutMs: number, signal?: AbortSignal): Promise<void> {
    return nextAppend(this.appended, timeoutMs, signal);
  }

  async close(): Promise<void> {
    await this.live.unsubscribe();
    if (this.options.ownsClient) await this.client.dispose();
  }

  private async appendWithClaims(streamId: string, events: readonly NewEvent[], at: ExactState): Promise<AppendResult> {
    const first = firstRevisionAt(at);
    const result = await this.client.multiStreamAppend([
      { streamName: this.names.events(streamId), expectedState: at, events: events.map(toEventData) },
      ...events.map((event, i) => ({
        streamName: this.names.claim(event.eventId),
        expectedState: 'no_stream' as const,
        events: [claimData(randomUUID(), { streamId, revision: first + BigInt(i) })],
      })),
    ]);
    this.appended.emit('append');
    const written = result.responses.find((response) => response.streamName === this.names.events(streamId));
    return { nextRevision: written?.revision ?? first + BigInt(events.length - 1), alreadyAppended: false };
  }

  /** Every id already claimed in this stream is a retry; anything else reuses an id. */
  private settledBefore(streamId: string, claims: readonly (EventClaim | undefined)[]): AppendResult {
    const done = claims.filter((claim): claim is EventClaim => claim?.streamId === streamId);
    if (done.length !== claims.length) throw new PartialDuplicateAppend(streamId);
    return { nextRevision: done.reduce((max, claim) => (claim.revision > max ? claim.revision : max), -1n), alreadyAppended: true };
  }

  private claimsOf(events: readonly Pick<NewEvent, 'eventId'>[]): Promise<(EventClaim | undefined)[]> {
    return Promise.all(
      events.map(async ({ eventId }) => {
        const claim = (await this.collect(this.names.claim(eventId), { maxCount: 1 })).at(0);
        return claim ? claimOf(claim) : undefined;
      }),
    );
  }

  /** `any` and `stream_exists` become the stream's current revision, so every event's revision is known. */
  private async exactStateFor(streamId: string, expected: ExpectedVersion): Promise<ExactState> {
    if (expected === 'no_stream' || typeof expected === 'bigint') return expected;
    const last = await this.lastOf(this.names.events(streamId));
    if (last) return last.event.revision;
    if (expected === 'stream_exists') throw new WrongExpectedVersion(streamId, expected);
    return 'no_stream';
  }

  private async lastOf(stream: string): Promise<{ event: KurrentRecordedEvent } | undefined> {
    const event = (await this.collect(stream, { direction: BACKWARDS, fromRevision: END, maxCount: 1 })).at(0);
    return event ? { event } : undefined;
  }

  private async collect(stream: string, options: Parameters<KurrentDBClient['readStream']>[1]): Promise<KurrentRecordedEvent[]> {
    const events: KurrentRecordedEvent[] = [];
    try {
      for await (const { event } of this.client.readStream(stream, options)) if (event) events.push(event);
    } catch (error) {
      if (!(error instanceof StreamNotFoundError)) throw error;
    }
    return events;
  }
}

const checkpointEvent = (checkpoint: GlobalCheckpoint) =>
  jsonEvent({
    id: randomUUID(),
    type: 'rtop-checkpoint-stored',
    data: { commit: checkpoint.transactionId.toString(), prepare: checkpoint.position.toString() },
  });

const parseCheckpoint = (data: unknown): GlobalCheckpoint => {
  const { commit, prepare } = data as { commit: string; prepare: string };
  return checkpointOf({ commit: BigInt(commit), prepare: BigInt(prepare) });
};
