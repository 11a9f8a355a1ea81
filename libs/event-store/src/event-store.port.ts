/** Where a stream must stand for an append to go through (KurrentDB's semantics). */
export type ExpectedVersion = 'any' | 'no_stream' | 'stream_exists' | bigint;

export type EventMetadata = Readonly<Record<string, unknown>>;

export interface NewEvent {
  readonly eventId: string;
  readonly type: string;
  readonly data: unknown;
  readonly metadata: EventMetadata;
}

/**
 * A place in the global log. It is the pair, never the position alone: positions are taken
 * at insert but become visible at commit, so only (transaction, position) orders safely.
 */
export interface GlobalCheckpoint {
  readonly transactionId: bigint;
  readonly position: bigint;
}

export const START_OF_LOG: GlobalCheckpoint = { transactionId: 0n, position: 0n };

/** True when `a` comes later in the global log than `b`. */
export const isAfter = (a: GlobalCheckpoint, b: GlobalCheckpoint): boolean =>
  a.transactionId > b.transactionId || (a.transactionId === b.transactionId && a.position > b.position);

export interface RecordedEvent extends NewEvent {
  readonly streamId: string;
  readonly revision: bigint;
  readonly checkpoint: GlobalCheckpoint;
  readonly recordedAt: Date;
}

export interface AppendResult {
  /** The stream's revision after the append (zero-based). */
  readonly nextRevision: bigint;
  /** True when every event id was already in the stream: nothing was written. */
  readonly alreadyAppended: boolean;
}

export interface GlobalLogPage {
  readonly events: readonly RecordedEvent[];
  /** Where the next read starts; unchanged when nothing new is safe to read yet. */
  readonly next: GlobalCheckpoint;
}

export interface StreamRange {
  /** The first revision to read (inclusive). */
  readonly fromRevision?: bigint;
  readonly limit?: number;
}

export interface EventStore {
  append(streamId: string, events: readonly NewEvent[], expected: ExpectedVersion): Promise<AppendResult>;
  /** A stream's events in order; `range` reads from a revision on, at most `limit` of them. */
  readStream(streamId: string, range?: StreamRange): Promise<readonly RecordedEvent[]>;
  /** One event by its id, wherever it is stored (the id is unique in the store); undefined when absent. */
  readEvent(eventId: string): Promise<RecordedEvent | undefined>;
  readGlobalLog(after: GlobalCheckpoint, limit: number): Promise<GlobalLogPage>;
  /** How many events the global log holds after `after`: a follower's lag, counted in the store that holds them. */
  countAfter(after: GlobalCheckpoint): Promise<number>;
  loadCheckpoint(subscriber: string): Promise<GlobalCheckpoint>;
  storeCheckpoint(subscriber: string, checkpoint: GlobalCheckpoint): Promise<void>;
  /** Resolves when something may have been appended since the call (or after `timeoutMs`). */
  waitForAppend(timeoutMs: number, signal?: AbortSignal): Promise<void>;
  close(): Promise<void>;
}

export const EVENT_STORE = Symbol('EventStore');
