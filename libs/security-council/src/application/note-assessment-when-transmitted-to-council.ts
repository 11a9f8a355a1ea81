import { Inject, Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { EVENT_LOG, EventLog, EventLogReaction, LoggedEvent } from '@rtop/event-log';
import { ASSESSMENT_TRANSMITTED, EventMetadata, readPublished } from '@rtop/kernel';
import { ExecuteOnStream } from '@rtop/commands';
import { COUNCIL_CASE } from './council-case-stream';

/**
 * Puts every assessment the Secretary-General sends to the Council on the Council's agenda for
 * the case, from the event log. Redelivery changes nothing: its event ids derive from
 * the transmission's.
 */
@Injectable()
export class NoteAssessmentWhenTransmittedToCouncil extends EventLogReaction {
  protected readonly group = 'security-council.note-assessment-when-transmitted-to-council';
  protected readonly contexts = ['secretary-general'];

  constructor(
    @Inject(EVENT_LOG) log: EventLog,
    private readonly commands: CommandBus,
  ) {
    super(log);
  }

  protected async react(event: LoggedEvent): Promise<void> {
    const metadata = event.metadata as unknown as EventMetadata;
    if (event.type !== 'assessment-transmitted' || metadata.context !== 'secretary-general') return;
    const { transmissionId, assessmentId, recipients, contentDigest, content } = readPublished(event, ASSESSMENT_TRANSMITTED);
    if (!recipients.includes('un-security-council')) return;
    await this.commands.execute(
      new ExecuteOnStream(
        COUNCIL_CASE,
        {
          type: 'note-assessment-transmitted',
          caseId: metadata.caseId,
          transmissionId,
          assessmentId,
          recipients,
          contentDigest,
          content,
          actor: metadata.actor,
          at: new Date(metadata.occurredAt),
        },
        { idempotencyKey: `note-assessment|${event.eventId}`, causationId: event.eventId },
      ),
    );
  }
}
