import { CommandBus } from '@nestjs/cqrs';
import { EventLog, EventLogReaction, LoggedEvent } from '@rtop/event-log';
import { CASE_OPENED, EventMetadata, NoteCase, readPublished } from '@rtop/kernel';
import { ExecuteOnStream } from './execute-on-stream';
import { StreamKind } from './stream-kind';

/**
 * A context learns of a case when the Joint Office opens it: focal-point `case-opened` (v1) becomes
 * `case-noted` in each of the context's streams named here. Redelivery changes nothing: the
 * command's idempotency key derives from the event reacted to, and a second note of the case is
 * idempotent besides. Each context extends it with its own consumer group,
 * `<context>.note-case-when-opened`.
 */
export abstract class NoteCaseWhenOpened extends EventLogReaction {
  protected readonly contexts = ['focal-point'];
  /** The streams of this context that must know the case: each kind's decider takes note-case; their events and states differ. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- one list of kinds whose events and states differ
  protected abstract readonly kinds: readonly StreamKind<NoteCase, any, any>[];

  constructor(
    log: EventLog,
    private readonly commands: CommandBus,
  ) {
    super(log);
  }

  protected async react(event: LoggedEvent): Promise<void> {
    const metadata = event.metadata as unknown as EventMetadata;
    if (event.type !== 'case-opened' || metadata.context !== 'focal-point') return;
    const { caseId, situation } = readPublished(event, CASE_OPENED);
    const command: NoteCase = {
      type: 'note-case',
      caseId,
      situation,
      actor: metadata.actor,
      at: new Date(metadata.occurredAt),
    };
    for (const kind of this.kinds) {
      await this.commands.execute(
        new ExecuteOnStream(kind, command, {
          idempotencyKey: `note-case|${event.eventId}`,
          causationId: event.eventId,
        }),
      );
    }
  }
}
