import { RecordedEvent, SqlSession } from '@rtop/event-store';
import { Projection, ProjectionScope } from '@rtop/read-model';
import { FOCAL_POINT, caseStreamId } from '../application/case-stream';
import { CaseEvent } from '../case/case-events';
import { CaseFileWriter } from './case-file-writer';

/** A case file's own row: what the case is, where it stands, and how many of each part it holds. */
export interface StoredCaseFile {
  readonly revision: bigint;
  readonly caseId: string;
  readonly situation: string;
  readonly crimes: { crime: string; incitement: boolean }[];
  readonly standing: { kind: string; reason?: string };
  readonly counts: CaseFileCounts;
}

export interface CaseFileCounts {
  readonly reports: number;
  readonly drafts: number;
  readonly assessmentsIssued: number;
  readonly lessons: number;
}

/** The parts of a case file that grow with the case, each read a page at a time in the order it came. */
const PARTS = {
  reports: { table: 'case_file_reports', item: 'record', only: '' },
  drafts: { table: 'case_file_assessments', item: 'record', only: 'and not issued' },
  assessments: { table: 'case_file_assessments', item: 'record', only: 'and issued' },
  lessons: { table: 'case_file_lessons', item: 'lesson', only: '' },
} as const;
export type CaseFilePart = keyof typeof PARTS;

/** An entry of a part, with its place in the file (the revision that added it): the key its page is cut at. */
export interface StoredEntry {
  readonly revision: string;
  readonly item: Record<string, unknown>;
}

const CASE_STREAM = caseStreamId('');

/**
 * The Joint Office's case files, a row per case and a row per report, assessment and lesson: an
 * event changes one row (and a count on the case row), so a case's thousandth report costs what
 * its first did, to write and to read. The case row holds the stream revision folded up to;
 * events at or below it (a redelivery) are passed over.
 */
export class CaseFiles implements Projection {
  readonly name = `${FOCAL_POINT}.case-files`;
  readonly context = FOCAL_POINT;
  readonly version = 2;
  readonly tables = ['case_files', 'case_file_reports', 'case_file_assessments', 'case_file_lessons'] as const;

  setup(schema: string): string {
    return `create table if not exists ${schema}.case_files (
      case_id text primary key,
      revision bigint not null,
      situation text not null,
      crimes jsonb not null,
      standing jsonb not null,
      reports integer not null default 0,
      drafts integer not null default 0,
      assessments_issued integer not null default 0,
      lessons integer not null default 0
    );
    create table if not exists ${schema}.case_file_reports (
      case_id text not null,
      report_id text not null,
      revision bigint not null,
      record jsonb not null,
      primary key (case_id, report_id)
    );
    create index if not exists case_file_reports_in_order on ${schema}.case_file_reports (case_id, revision);
    create table if not exists ${schema}.case_file_assessments (
      case_id text not null,
      assessment_id text not null,
      revision bigint not null,
      issued boolean not null,
      record jsonb not null,
      primary key (case_id, assessment_id)
    );
    create index if not exists case_file_assessments_in_order on ${schema}.case_file_assessments (case_id, issued, revision);
    create table if not exists ${schema}.case_file_lessons (
      case_id text not null,
      lesson_id text not null,
      revision bigint not null,
      lesson jsonb not null,
      primary key (case_id, lesson_id)
    );
    create index if not exists case_file_lessons_in_order on ${schema}.case_file_lessons (case_id, revision);`;
  }

  async apply(events: readonly RecordedEvent[], { tx, schema }: ProjectionScope): Promise<void> {
    const ofCases = events.filter((e) => e.streamId.startsWith(CASE_STREAM));
    if (!ofCases.length) return;
    const rows = await tx.query<{ case_id: string; revision: string }>(
      `select case_id, revision::text as revision from ${schema}.case_files where case_id = any($1::text[])`,
      [[...new Set(ofCases.map(caseIdOf))]],
    );
    const held = new Map(rows.map((row) => [row.case_id, BigInt(row.revision)]));
    const moved = new Map<string, bigint>();
    for (const event of ofCases) {
      const caseId = caseIdOf(event);
      if (event.revision <= (held.get(caseId) ?? -1n)) continue;
      await new CaseFileWriter(tx, schema, caseId, event.revision).write({ type: event.type, data: event.data } as CaseEvent);
      held.set(caseId, event.revision);
      moved.set(caseId, event.revision);
    }
    await tx.query(
      `update ${schema}.case_files c set revision = m.revision
         from unnest($1::text[], $2::bigint[]) as m(case_id, revision) where c.case_id = m.case_id`,
      [[...moved.keys()], [...moved.values()].map(String)],
    );
  }

  /** A case file's own row, whatever the size of its parts; undefined when the case was never opened. */
  async read(sql: Pick<SqlSession, 'query'>, schema: string, caseId: string): Promise<StoredCaseFile | undefined> {
    const rows = await sql.query<Omit<StoredCaseFile, 'revision' | 'caseId'> & { revision: string }>(
      `select revision::text as revision, situation, crimes, standing,
         jsonb_build_object('reports', reports, 'drafts', drafts, 'assessmentsIssued', assessments_issued, 'lessons', lessons) as counts
       from ${schema}.case_files where case_id = $1`,
      [caseId],
    );
    return rows.length ? { ...rows[0], caseId, revision: BigInt(rows[0].revision) } : undefined;
  }

  /**
   * Up to `limit` entries of one part after the place `after`, read with the case row in one
   * statement: undefined when the case was never opened, no entries when the part holds none (more).
   */
  async page(
    sql: Pick<SqlSession, 'query'>,
    schema: string,
    { caseId, part, limit, after }: { caseId: string; part: CaseFilePart; limit: number; after: bigint | undefined },
  ): Promise<StoredEntry[] | undefined> {
    const { table, item, only } = PARTS[part];
    const rows = await sql.query<{ revision: string | null; item: Record<string, unknown> }>(
      `select p.revision::text as revision, p.item from ${schema}.case_files c
         left join lateral (
           select t.revision, t.${item} as item from ${schema}.${table} t
            where t.case_id = c.case_id ${only} and t.revision > $2::bigint
            order by t.revision limit $3
         ) p on true
        where c.case_id = $1`,
      [caseId, (after ?? -1n).toString(), limit],
    );
    if (!rows.length) return undefined;
    return rows.flatMap(({ revision, item }) => (revision === null ? [] : [{ revision, item }]));
  }
}

const caseIdOf = (event: RecordedEvent) => event.streamId.slice(CASE_STREAM.length);
