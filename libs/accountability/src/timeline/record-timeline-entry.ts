import { Inject, Injectable } from '@nestjs/common';
import { LRUCache } from 'lru-cache';
import { EVENT_STORE, EventStore } from '@rtop/event-store';
import { EVENT_LOG, EventLog, EventLogReaction, LoggedEvent } from '@rtop/event-log';
import { CONTEXTS, EventMetadata, deterministicUuid } from '@rtop/kernel';
import { TimelineEntry } from './timeline-entry';
import { AccountabilityLedger } from '../ledger/application/accountability-ledger';
import { ACCOUNTABILITY, caseIndexStreamId, caseIndexed, timelineStreamId } from './timeline-streams';

/** Cases one process remembers having indexed: enough for the cases in hand, a bounded memory still. */
const CASES_REMEMBERED = 10_000;

/**
 * Keeps one timeline per case across every context in the accountability context's own streams,
 * fed from the event log. A redelivered event maps to the same entry id, so it is recorded once.
 * Each event is also entered, once, in the tamper-evident ledger.
 */
@Injectable()
export class RecordTimelineEntry extends EventLogReaction {
  protected readonly group = 'accountability.record-timeline-entry';
  protected readonly contexts = CONTEXTS.filter((context) => context !== ACCOUNTABILITY);
  /**
   * Cases this process has seen written to the case index, the most recently met kept. It only
   * spares appends: a case it does not remember is appended again, which the entry's id makes a no-op.
   */
  private readonly indexed = new LRUCache<string, true>({ max: CASES_REMEMBERED });

  constructor(
    @Inject(EVENT_LOG) log: EventLog,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly ledger: AccountabilityLedger,
  ) {
    super(log);
  }

  protected async react(event: LoggedEvent): Promise<void> {
    // Every context records the kernel's metadata with its events: who acted, and when.
    const metadata = event.metadata as unknown as EventMetadata;
    if (!event.caseId) return;
    const entry: TimelineEntry = {
      eventId: event.eventId,
      type: event.type,
      context: event.context,
      actor: metadata.actor,
      occurredAt: metadata.occurredAt,
      recordedAt: event.recordedAt.toISOString(),
      data: event.data,
    };
    await this.store.append(
      timelineStreamId(event.caseId),
      [
        {
          eventId: deterministicUuid(`timeline|${event.eventId}`),
          type: 'timeline-entry-recorded',
          data: entry,
          metadata: { caseId: event.caseId, context: ACCOUNTABILITY, schemaVersion: 1, causationId: event.eventId },
        },
      ],
      'any',
    );
    await this.index(event.caseId, event.eventId);
    await this.ledger.record(event);
  }

  /**
   * Appends the case's index entry after its timeline entry until this process has seen it
   * written: appending it with every event would cost the store a failed write and a second
   * statement each time, for an entry already there.
   */
  private async index(caseId: string, causationId: string): Promise<void> {
    if (this.indexed.get(caseId)) return;
    await this.store.append(caseIndexStreamId(), [caseIndexed(caseId, causationId)], 'any');
    this.indexed.set(caseId, true);
  }
}
