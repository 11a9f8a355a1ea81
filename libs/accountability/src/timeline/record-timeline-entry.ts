import { Injectable } from '@nestjs/common';
import { GlobalLogReaction, RecordedEvent } from '@rtop/event-store';
import { EventMetadata, deterministicUuid } from '@rtop/kernel';
import { TimelineEntry } from './timeline-entry';

export const ACCOUNTABILITY = 'accountability';
export const timelineStreamId = (caseId: string) => `${ACCOUNTABILITY}-timeline-${caseId}`;

/**
 * Keeps one timeline per case across every context, in global-log order, in the accountability
 * context's own streams. A redelivered event maps to the same entry id, so it is recorded once.
 */
@Injectable()
export class RecordTimelineEntry extends GlobalLogReaction {
  protected readonly subscriber = 'accountability.record-timeline-entry';

  protected async react(event: RecordedEvent): Promise<void> {
    const metadata = event.metadata as unknown as Partial<EventMetadata>;
    if (!metadata.caseId || !metadata.context || metadata.context === ACCOUNTABILITY) return;
    const entry: TimelineEntry = {
      eventId: event.eventId,
      type: event.type,
      context: metadata.context,
      actor: metadata.actor!,
      occurredAt: metadata.occurredAt!,
      recordedAt: event.recordedAt.toISOString(),
      data: event.data,
    };
    await this.store.append(
      timelineStreamId(metadata.caseId),
      [
        {
          eventId: deterministicUuid(`timeline|${event.eventId}`),
          type: 'timeline-entry-recorded',
          data: entry,
          metadata: { caseId: metadata.caseId, context: ACCOUNTABILITY, schemaVersion: 1, causationId: event.eventId },
        },
      ],
      'any',
    );
  }
}
