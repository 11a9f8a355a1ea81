import { randomUUID } from 'node:crypto';
import { EventStore, ExpectedVersion, RecordedEvent, WrongExpectedVersion } from '@rtop/event-store';
import { Decider } from './decider';
import { CommandEnvelope, DomainEvent, EventMetadata } from './command-envelope';
import { InvalidCommand, RuleViolated, StateConflict } from './domain-error';
import { contentDigest } from './content-digest';
import { deterministicUuid } from './deterministic-uuid';
import { stateCacheFor } from './stream-state-cache';
import { currentSchemaVersion } from './contracts';

export interface StreamCommand<Command> {
  readonly streamId: string;
  readonly caseId: string;
  readonly context: string;
  readonly command: Command & CommandEnvelope;
  /** The revision the caller last saw (HTTP If-Match); without it, the revision just read. */
  readonly expectedRevision?: bigint;
  /** The caller's key for a command it may send again (HTTP Idempotency-Key). */
  readonly idempotencyKey?: string;
  /**
   * The request the key came with, as the caller sent it (over HTTP: method, path and body). A
   * key sent again is a replay when this matches; what the server adds to the command (a
   * source's reliability as graded now) may have changed meanwhile and plays no part.
   */
  readonly requestDigest?: string;
  /** The event a reaction's command answers: for a reaction, the request its key came with. */
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
  const cache = stateCacheFor<State>(store, decider);
  const cached = cache.get(streamId) ?? { state: decider.initialState, revision: -1n };
  const newer = await store.readStream(streamId, { fromRevision: cached.revision + 1n });
  if (!newer.length) return cached;
  const loaded = { state: asDomainEvents<Event>(newer).reduce(decider.evolve, cached.state), revision: newer[newer.length - 1].revision };
  cache.set(streamId, loaded);
  return loaded;
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
  const { command } = request;
  // A key is the calling body's, for one operation on one target: another body or operation
  // with the same key is another request, which goes through every check of its own.
  const eventIds = idsFor(
    request.idempotencyKey && `${request.streamId}|${command.actor.body}|${operationOf(command)}|${request.idempotencyKey}`,
  );
  const idempotency = request.idempotencyKey ? { key: request.idempotencyKey, fingerprint: fingerprintOf(request) } : undefined;
  if (idempotency) {
    const replayed = await replayOf<Event>(store, request.streamId, eventIds, idempotency);
    if (replayed) return replayed;
  }

  checkOccurredAt(command);
  const decision: Decision<Command, Event, State> = { store, decider, request, eventIds, idempotency };
  return (await decideOnCachedState(decision)) ?? decideOnStoredState(decision);
}

interface Decision<Command, Event extends DomainEvent, State> {
  readonly store: EventStore;
  readonly decider: Decider<Command & CommandEnvelope, Event, State>;
  readonly request: StreamCommand<Command>;
  readonly eventIds: (index: number) => string;
  readonly idempotency?: IdempotencyRecord;
}

/**
 * The common case in one round trip: the state this process last folded is taken as current and
 * the append, at that revision, proves it. Anything it cannot prove — a refusal, a command that
 * changes nothing, another process's write first — is decided again on the stored stream, so a
 * stale cache never refuses a command or overtakes another.
 */
async function decideOnCachedState<Command, Event extends DomainEvent, State>(
  decision: Decision<Command, Event, State>,
): Promise<CommandOutcome<Event> | undefined> {
  const { store, decider, request } = decision;
  const cached = stateCacheFor<State>(store, decider).get(request.streamId);
  if (!cached || (request.expectedRevision !== undefined && request.expectedRevision !== cached.revision)) return undefined;
  let events: readonly Event[];
  try {
    events = decider.decide(request.command, cached.state);
  } catch {
    return undefined;
  }
  if (!events.length) return undefined;
  try {
    return await append(decision, cached, events);
  } catch (error) {
    if (error instanceof WrongExpectedVersion) return undefined;
    throw error;
  }
}

/**
 * How often a command sent without If-Match is decided again when other writers keep getting to
 * its stream first. Each lost race means another command was appended, so a burst of this many
 * writers on one stream all get through; past it the caller gets 409 and may retry.
 */
const ATTEMPTS_WITHOUT_IF_MATCH = 8;

/**
 * Decides on the stored stream. A caller that sent no If-Match asked for the case as it stands,
 * so losing the append to another writer is not its conflict: the command is decided again on
 * the stream that writer left, every rule checked anew, as if it had come a moment later.
 */
async function decideOnStoredState<Command, Event extends DomainEvent, State>(
  decision: Decision<Command, Event, State>,
): Promise<CommandOutcome<Event>> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await decideOnceOnStoredState(decision);
    } catch (error) {
      const callerSawNoRevision = decision.request.expectedRevision === undefined;
      if (!(error instanceof WrongExpectedVersion) || !callerSawNoRevision || attempt >= ATTEMPTS_WITHOUT_IF_MATCH) throw error;
    }
  }
}

async function decideOnceOnStoredState<Command, Event extends DomainEvent, State>(
  decision: Decision<Command, Event, State>,
): Promise<CommandOutcome<Event>> {
  const { store, decider, request } = decision;
  const loaded = await loadState(store, decider, request.streamId);
  if (request.expectedRevision !== undefined && request.expectedRevision !== loaded.revision) {
    throw new StateConflict(
      'optimistic-concurrency',
      `${request.streamId} is at revision ${loaded.revision}, not ${request.expectedRevision}: read it again and retry`,
    );
  }
  const events = decider.decide(request.command, loaded.state);
  if (!events.length) return { events, revision: loaded.revision };
  return append(decision, loaded, events);
}

/** Appends what was decided at the revision it was decided on, and keeps the state it leads to. */
async function append<Command, Event extends DomainEvent, State>(
  { store, decider, request, eventIds, idempotency }: Decision<Command, Event, State>,
  decidedOn: LoadedState<State>,
  events: readonly Event[],
): Promise<CommandOutcome<Event>> {
  const { command } = request;
  const metadata: EventMetadata = {
    caseId: request.caseId,
    context: request.context,
    schemaVersion: 1,
    actor: command.actor,
    occurredAt: (command.occurredAt ?? command.at).toISOString(),
    ...(request.causationId ? { causationId: request.causationId } : {}),
    ...(idempotency ? { idempotency } : {}),
  };
  const expected: ExpectedVersion = decidedOn.revision === -1n ? 'no_stream' : decidedOn.revision;
  const result = await store.append(
    request.streamId,
    events.map((event, index) => ({
      eventId: eventIds(index),
      type: event.type,
      data: event.data,
      metadata: { ...metadata, schemaVersion: currentSchemaVersion(request.context, event.type) },
    })),
    expected,
  );
  if (!result.alreadyAppended) {
    stateCacheFor<State>(store, decider).set(request.streamId, {
      state: events.reduce(decider.evolve, decidedOn.state),
      revision: result.nextRevision,
    });
  }
  return { events, revision: result.nextRevision };
}

/** Clocks of the people entering acts drift a little from the server's; an act a minute ahead is taken as now. */
const CLOCK_SKEW_MS = 60_000;

/** An act entered later happened before it was entered, never after. */
function checkOccurredAt(command: CommandEnvelope): void {
  if (!command.occurredAt) return;
  if (Number.isNaN(command.occurredAt.getTime())) throw new InvalidCommand('occurred-at', 'occurredAt must be an ISO 8601 instant');
  if (command.occurredAt.getTime() > command.at.getTime() + CLOCK_SKEW_MS) {
    throw new InvalidCommand(
      'occurred-at-in-the-future',
      `occurredAt ${command.occurredAt.toISOString()} is after the act was entered (${command.at.toISOString()}): an act is entered once it has happened`,
    );
  }
}

interface IdempotencyRecord {
  readonly key: string;
  /** The digest of the request the key first came with (see fingerprintOf). */
  readonly fingerprint: string;
}

/** Commands name their operation in `type`. */
const operationOf = (command: object): string => {
  const { type } = command as { type?: unknown };
  return typeof type === 'string' ? type : '';
};

/** What a key's request is: as the caller sent it, or the event a reaction answers, or else the command less its time and person. */
function fingerprintOf({ requestDigest, causationId, command }: StreamCommand<unknown>): string {
  if (requestDigest) return requestDigest;
  if (causationId) return contentDigest({ causationId });
  const { at: _at, actor, occurredAt, ...rest } = command as CommandEnvelope & Record<string, unknown>;
  return contentDigest({ ...rest, body: actor.body, occurredAt: occurredAt?.toISOString() });
}

/** The most events one command writes; a replay reads no further than this past its first event. */
const MOST_EVENTS_PER_COMMAND = 32;

/**
 * What a command sent again with the same key wrote the first time, found through the store's
 * event-id index, and the revision that write left: the first outcome, answered again.
 */
async function replayOf<Event extends DomainEvent>(
  store: EventStore,
  streamId: string,
  eventIds: (index: number) => string,
  idempotency: IdempotencyRecord,
): Promise<CommandOutcome<Event> | undefined> {
  const first = await store.readEvent(eventIds(0));
  if (!first || first.streamId !== streamId) return undefined;
  const recorded = (first.metadata as { idempotency?: IdempotencyRecord }).idempotency;
  if (recorded && recorded.fingerprint !== idempotency.fingerprint) {
    throw new RuleViolated(
      'idempotency-key-reused',
      `Idempotency-Key ${idempotency.key} was first sent with a different request; send a new key for a new request`,
    );
  }
  const following = await store.readStream(streamId, { fromRevision: first.revision, limit: MOST_EVENTS_PER_COMMAND });
  const written = following.findIndex((e, i) => e.eventId !== eventIds(i));
  const replayed = written < 0 ? following : following.slice(0, written);
  return { events: asDomainEvents<Event>(replayed), revision: replayed[replayed.length - 1].revision };
}

/** Event ids derived from an idempotency key repeat when the command does; otherwise fresh. */
function idsFor(key: string | undefined): (index: number) => string {
  if (!key) {
    const fresh: string[] = [];
    return (index) => (fresh[index] ??= randomUUID());
  }
  return (index) => deterministicUuid(`${key}#${index}`);
}
