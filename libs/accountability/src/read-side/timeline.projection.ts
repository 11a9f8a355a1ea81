import { RecordedEvent } from '@rtop/event-store';
import { Projection, ProjectionScope } from '@rtop/read-model';
import { audienceOf } from '../policy/audience-of';
import { ACCOUNTABILITY } from '../timeline/timeline-streams';
import { timelineEntriesIn } from './timeline-entries-in';

export const TIMELINE_TABLE = 'timeline';

/**
 * Every case's timeline entries, one row each, with the audience the read policy gives it, so a
 * reader's page of a timeline is one indexed query filtered on the audience.
 */
export class TimelineProjection implements Projection {
  readonly name = 'accountability.timeline';
  readonly context = ACCOUNTABILITY;
  readonly version = 1;
  readonly tables = [TIMELINE_TABLE];

  setup(schema: string): string {
    return `
      create table if not exists ${schema}.${TIMELINE_TABLE} (
        case_id text not null,
        seq bigint not null,
        logged bigint not null,
        event_id text not null,
        type text not null,
        context text not null,
        actor jsonb not null,
        occurred_at timestamptz not null,
        recorded_at timestamptz not null,
        data jsonb,
        owners text[] not null,
        addressed_to text[] not null,
        published boolean not null,
        primary key (case_id, seq)
      );
      create index if not exists timeline_by_recorded on ${schema}.${TIMELINE_TABLE} (case_id, recorded_at, seq);
      create index if not exists timeline_by_occurred on ${schema}.${TIMELINE_TABLE} (case_id, occurred_at, seq);
      create index if not exists timeline_by_type on ${schema}.${TIMELINE_TABLE} (type, context);`;
  }

  /** One insert for the batch; an entry already held (a rebuild, a redelivery) is left as it is. */
  async apply(events: readonly RecordedEvent[], { tx, schema }: ProjectionScope): Promise<void> {
    const rows = timelineEntriesIn(events).map(({ caseId, seq, logged, entry }) => {
      const audience = audienceOf(entry);
      return {
        case_id: caseId,
        seq: seq.toString(),
        logged: logged.toString(),
        event_id: entry.eventId,
        type: entry.type,
        context: entry.context,
        actor: entry.actor,
        occurred_at: entry.occurredAt,
        recorded_at: entry.recordedAt,
        data: entry.data ?? null,
        owners: audience.owners,
        addressed_to: audience.addressedTo,
        published: audience.published,
      };
    });
    if (!rows.length) return;
    await tx.query(
      `insert into ${schema}.${TIMELINE_TABLE}
         (case_id, seq, logged, event_id, type, context, actor, occurred_at, recorded_at, data, owners, addressed_to, published)
       select r.case_id, r.seq, r.logged, r.event_id, r.type, r.context, r.actor, r.occurred_at, r.recorded_at, r.data,
              array(select jsonb_array_elements_text(r.owners)), array(select jsonb_array_elements_text(r.addressed_to)), r.published
         from jsonb_to_recordset($1::jsonb) as r(
           case_id text, seq bigint, logged bigint, event_id text, type text, context text, actor jsonb,
           occurred_at timestamptz, recorded_at timestamptz, data jsonb, owners jsonb, addressed_to jsonb, published boolean)
       on conflict (case_id, seq) do nothing`,
      [JSON.stringify(rows)],
    );
  }
}
