import { Inject, Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { EVENT_STORE, EventStore, GlobalLogReaction, RecordedEvent } from '@rtop/event-store';
import { Actor, EventMetadata } from '@rtop/kernel';
import { ExecuteSecretaryGeneralCommand } from './secretary-general-command.handler';

/** The published shape of the Joint Office's `assessment-issued`, schema version 1. */
interface AssessmentIssuedV1 {
  readonly content: Readonly<Record<string, unknown>>;
  readonly contentDigest: string;
}

/**
 * Puts every assessment the Joint Office issues before the Secretary-General, directly and
 * unfiltered, by following the event log. Redelivery is harmless: a received assessment is
 * received once.
 */
@Injectable()
export class ReceiveAssessmentWhenIssued extends GlobalLogReaction {
  protected readonly subscriber = 'secretary-general.receive-assessment-when-issued';

  constructor(
    @Inject(EVENT_STORE) store: EventStore,
    private readonly commands: CommandBus,
  ) {
    super(store);
  }

  protected async react(event: RecordedEvent): Promise<void> {
    const metadata = event.metadata as unknown as EventMetadata;
    if (event.type !== 'assessment-issued' || metadata.context !== 'focal-point') return;
    const issued = event.data as AssessmentIssuedV1;
    await this.commands.execute(
      new ExecuteSecretaryGeneralCommand(
        metadata.caseId,
        {
          type: 'receive-assessment',
          assessmentId: String(issued.content.assessmentId),
          content: issued.content,
          contentDigest: issued.contentDigest,
          issuedEventId: event.eventId,
          actor: metadata.actor as Actor,
          at: new Date(metadata.occurredAt),
        },
        { idempotencyKey: `receive|${event.eventId}`, causationId: event.eventId },
      ),
    );
  }
}
