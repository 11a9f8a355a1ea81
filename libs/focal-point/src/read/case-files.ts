import { RecordedEvent, SqlSession } from '@rtop/event-store';
import { Projection, ProjectionScope } from '@rtop/read-model';
import { FOCAL_POINT, caseStreamId } from '../application/case-stream';
import { CaseEvent } from '../case/case-events';

/** A case file as its rows hold it: reports, drafts and lessons as they now read, each in the order it came. */
export interface StoredCaseFile {
  readonly revision: bigint;
  readonly caseId: string;
  readonly situation: string;
  readonly crimes: { crime: string; incitement: boolean }[];
  readonly standing: { kind: string; reason?: string };
  readonly reports: Record<string, unknown>[];
  readonly drafts: StoredDraft[];
  readonly assessmentIds: string[];
  readonly lessons: Record<string, unknown>[];
}

export interface StoredDraft extends Record<string, unknown> {
  readonly reviewChecklist: string[];
  readonly completedSteps: { step: string; completedBy: string }[];
}

const CASE_STREAM = caseStreamId('');

/**
 * The Joint Office's case files, a row per case and a row per report, assessment and lesson: an
 * event changes one row, so a case's thousandth report costs what its first did. The case row
 * holds the stream revision folded up to; events at or below it (a redelivery) are passed over.
 */
export class CaseFiles implements Projection {
  readonly name = `${FOCAL_POINT}.case-files`;
  readonly context = FOCAL_POINT;
  readonly tables = ['case_files', 'case_file_reports', 'case_file_assessments', 'case_file_lessons'] as const;

  setup(schema: string): string {
    return `create table if not exists ${schema}.case_files (
      case_id text primary key,
      revision bigint not null,
      situation text not null,
      crimes jsonb not null,
      standing jsonb not null
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
    create table if not exists ${schema}.case_file_lessons (
      case_id text not null,
      lesson_id text not null,
      revision bigint not null,
      lesson jsonb not null,
      primary key (case_id, lesson_id)
    );`;
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

  /** One case file, read in one statement so that its parts agree; undefined when the case was never opened. */
  async read(sql: Pick<SqlSession, 'query'>, schema: string, caseId: string): Promise<StoredCaseFile | undefined> {
    const rows = await sql.query<Omit<StoredCaseFile, 'revision' | 'caseId'> & { revision: string }>(
      `select c.revision::text as revision, c.situation, c.crimes, c.standing,
         coalesce((select jsonb_agg(r.record order by r.revision) from ${schema}.case_file_reports r where r.case_id = c.case_id), '[]') as reports,
         coalesce((select jsonb_agg(a.record order by a.revision) from ${schema}.case_file_assessments a where a.case_id = c.case_id and not a.issued), '[]') as drafts,
         coalesce((select jsonb_agg(a.assessment_id order by a.revision) from ${schema}.case_file_assessments a where a.case_id = c.case_id and a.issued), '[]') as "assessmentIds",
         coalesce((select jsonb_agg(l.lesson order by l.revision) from ${schema}.case_file_lessons l where l.case_id = c.case_id), '[]') as lessons
       from ${schema}.case_files c where c.case_id = $1`,
      [caseId],
    );
    return rows.length ? { ...rows[0], caseId, revision: BigInt(rows[0].revision) } : undefined;
  }
}

const caseIdOf = (event: RecordedEvent) => event.streamId.slice(CASE_STREAM.length);

/** The one-row change each event makes to a case file. */
class CaseFileWriter {
  constructor(
    private readonly tx: SqlSession,
    private readonly schema: string,
    private readonly caseId: string,
    private readonly revision: bigint,
  ) {}

  async write(event: CaseEvent): Promise<void> {
    switch (event.type) {
      case 'case-opened': {
        const { situation, crimes } = event.data;
        return this.run(
          `insert into ${this.schema}.case_files (case_id, revision, situation, crimes, standing) values ($1, $2::bigint, $3, $4::jsonb, '{"kind":"active"}')
           on conflict (case_id) do nothing`,
          [this.revision.toString(), situation, JSON.stringify(crimes)],
        );
      }
      case 'information-report-filed':
        return this.fileReport(event.data);
      case 'early-warning-report-noted':
        return this.fileReport(event.data.report);
      case 'report-approved':
        return this.changeReport(event.data.reportId, { moderation: 'approved' });
      case 'report-verified': {
        const { reportId, credibility, corroboratedBy } = event.data;
        return this.changeReport(reportId, { verification: 'verified', credibility, corroboratedBy });
      }
      case 'report-corrected': {
        const { reportId, corrected, reason } = event.data;
        return this.changeReport(reportId, corrected, { corrected, reason });
      }
      case 'report-retracted':
        return this.changeReport(event.data.reportId, { retraction: { reason: event.data.reason } });
      case 'assessment-drafted':
        return this.run(
          `insert into ${this.schema}.case_file_assessments (case_id, revision, assessment_id, issued, record) values ($1, $2::bigint, $3, false, $4::jsonb)
           on conflict (case_id, assessment_id) do nothing`,
          [this.revision.toString(), event.data.assessmentId, JSON.stringify({ ...event.data, completedSteps: [] })],
        );
      case 'review-step-completed': {
        const { assessmentId, step, completedBy } = event.data;
        return this.run(
          `update ${this.schema}.case_file_assessments
              set record = jsonb_set(record, '{completedSteps}', (record->'completedSteps') || $2::jsonb)
            where case_id = $1 and assessment_id = $3`,
          [JSON.stringify([{ step, completedBy }]), assessmentId],
        );
      }
      case 'assessment-issued':
        return this.run(
          `update ${this.schema}.case_file_assessments set issued = true, record = '{}'
            where case_id = $1 and assessment_id = $2`,
          [event.data.content.assessmentId],
        );
      case 'case-placed-under-monitoring':
        return this.changeStanding({ kind: 'under-monitoring', reason: event.data.reason });
      case 'case-closed':
        return this.changeStanding({ kind: 'closed', reason: event.data.reason });
      case 'lesson-learned-noted':
        return this.run(
          `insert into ${this.schema}.case_file_lessons (case_id, revision, lesson_id, lesson) values ($1, $2::bigint, $3, $4::jsonb)
           on conflict (case_id, lesson_id) do nothing`,
          [this.revision.toString(), event.data.lessonId, JSON.stringify(event.data)],
        );
    }
  }

  private fileReport(report: object & { reportId: string }): Promise<void> {
    const record = { ...report, moderation: 'awaiting-approval', verification: 'unverified', corrections: [], retraction: null };
    return this.run(
      `insert into ${this.schema}.case_file_reports (case_id, revision, report_id, record) values ($1, $2::bigint, $3, $4::jsonb)
       on conflict (case_id, report_id) do nothing`,
      [this.revision.toString(), report.reportId, JSON.stringify(record)],
    );
  }

  /** The report as it now reads: the changed fields over it, and a correction added to its list. */
  private changeReport(reportId: string, changed: object, correction?: object): Promise<void> {
    return this.run(
      `update ${this.schema}.case_file_reports
          set record = record || $3::jsonb || jsonb_build_object('corrections', (record->'corrections') || $4::jsonb)
        where case_id = $1 and report_id = $2`,
      [reportId, JSON.stringify(changed), JSON.stringify(correction ? [correction] : [])],
    );
  }

  private changeStanding(standing: { kind: string; reason: string }): Promise<void> {
    return this.run(`update ${this.schema}.case_files set standing = $2::jsonb where case_id = $1`, [JSON.stringify(standing)]);
  }

  /** Every statement takes the case first; a new row, the revision that made it (its place in the file). */
  private async run(statement: string, params: readonly unknown[]): Promise<void> {
    await this.tx.query(statement, [this.caseId, ...params]);
  }
}
