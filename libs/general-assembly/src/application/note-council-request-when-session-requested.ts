import { Inject, Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { EVENT_LOG, EventLog, EventLogReaction, LoggedEvent } from '@rtop/event-log';
import { EMERGENCY_SPECIAL_SESSION_REQUESTED, EventMetadata, readPublished } from '@rtop/kernel';
import { ExecuteOnStream } from '@rtop/commands';
import { GENERAL_ASSEMBLY_CASE } from './general-assembly-case-stream';

/**
 * Starts the 24 hours for an emergency special session when the Council requests one; the
 * request's time is the Council's, not the time this reaction happens to run.
 */
@Injectable()
export class NoteCouncilRequestWhenSessionRequested extends EventLogReaction {
  protected readonly group = 'general-assembly.note-council-request-when-session-requested';
  protected readonly contexts = ['security-council'];

  constructor(
    @Inject(EVENT_LOG) log: EventLog,
    private readonly commands: CommandBus,
  ) {
    super(log);
  }

  protected async react(event: LoggedEvent): Promise<void> {
    if (event.type !== 'emergency-special-session-requested') return;
    const metadata = event.metadata as unknown as EventMetadata;
    const requested = readPublished(event, EMERGENCY_SPECIAL_SESSION_REQUESTED);
    await this.commands.execute(
      new ExecuteOnStream(
        GENERAL_ASSEMBLY_CASE,
        {
          type: 'note-council-request-for-session',
          caseId: event.caseId,
          draftId: requested.draftId,
          actor: metadata.actor,
          at: new Date(metadata.occurredAt),
        },
        { idempotencyKey: `session-request|${event.eventId}`, causationId: event.eventId },
      ),
    );
  }
}
