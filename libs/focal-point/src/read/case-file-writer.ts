import { SqlSession } from '@rtop/event-store';
import { CaseEvent } from '../case/case-events';

/**
 * The one-row change each event makes to a case file. A row added or an assessment issued is
 * counted on the case row in the same statement, so the counts never drift from the rows.
 */
export class CaseFileWriter {
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
        return this.addCounted(
          'drafts',
          `insert into ${this.schema}.case_file_assessments (case_id, revision, assessment_id, issued, record) values ($1, $2::bigint, $3, false, $4::jsonb)
           on conflict (case_id, assessment_id) do nothing`,
          [
            this.revision.toString(),
            event.data.assessmentId,
            JSON.stringify({ ...event.data, completedSteps: [], outstandingSteps: event.data.reviewChecklist }),
          ],
        );
      case 'review-step-completed': {
        const { assessmentId, step, completedBy } = event.data;
        return this.run(
          `update ${this.schema}.case_file_assessments
              set record = record || jsonb_build_object(
                'completedSteps', (record->'completedSteps') || $2::jsonb,
                'outstandingSteps', (record->'outstandingSteps') - $4::text)
            where case_id = $1 and assessment_id = $3`,
          [JSON.stringify([{ step, completedBy }]), assessmentId, step],
        );
      }
      case 'assessment-issued': {
        const { content, contentDigest } = event.data;
        // Issued, the draft's working content gives way to what identifies the assessment sent on.
        return this.run(
          `with issued as (
             update ${this.schema}.case_file_assessments set issued = true, record = $3::jsonb
              where case_id = $1 and assessment_id = $2 and not issued returning 1)
           update ${this.schema}.case_files
              set drafts = drafts - (select count(*) from issued), assessments_issued = assessments_issued + (select count(*) from issued)
            where case_id = $1`,
          [content.assessmentId, JSON.stringify({ assessmentId: content.assessmentId, contentDigest, issuedAt: content.issuedAt })],
        );
      }
      case 'case-placed-under-monitoring':
        return this.changeStanding({ kind: 'under-monitoring', reason: event.data.reason });
      case 'case-closed':
        return this.changeStanding({ kind: 'closed', reason: event.data.reason });
      case 'lesson-learned-noted':
        return this.addCounted(
          'lessons',
          `insert into ${this.schema}.case_file_lessons (case_id, revision, lesson_id, lesson) values ($1, $2::bigint, $3, $4::jsonb)
           on conflict (case_id, lesson_id) do nothing`,
          [this.revision.toString(), event.data.lessonId, JSON.stringify(event.data)],
        );
    }
  }

  private fileReport(report: object & { reportId: string }): Promise<void> {
    const record = { ...report, moderation: 'awaiting-approval', verification: 'unverified', corrections: [], retraction: null };
    return this.addCounted(
      'reports',
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

  /** Adds a row and counts it on the case; a row already there is neither added nor counted again. */
  private addCounted(count: 'reports' | 'drafts' | 'lessons', insert: string, params: readonly unknown[]): Promise<void> {
    return this.run(
      `with added as (${insert} returning 1)
       update ${this.schema}.case_files set ${count} = ${count} + (select count(*) from added) where case_id = $1`,
      params,
    );
  }

  /** Every statement takes the case first; a new row, the revision that made it (its place in the file). */
  private async run(statement: string, params: readonly unknown[]): Promise<void> {
    await this.tx.query(statement, [this.caseId, ...params]);
  }
}
