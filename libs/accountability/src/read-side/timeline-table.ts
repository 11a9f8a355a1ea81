import { SqlSession, schemaOf } from '@rtop/event-store';
import { Actor } from '@rtop/kernel';
import { entryReadable, readerParams } from '../policy/readable-by';
import { ACCOUNTABILITY } from '../timeline/timeline-streams';
import { TimelineClock, TimelineEntry } from '../timeline/timeline-entry';
import { TIMELINE_TABLE } from './timeline.projection';

/** Reads of the timeline table, every one filtered on the reader's audience in SQL. */

export type Sql = Pick<SqlSession, 'query'>;

/** Instants as the entries carry them: ISO 8601 in UTC, to the millisecond. */
const iso = (column: string) => `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

export const ENTRY_COLUMNS = `t.case_id, t.seq::text as seq, t.event_id, t.type, t.context, t.actor, ${iso('t.occurred_at')} as occurred_at,
  ${iso('t.recorded_at')} as recorded_at, t.data`;

export interface EntryRow {
  readonly case_id: string;
  readonly seq: string;
  readonly event_id: string;
  readonly type: string;
  readonly context: string;
  readonly actor: TimelineEntry['actor'];
  readonly occurred_at: string;
  readonly recorded_at: string;
  readonly data: unknown;
}

export const entryOf = (row: EntryRow): TimelineEntry => ({
  eventId: row.event_id,
  type: row.type,
  context: row.context,
  actor: row.actor,
  occurredAt: row.occurred_at,
  recordedAt: row.recorded_at,
  data: row.data,
});

export const clockColumn = (by: TimelineClock) => (by === 'recorded' ? 't.recorded_at' : 't.occurred_at');

/** Whether the reader may read anything of the case: the test of `case-exists`. */
export async function mayReadCase(sql: Sql, schema: string, reader: Actor, caseId: string): Promise<boolean> {
  const rows = await sql.query<{ one: number }>(
    `select 1 as one from ${schema}.${TIMELINE_TABLE} t where t.case_id = $3 and ${entryReadable(1, 2, 't')} limit 1`,
    [...readerParams(reader), caseId],
  );
  return rows.length > 0;
}

export interface EntryFilter {
  /** Only entries recorded by then (what was known at that instant). */
  readonly recordedBy?: Date;
  /** Only entries of these types, when given. */
  readonly types?: readonly string[];
}

/** The entries of one case the reader may read, in recording order. */
export async function readableEntries(
  sql: Sql,
  schema: string,
  reader: Actor,
  caseId: string,
  filter: EntryFilter = {},
): Promise<TimelineEntry[]> {
  const rows = await sql.query<EntryRow>(
    `select ${ENTRY_COLUMNS} from ${schema}.${TIMELINE_TABLE} t
      where t.case_id = $3 and ${entryReadable(1, 2, 't')}
        and ($4::timestamptz is null or t.recorded_at <= $4::timestamptz)
        and ($5::text[] is null or t.type = any($5::text[]))
      order by t.seq`,
    [...readerParams(reader), caseId, filter.recordedBy?.toISOString() ?? null, filter.types ?? null],
  );
  return rows.map(entryOf);
}

export const ACCOUNTABILITY_SCHEMA = schemaOf(ACCOUNTABILITY);
