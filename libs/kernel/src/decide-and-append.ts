import { createHash, randomUUID } from 'node:crypto';
import { EventStore, ExpectedVersion, RecordedEvent } from '@rtop/event-store';
import { Decider, fold } from './decider';
import { CommandEnvelope, DomainEvent, EventMetadata } from './command-envelope';
import { StateConflict } from './domain-error';

export interface StreamCommand<Command> {
  readonly streamId: string;
  readonly caseId: string;
  readonly context: string;
  readonly command: Command & CommandEnvelope;
  /** The revision the caller last saw (HTTP If-Match); without it, the revision just read. */
  readonly expectedRevision?: bigint;
  /** The caller's key for a command it may send again (HTTP Idempotency-Key). */
  readonly idempotencyKey?: string;
  readonly causationId?: string;
}

export interface CommandOutcome<Event> {
  readonly events: readonly Event[];
  /** The stream's revision after the command: the ETag a caller sends back as If-Match. */
  readonly revision: bigint;
}

/** Recorded events as a decider knows them: their type and data, nothing of where they are stored. */
const asDomainEvents = <Event extends DomainEvent>(recorded: readonly RecordedEvent[]): Event[] =>
  recorded.map((e) => ({ type: e.type, data: e.data }) as Event);

export interface LoadedState<State> {
  readonly state: State;
  /** The stream's last revision, -1 when it has no events. */
  readonly revision: bigint;
}

export async function loadState<Event extends DomainEvent, State>(
  store: EventStore,
  decider: Pick<Decider<never, Event, State>, 'evolve' | 'initialState'>,
  streamId: string,
): Promise<LoadedState<State>> {
  const recorded = await store.readStream(streamId);
  const state = fold(decider, asDomainEvents<Event>(recorded));
  return { state, revision: recorded.length ? recorded[recorded.length - 1].revision : -1n };
}

/**
 * Loads a stream, lets the decider decide, and appends what it decided at the revision it
 * decided on, so a concurrent command on the same stream fails instead of being overtaken.
 */
export async function decideAndAppend<Command, Event extends DomainEvent, State>(
  store: EventStore,
  decider: Decider<Command & CommandEnvelope, Event, State>,
  request: StreamCommand<Command>,
): Promise<CommandOutcome<Event>> {
  const recorded = await store.readStream(request.streamId);
  const current = recorded.length ? recorded[recorded.length - 1].revision : -1n;
  const eventIds = idsFor(request.idempotencyKey && `${request.streamId}|${request.idempotencyKey}`);
  const firstIndex = recorded.findIndex((e) => e.eventId === eventIds(0));
  if (firstIndex >= 0) {
    const replayed = recorded.slice(firstIndex).filter((e, i) => e.eventId === eventIds(i));
    return { events: asDomainEvents<Event>(replayed), revision: current };
  }

  if (request.expectedRevision !== undefined && request.expectedRevision !== current) {
    throw new StateConflict(
      'optimistic-concurrency',
      `${request.streamId} is at revision ${current}, not ${request.expectedRevision}: read it again and retry`,
    );
  }
  const history = asDomainEvents<Event>(recorded);
  const events = decider.decide(request.command, fold(decider, history));
  if (!events.length) return { events, revision: current };

  const metadata: EventMetadata = {
    caseId: request.caseId,
    context: request.context,
    schemaVersion: 1,
    actor: request.command.actor,
    occurredAt: request.command.at.toISOString(),
    ...(request.causationId ? { causationId: request.causationId } : {}),
  };
  const expected: ExpectedVersion = current === -1n ? 'no_stream' : current;
  const result = await store.append(
    request.streamId,
    events.map((event, index) => ({ eventId: eventIds(index), type: event.type, data: event.data, metadata: { ...metadata } })),
    expected,
  );
  return { events, revision: result.nextRevision };
}

/** Event ids derived from an idempotency key repeat when the command does; otherwise fresh. */
function idsFor(key: string | undefined): (index: number) => string {
  if (!key) {
    const fresh: string[] = [];
    return (index) => (fresh[index] ??= randomUUID());
  }
  return (index) => deterministicUuid(`${key}#${index}`);
}

/** A name-based UUID (version 5 layout over SHA-256's first bytes), stable for the same name. */
export function deterministicUuid(name: string): string {
  const bytes = createHash('sha256').update(name).digest().subarray(0, 16);
  bytes[6] = (bytes[6] & 0x0f) | 0x50;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
