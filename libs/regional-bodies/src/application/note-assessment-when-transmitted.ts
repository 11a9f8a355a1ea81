import { Inject, Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ExecuteOnStream } from '@rtop/commands';
import { EVENT_LOG, EventLog, EventLogReaction, LoggedEvent } from '@rtop/event-log';
import { ASSESSMENT_TRANSMITTED, EventMetadata, REGIONAL_BODIES, readPublished } from '@rtop/kernel';
import { REGIONAL_CASE_STREAM, RegionalCaseStream } from './regional-case-stream';

/**
 * Puts every assessment the Secretary-General transmits to regional bodies before them, by
 * following the event log. Redelivery changes nothing: the event ids derive from the source event's.
 */
@Injectable()
export class NoteAssessmentWhenTransmitted extends EventLogReaction {
  protected readonly group = 'regional-bodies.note-assessment-when-transmitted';
  protected readonly contexts = ['secretary-general'];

  constructor(
    @Inject(EVENT_LOG) log: EventLog,
    private readonly commands: CommandBus,
    @Inject(REGIONAL_CASE_STREAM) private readonly cases: RegionalCaseStream,
  ) {
    super(log);
  }

  protected async react(event: LoggedEvent): Promise<void> {
    if (event.type !== 'assessment-transmitted') return;
    const metadata = event.metadata as unknown as EventMetadata;
    const { transmissionId, assessmentId, recipients, contentDigest, content } = readPublished(event, ASSESSMENT_TRANSMITTED);
    if (!recipients.some((r) => (REGIONAL_BODIES as readonly string[]).includes(r))) return;
    const command = new ExecuteOnStream(
      this.cases,
      {
        type: 'note-assessment-transmitted',
        caseId: event.caseId,
        transmissionId,
        assessmentId,
        recipients,
        contentDigest,
        content,
        actor: metadata.actor,
        at: new Date(metadata.occurredAt),
      },
      { idempotencyKey: `note-assessment|${event.eventId}`, causationId: event.eventId },
    );
    await this.commands.execute(command);
  }
}
