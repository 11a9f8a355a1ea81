import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { EVENT_STORE, EventStore, GlobalLogFollower, RecordedEvent, followGlobalLog } from '@rtop/event-store';
import { EventMetadata, deterministicUuid } from '@rtop/kernel';
import { TimelineEntry } from './timeline-entry';

export const ACCOUNTABILITY = 'accountability';
export const timelineStreamId = (caseId: string) => `${ACCOUNTABILITY}-timeline-${caseId}`;

/**
 * Keeps one timeline per case across every context, in global-log order, in the accountability
 * context's own streams. A redelivered event maps to the same entry id, so it is recorded once.
 */
@Injectable()
export class RecordTimelineEntry implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(RecordTimelineEntry.name);
  private follower?: GlobalLogFollower;

  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  onApplicationBootstrap(): void {
    this.follower = followGlobalLog(this.store, {
      subscriber: 'accountability.record-timeline-entry',
      handle: (event) => this.record(event),
      onError: (error) => this.logger.error(error),
    });
  }

  async onModuleDestroy(): Promise<void> {
    await this.follower?.stop();
  }

  private async record(event: RecordedEvent): Promise<void> {
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
