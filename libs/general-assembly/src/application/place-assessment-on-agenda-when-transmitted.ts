import { Inject, Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { EVENT_LOG, EventLog, EventLogReaction, LoggedEvent } from '@rtop/event-log';
import { ASSESSMENT_TRANSMITTED, EventMetadata, readPublished } from '@rtop/kernel';
import { ExecuteOnStream } from '@rtop/commands';
import { GENERAL_ASSEMBLY_CASE } from './general-assembly-case-stream';

/** Puts every assessment the Secretary-General transmits to the Assembly before it; redelivery changes nothing. */
@Injectable()
export class PlaceAssessmentOnAgendaWhenTransmitted extends EventLogReaction {
  protected readonly group = 'general-assembly.place-assessment-on-agenda-when-transmitted';
  protected readonly contexts = ['secretary-general'];

  constructor(
    @Inject(EVENT_LOG) log: EventLog,
    private readonly commands: CommandBus,
  ) {
    super(log);
  }

  protected async react(event: LoggedEvent): Promise<void> {
    if (event.type !== 'assessment-transmitted') return;
    const metadata = event.metadata as unknown as EventMetadata;
    const transmitted = readPublished(event, ASSESSMENT_TRANSMITTED);
    if (!transmitted.recipients.includes('un-general-assembly')) return;
    await this.commands.execute(
      new ExecuteOnStream(
        GENERAL_ASSEMBLY_CASE,
        {
          type: 'note-assessment-transmitted',
          caseId: event.caseId,
          transmissionId: transmitted.transmissionId,
          assessmentId: transmitted.assessmentId,
          recipients: transmitted.recipients,
          contentDigest: transmitted.contentDigest,
          content: transmitted.content,
          actor: metadata.actor,
          at: new Date(metadata.occurredAt),
        },
        { idempotencyKey: `agenda|${event.eventId}`, causationId: event.eventId },
      ),
    );
  }
}
