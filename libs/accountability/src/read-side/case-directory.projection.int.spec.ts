import { randomUUID } from 'node:crypto';
import { EventStore, SqlEventStore, SqlSession } from '@rtop/event-store';
import { UN_DEPARTMENTS } from '@rtop/kernel';
import { ProjectionRunner } from '@rtop/read-model';
import { BOTH_ADAPTERS, ScratchSession, scratchSession } from '@rtop/testing';
import { KNOWN_REGIONS, day, entry, placedOnAgenda } from '../replay/timeline.fixtures';
import { ACCOUNTABILITY, timelineStreamId } from '../timeline/timeline-streams';
import { TimelineEntry } from '../timeline/timeline-entry';
import { CaseDirectoryProjection } from './case-directory.projection';
import { ACCOUNTABILITY_SCHEMA } from './timeline-table';

const CASE = 'c0ffee00-0000-4000-8000-0000000000f1';
const standingGroupOverdue = (dueBy: string) => entry('secretary-general', 'standing-group-meeting-overdue', dueBy, { dueBy });
const standingGroupMet = (heldAt: string) => entry('secretary-general', 'standing-group-meeting-held', heldAt, { heldAt });
const byBodyAndRef = (a: { body: string; ref: string }, b: { body: string; ref: string }) =>
  a.body.localeCompare(b.body) || a.ref.localeCompare(b.ref);
const standingGroupItems = (since: string) =>
  ['un-secretary-general', ...UN_DEPARTMENTS].map((body) => ({ body, kind: 'overdue', ref: 'standing-group-meeting', since }));

/** The case directory kept up batch by batch, each batch answering some of what the one before put on the agenda. */
describe.each(BOTH_ADAPTERS)('the case directory on %s', (adapter) => {
  let scratch: ScratchSession;
  let sql: SqlSession;
  let store: EventStore;
  let runner: ProjectionRunner;
  /** One append: the projection takes it in one batch. */
  const recorded = async (...entries: TimelineEntry[]) => {
    await store.append(
      timelineStreamId(CASE),
      entries.map((data) => ({
        eventId: randomUUID(),
        type: 'timeline-entry-recorded',
        data,
        metadata: { caseId: CASE, context: ACCOUNTABILITY, schemaVersion: 1 },
      })),
      'any',
    );
    runner.start();
    await runner.caughtUp();
  };
  const agenda = async () =>
    (
      await sql.query<{ body: string; kind: string; ref: string; since: string }>(
        `select body, kind, ref, to_char(since at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as since
           from ${ACCOUNTABILITY_SCHEMA}.agenda where case_id = $1`,
        [CASE],
      )
    ).sort(byBodyAndRef);
  const revision = async () =>
    (await sql.query<{ revision: string }>(`select revision::text as revision from ${ACCOUNTABILITY_SCHEMA}.case_directory`))[0].revision;

  beforeAll(async () => {
    scratch = await scratchSession(adapter, 'case-directory');
    ({ sql } = scratch);
    store = await SqlEventStore.open({ ...sql, close: () => Promise.resolve() }, ACCOUNTABILITY_SCHEMA);
    runner = new ProjectionRunner(new CaseDirectoryProjection(() => KNOWN_REGIONS), store, sql, { pollMs: 10 });
  }, 120_000);

  afterAll(async () => {
    await runner.stop();
    await scratch.discard();
  });

  it('puts on the agenda what a batch leaves awaited', async () => {
    await recorded(
      entry('focal-point', 'case-opened', day(0), { caseId: CASE, situation: 'Kenya', crimes: [], summary: '' }),
      placedOnAgenda('general-assembly', 'A1', 'T1', day(2)),
      standingGroupOverdue(day(3)),
    );

    expect(await agenda()).toEqual(
      [{ body: 'un-general-assembly', kind: 'awaiting-decision', ref: 'T1', since: day(2) }, ...standingGroupItems(day(3))].sort(
        byBodyAndRef,
      ),
    );
    expect(await revision()).toBe('2');
  });

  it('takes off what a later batch answers, and moves on what is awaited since a new time', async () => {
    await recorded(
      standingGroupMet(day(4)),
      entry('general-assembly', 'resolution-adopted', day(5), { resolutionId: 'R1' }),
      standingGroupOverdue(day(6)),
    );

    expect(await agenda()).toEqual(standingGroupItems(day(6)).sort(byBodyAndRef));
    expect(await revision()).toBe('5');
  });

  it('leaves nothing on it once everything is answered', async () => {
    await recorded(standingGroupMet(day(7)));

    expect(await agenda()).toEqual([]);
    expect(await revision()).toBe('6');
  });
});
