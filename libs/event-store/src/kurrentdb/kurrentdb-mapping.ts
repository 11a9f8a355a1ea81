import {
  AppendStreamState,
  EventData,
  JSONType,
  Position,
  RecordedEvent as KurrentRecordedEvent,
  START,
  jsonEvent,
} from '@kurrent/kurrentdb-client';
import { GlobalCheckpoint, NewEvent, RecordedEvent, START_OF_LOG } from '../event-store.port';

/**
 * One KurrentDB database holds every context's streams, told apart by name, as each context has
 * a schema of its own in SQL: `<namespace>:<stream>` for events, and beside them the streams the
 * adapter keeps for itself, whose names never start with `<namespace>:`.
 */
export interface StreamNames {
  readonly events: (streamId: string) => string;
  /** The prefix the context's global log is filtered on. */
  readonly eventsPrefix: string;
  /** The one-event stream that claims an event id for the context (KurrentDB has no index by id). */
  readonly claim: (eventId: string) => string;
  readonly checkpoint: (subscriber: string) => string;
  readonly streamIdOf: (streamName: string) => string;
}

export function streamNames(namespace: string): StreamNames {
  const eventsPrefix = `${namespace}:`;
  return {
    events: (streamId) => `${eventsPrefix}${streamId}`,
    eventsPrefix,
    claim: (eventId) => `${namespace}.event-id-${eventId.toLowerCase()}`,
    checkpoint: (subscriber) => `${namespace}.checkpoint-${subscriber}`,
    streamIdOf: (streamName) => {
      if (!streamName.startsWith(eventsPrefix)) throw new Error(`stream ${streamName} is not in ${namespace}`);
      return streamName.slice(eventsPrefix.length);
    },
  };
}

/** Where an event sits in the stream it was appended to: the data of its claim. */
export interface EventClaim {
  readonly streamId: string;
  readonly revision: bigint;
}

/**
 * $all is ordered by (commit, prepare): the pair takes the place of the SQL store's
 * (transaction, position), and orders the same way.
 */
export const checkpointOf = (position: Position): GlobalCheckpoint => ({ transactionId: position.commit, position: position.prepare });

export const readPositionAfter = (checkpoint: GlobalCheckpoint) =>
  checkpoint.transactionId === START_OF_LOG.transactionId && checkpoint.position === START_OF_LOG.position
    ? START
    : { commit: checkpoint.transactionId, prepare: checkpoint.position };

export const isAtOrBefore = (position: Position, checkpoint: GlobalCheckpoint): boolean =>
  position.commit < checkpoint.transactionId || (position.commit === checkpoint.transactionId && position.prepare <= checkpoint.position);

/**
 * An atomic append to several streams takes metadata only as string values, so the event's
 * metadata travels whole as one JSON string under `rtop` (the server may add properties of its own).
 */
const METADATA_KEY = 'rtop';

export const toEventData = (event: NewEvent): EventData =>
  jsonEvent({
    id: event.eventId,
    type: event.type,
    data: event.data as JSONType,
    metadata: { [METADATA_KEY]: JSON.stringify(event.metadata) },
  });

export const claimData = (eventId: string, claim: EventClaim): EventData =>
  jsonEvent({ id: eventId, type: 'rtop-event-id-claimed', data: { streamId: claim.streamId, revision: claim.revision.toString() } });

export function claimOf(recorded: KurrentRecordedEvent): EventClaim {
  const data = recorded.data as { streamId: string; revision: string };
  return { streamId: data.streamId, revision: BigInt(data.revision) };
}

export function toRecordedEvent(recorded: KurrentRecordedEvent, names: StreamNames): RecordedEvent {
  if (!recorded.position) throw new Error('KurrentDB returned an event without its position: the adapter needs KurrentDB 25.1 or later');
  const metadata = (recorded.metadata ?? {}) as Record<string, unknown>;
  const carried = metadata[METADATA_KEY];
  return {
    eventId: recorded.id,
    type: recorded.type,
    data: recorded.data,
    metadata: typeof carried === 'string' ? (JSON.parse(carried) as Record<string, unknown>) : {},
    streamId: names.streamIdOf(recorded.streamId),
    revision: recorded.revision,
    checkpoint: checkpointOf(recorded.position),
    recordedAt: recorded.created,
  };
}

/** The revision a batch goes in at: an exact state, so each event's revision is known before the write. */
export type ExactState = Extract<AppendStreamState, 'no_stream' | bigint>;

export const firstRevisionAt = (state: ExactState): bigint => (state === 'no_stream' ? 0n : state + 1n);
