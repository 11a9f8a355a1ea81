import { Inject, Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { EVENT_LOG, EventLog, EventLogReaction, LoggedEvent } from '@rtop/event-log';
import { ASSESSMENT_ISSUED, EventMetadata, readPublished } from '@rtop/kernel';
import { ExecuteOnStream } from '@rtop/commands';
import { SECRETARY_GENERAL_CASE } from './secretary-general-case-stream';

/**
 * Puts every assessment the Joint Office issues before the Secretary-General, directly and
 * unfiltered, by following the event log. Redelivery is harmless: a received assessment is
 * received once.
 */
@Injectable()
export class ReceiveAssessmentWhenIssued extends EventLogReaction {
  protected readonly group = 'secretary-general.receive-assessment-when-issued';
  protected readonly contexts = ['focal-point'];

  constructor(
    @Inject(EVENT_LOG) log: EventLog,
    private readonly commands: CommandBus,
  ) {
    super(log);
  }

  protected async react(event: LoggedEvent): Promise<void> {
    if (event.type !== 'assessment-issued') return;
    const metadata = event.metadata as unknown as EventMetadata;
    const issued = readPublished(event, ASSESSMENT_ISSUED);
    await this.commands.execute(
      new ExecuteOnStream(
        SECRETARY_GENERAL_CASE,
        {
          type: 'receive-assessment',
          caseId: event.caseId,
          assessmentId: String(issued.content.assessmentId),
          content: issued.content,
          contentDigest: issued.contentDigest,
          issuedEventId: event.eventId,
          actor: metadata.actor,
          at: new Date(metadata.occurredAt),
        },
        { idempotencyKey: `receive|${event.eventId}`, causationId: event.eventId },
      ),
    );
  }
}
