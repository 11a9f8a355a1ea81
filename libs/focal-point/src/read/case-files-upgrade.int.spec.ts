import { randomUUID } from 'node:crypto';
import { EventStore, START_OF_LOG, SqlEventStore, SqlSession, schemaOf } from '@rtop/event-store';
import { ProjectionRunner } from '@rtop/read-model';
import { BOTH_ADAPTERS, ScratchSession, scratchSession } from '@rtop/testing';
import { FOCAL_POINT, caseStreamId } from '../application/case-stream';
import { caseId, caseOpened, report, reportFiled } from '../case/case.fixtures';
import { CaseFiles } from './case-files';

const schema = schemaOf(FOCAL_POINT);

/** The release before the case row counted its parts: its checkpoints had no version, its case row no counts. */
const previousRelease = `
  create table ${schema}.rtop_projections (
    name text primary key,
    transaction_id xid8 not null,
    position bigint not null,
    updated_at timestamptz not null default now()
  );
  create table ${schema}.case_files (case_id text primary key, revision bigint not null, situation text not null, crimes jsonb not null, standing jsonb not null);
  create table ${schema}.case_file_reports (case_id text not null, report_id text not null, revision bigint not null, record jsonb not null, primary key (case_id, report_id));
  create index case_file_reports_in_order on ${schema}.case_file_reports (case_id, revision);
  create table ${schema}.case_file_assessments (case_id text not null, assessment_id text not null, revision bigint not null, issued boolean not null, record jsonb not null, primary key (case_id, assessment_id));
  create table ${schema}.case_file_lessons (case_id text not null, lesson_id text not null, revision bigint not null, lesson jsonb not null, primary key (case_id, lesson_id));`;

describe.each(BOTH_ADAPTERS)('case files on %s, kept by the previous release', (adapter) => {
  let scratch: ScratchSession;
  let sql: SqlSession;
  let store: EventStore;

  beforeAll(async () => {
    scratch = await scratchSession(adapter, 'case-files');
    ({ sql } = scratch);
    store = await SqlEventStore.open({ ...sql, close: () => Promise.resolve() }, schema);
    // Creating an embedded cluster takes a while on a busy machine.
  }, 120_000);
  afterAll(async () => {
    await scratch.discard();
  });

  /** Given: the case and its report recorded, and the previous release's model of them, caught up. */
  async function keptByThePreviousRelease(): Promise<void> {
    const metadata = { caseId, context: FOCAL_POINT, schemaVersion: 1 };
    await store.append(
      caseStreamId(caseId),
      [caseOpened, reportFiled].map(({ type, data }) => ({ eventId: randomUUID(), type, data, metadata })),
      'no_stream',
    );
    const { next } = await store.readGlobalLog(START_OF_LOG, 10);
    await sql.exec(previousRelease);
    await sql.query(`insert into ${schema}.case_files values ($1, 1, $2, $3::jsonb, '{"kind":"active"}')`, [
      caseId,
      caseOpened.data.situation,
      JSON.stringify(caseOpened.data.crimes),
    ]);
    await sql.query(`insert into ${schema}.case_file_reports values ($1, $2, 1, $3::jsonb)`, [
      caseId,
      report.reportId,
      JSON.stringify(report),
    ]);
    await sql.query(`insert into ${schema}.rtop_projections (name, transaction_id, position) values ($1, $2::text::xid8, $3::bigint)`, [
      'focal-point.case-files',
      next.transactionId.toString(),
      next.position.toString(),
    ]);
  }

  it('are rebuilt in their new shape when this release starts, so a case reads with its counts', async () => {
    await keptByThePreviousRelease();
    const caseFiles = new CaseFiles();
    const runner = new ProjectionRunner(caseFiles, store, sql);

    await runner.setUp();
    runner.start();
    await runner.caughtUp();
    await runner.stop();

    expect(await caseFiles.read(sql, schema, caseId)).toEqual({
      caseId,
      revision: 1n,
      situation: caseOpened.data.situation,
      crimes: caseOpened.data.crimes,
      standing: { kind: 'active' },
      counts: { reports: 1, drafts: 0, assessmentsIssued: 0, lessons: 0 },
    });
    const reports = await caseFiles.page(sql, schema, { caseId, part: 'reports', limit: 10, after: undefined });
    expect(reports?.map((entry) => entry.item.reportId)).toEqual([report.reportId]);
  });
});
