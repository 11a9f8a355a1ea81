import { Actor } from '@rtop/kernel';
import { caseVisible, entryReadable, readerParams } from '../policy/readable-by';
import { CASE_DIRECTORY_TABLE } from './case-directory.projection';
import { TimelineEntry } from '../timeline/timeline-entry';
import { ENTRY_COLUMNS, EntryRow, Sql, entryOf } from './timeline-table';
import { TIMELINE_TABLE } from './timeline.projection';

/**
 * The figures count from a case's first information report and read nothing else of the reports,
 * so a case with thousands of reports is read as its other entries and its first report only.
 */
export const REPORT_TYPES = ['information-report-filed', 'early-warning-report-noted'];

const IS_REPORT = `(t.context = 'focal-point' and t.type = any($5::text[]))`;

/**
 * The cases with an entry the reader may read recorded by `now`, in the order they were first
 * seen. The case directory narrows the candidates (its readers are the union of its entries'
 * audiences), so no request scans the whole timeline table; each candidate is then checked on its
 * own entries through the (case, recorded_at) index.
 */
export async function casesReadableBy(sql: Sql, schema: string, reader: Actor, now: Date, caseIds?: readonly string[]): Promise<string[]> {
  const rows = await sql.query<{ case_id: string }>(
    `select d.case_id from ${schema}.${CASE_DIRECTORY_TABLE} d
      where ${caseVisible(1, 2, 'd')} and ($4::text[] is null or d.case_id = any($4::text[]))
        and exists (select 1 from ${schema}.${TIMELINE_TABLE} t
                     where t.case_id = d.case_id and t.recorded_at <= $3::timestamptz and ${entryReadable(1, 2, 't')})
      order by (select f.logged from ${schema}.${TIMELINE_TABLE} f where f.case_id = d.case_id order by f.seq limit 1), d.case_id`,
    [...readerParams(reader), now.toISOString(), caseIds ?? null],
  );
  return rows.map((row) => row.case_id);
}

/** Per case, the entries the figures need that the reader may read, recorded by `now`. */
export async function figuresEntries(
  sql: Sql,
  schema: string,
  reader: Actor,
  caseIds: readonly string[],
  now: Date,
): Promise<Map<string, TimelineEntry[]>> {
  const params = [...readerParams(reader), caseIds, now.toISOString(), REPORT_TYPES];
  const where = `t.case_id = any($3::text[]) and ${entryReadable(1, 2, 't')} and t.recorded_at <= $4::timestamptz`;
  const others = await sql.query<EntryRow>(
    `select ${ENTRY_COLUMNS} from ${schema}.${TIMELINE_TABLE} t where ${where} and not ${IS_REPORT} order by t.case_id, t.seq`,
    params,
  );
  const firstReports = await sql.query<EntryRow>(
    `select distinct on (t.case_id) ${ENTRY_COLUMNS} from ${schema}.${TIMELINE_TABLE} t where ${where} and ${IS_REPORT} order by t.case_id, t.occurred_at, t.seq`,
    params,
  );
  const byCase = new Map<string, TimelineEntry[]>(caseIds.map((caseId) => [caseId, []]));
  for (const row of [...firstReports, ...others]) byCase.get(row.case_id)?.push(entryOf(row));
  return byCase;
}
