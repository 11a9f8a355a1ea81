// Types only: a unit spec of a reaction must not load Nest, the log or the store to build its inputs.
import type { CommandBus } from '@nestjs/cqrs';
import type { ExecuteOnStream } from '@rtop/commands';
import type { EventLog, LoggedEvent } from '@rtop/event-log';
import type { Actor, CommandEnvelope, DomainEvent } from '@rtop/kernel';

/** What a reaction asked its own context to do. */
export type SentCommand = ExecuteOnStream<CommandEnvelope, DomainEvent, unknown>;

/** The case, moment and source event a published event carries unless a spec says otherwise. */
export const PUBLISHED = { caseId: 'c0ffee00-0000-4000-8000-000000000001', occurredAt: '2008-02-04T10:00:00.000Z', eventId: 'event-7' };

type Overrides = Partial<typeof PUBLISHED & { revision: bigint; schemaVersion: number }>;

/**
 * An event another context published, as the log delivers it to a reaction: what a reaction
 * reads from it (producer, type, data, actor, time, source event id) is all a spec varies.
 */
export function publishedBy(context: string, type: string, data: unknown, actor: Actor, overrides: Overrides = {}): LoggedEvent {
  const { caseId, occurredAt, eventId, revision = 3n, schemaVersion = 1 } = { ...PUBLISHED, ...overrides };
  return {
    eventId,
    type,
    data,
    metadata: { caseId, context, schemaVersion, actor, occurredAt },
    streamId: `${context}-case-${caseId}`,
    revision,
    recordedAt: new Date(occurredAt),
    context,
    caseId,
  };
}

/** The part of a reaction a spec drives; the rest is the log's business. */
export type Reaction = { react(event: LoggedEvent): Promise<void>; contexts: readonly string[] };

type ReactionClass<Dependencies extends unknown[]> = new (log: EventLog, commands: CommandBus, ...dependencies: Dependencies) => object;

/**
 * A reaction wired to a command bus that only remembers what it was asked to do, so a spec
 * asserts the commands a published event leads to without a store or a log.
 */
export function reactionOf<Dependencies extends unknown[]>(Reaction: ReactionClass<Dependencies>, ...dependencies: Dependencies) {
  const sent: SentCommand[] = [];
  const bus = {
    execute: (command: SentCommand) => {
      sent.push(command);
      return Promise.resolve();
    },
  } as unknown as CommandBus;
  return { reaction: new Reaction({} as EventLog, bus, ...dependencies) as unknown as Reaction, sent };
}

/** The commands a reaction sends on one published event. */
export async function reactTo<Dependencies extends unknown[]>(
  Reaction: ReactionClass<Dependencies>,
  event: LoggedEvent,
  ...dependencies: Dependencies
): Promise<SentCommand[]> {
  const { reaction, sent } = reactionOf(Reaction, ...dependencies);
  await reaction.react(event);
  return sent;
}
