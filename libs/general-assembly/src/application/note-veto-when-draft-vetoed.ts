import { Inject, Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { EVENT_LOG, EventLog, EventLogReaction, LoggedEvent } from '@rtop/event-log';
import { DRAFT_VETOED, EventMetadata, readPublished } from '@rtop/kernel';
import { ExecuteOnStream } from '@rtop/commands';
import { GENERAL_ASSEMBLY_CASE } from './general-assembly-case-stream';

/** Puts the debate res. 76/262 asks for after a veto on the Assembly's record; redelivery changes nothing. */
@Injectable()
export class NoteVetoWhenDraftVetoed extends EventLogReaction {
  protected readonly group = 'general-assembly.note-veto-when-draft-vetoed';
  protected readonly contexts = ['security-council'];

  constructor(
    @Inject(EVENT_LOG) log: EventLog,
    private readonly commands: CommandBus,
  ) {
    super(log);
  }

  protected async react(event: LoggedEvent): Promise<void> {
    if (event.type !== 'draft-vetoed') return;
    const metadata = event.metadata as unknown as EventMetadata;
    const vetoed = readPublished(event, DRAFT_VETOED);
    await this.commands.execute(
      new ExecuteOnStream(
        GENERAL_ASSEMBLY_CASE,
        {
          type: 'note-veto',
          caseId: event.caseId,
          draftId: vetoed.draftId,
          vetoedBy: vetoed.vetoedBy,
          vetoDebateDueBy: vetoed.vetoDebateDueBy,
          actor: metadata.actor,
          at: new Date(metadata.occurredAt),
        },
        { idempotencyKey: `veto|${event.eventId}`, causationId: event.eventId },
      ),
    );
  }
}
