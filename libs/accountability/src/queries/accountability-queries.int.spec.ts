import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqlEventStore, SqlSession, pgliteSession } from '@rtop/event-store';
import { Actor, InvalidCommand } from '@rtop/kernel';
import { ProjectionRunner, decodeCursor } from '@rtop/read-model';
import { KNOWN_REGIONS, NOW, RAKHINE, RIFT_VALLEY, VANNI, day, entry, rakhine, riftValley, vanni } from '../replay/timeline.fixtures';
import { CaseDirectoryProjection } from '../read-side/case-directory.projection';
import { ACCOUNTABILITY_SCHEMA } from '../read-side/timeline-table';
import { TimelineProjection } from '../read-side/timeline.projection';
import { ACCOUNTABILITY, timelineStreamId } from '../timeline/timeline-streams';
import { TimelineEntry } from '../timeline/timeline-entry';
import { ListCases, ListCasesHandler } from './list-cases.query';
import { ReadAgenda, ReadAgendaHandler } from './read-agenda.query';
import { ReadCaseFigures, ReadCaseFiguresHandler } from './read-case-figures.query';
import { ReadCaseKnowledge, ReadCaseKnowledgeHandler } from './read-case-knowledge.query';
import { ReadCaseTimeline, ReadCaseTimelineHandler } from './read-case-timeline.query';
import { ReadFiguresAcrossCases, ReadFiguresAcrossCasesHandler } from './read-figures-across-cases.query';
import { ReadLessons, ReadLessonsHandler } from './read-lessons.query';

/**
 * The accountability queries' SQL on the embedded PostgreSQL: the three known cases recorded as
 * the accountability context records them, both read models built, each query answered from them.
 */
const dataDir = mkdtempSync(join(tmpdir(), 'rtop-accountability-queries-'));
let sql: SqlSession;

const as = (body: string, role = 'officer'): Actor => ({ body, person: `${body} officer`, role }) as Actor;
const auditor = as('un-joint-office', 'auditor');

/** A case whose Joint Office work alone is recorded: no other body may see it. */
const QUIET = 'case-quiet';
const quiet: readonly TimelineEntry[] = [
  entry('focal-point', 'case-opened', day(1), {
    caseId: QUIET,
    situation: 'A 100% quiet_place',
    crimes: [{ crime: 'genocide', incitement: false }],
    summary: 'watch',
  }),
  entry('focal-point', 'case-placed-under-monitoring', day(2), { caseId: QUIET, reason: 'calm' }),
];
/** A long case: forty reports, so the figures must read its first report only, and a timeline comes in pages. */
const LONG = 'case-long';
const long: readonly TimelineEntry[] = [
  entry('focal-point', 'case-opened', day(0), { caseId: LONG, situation: 'Long', crimes: [], summary: '' }),
  ...Array.from({ length: 40 }, (_, i) =>
    entry('focal-point', 'information-report-filed', day(1, i % 24), { reportId: `r${i}` }, { recordedAt: day(30, i) }),
  ),
];

beforeAll(async () => {
  sql = await pgliteSession(join(dataDir, 'pg'));
  const store = await SqlEventStore.open({ ...sql, close: () => Promise.resolve() }, ACCOUNTABILITY_SCHEMA);
  for (const [caseId, entries] of [
    [RIFT_VALLEY, riftValley],
    [RAKHINE, rakhine],
    [VANNI, vanni],
    [QUIET, quiet],
    [LONG, long],
  ] as const) {
    await store.append(
      timelineStreamId(caseId),
      entries.map((e) => ({
        eventId: crypto.randomUUID(),
        type: 'timeline-entry-recorded',
        data: e,
        metadata: { caseId, context: ACCOUNTABILITY, schemaVersion: 1 },
      })),
      'any',
    );
  }
  for (const projection of [new TimelineProjection(), new CaseDirectoryProjection(() => KNOWN_REGIONS)]) {
    await new ProjectionRunner(projection, store, sql).rebuild();
  }
}, 120_000);
afterAll(async () => {
  await sql.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const list = (reader: Actor, params: ConstructorParameters<typeof ListCases>[1] = {}) =>
  new ListCasesHandler(sql).execute(new ListCases(reader, params));
const ids = (page: { items: readonly { caseId: string }[] }) => page.items.map((i) => i.caseId);

describe('listing cases', () => {
  it('gives an auditor every case, most recently active first, in pages that neither skip nor repeat', async () => {
    const pages: string[][] = [];
    let cursor: string | undefined;
    do {
      const page = await list(auditor, { limit: '2', cursor });
      pages.push(ids(page));
      cursor = page.next ?? undefined;
    } while (cursor);
    expect(pages.map((p) => p.length)).toEqual([2, 2, 1]);
    expect(pages.flat()).toEqual([RIFT_VALLEY, LONG, VANNI, RAKHINE, QUIET]);
  });

  it('gives a body only the cases it may read something of, with crimes and risk only where it is privy to the assessment', async () => {
    // The AU PSC sees Kenya, placed before it, and Rakhine only through the Council's veto, which is public.
    const psc = await list(as('au-psc'));
    expect(ids(psc)).toEqual([RIFT_VALLEY, RAKHINE]);
    expect(psc.items[0]).toMatchObject({
      highestRisk: 'high',
      status: 'open',
      region: 'Africa',
      situation: 'Kenya, post-election violence',
    });
    expect(psc.items[1]).toMatchObject({ crimes: null, highestRisk: null, situation: 'Rakhine State' });
    // A state sees Rakhine through the posture it declared (published) and the vetoes, and nothing of the assessment.
    const state = await list(as('member-state:ARG'));
    expect(ids(state)).toEqual([RIFT_VALLEY, RAKHINE]);
    expect(state.items.map((i) => [i.crimes, i.highestRisk])).toEqual([
      [null, null],
      [null, null],
    ]);
  });

  it('filters by status, text (its wildcards taken literally), crime, risk, region, placement and activity', async () => {
    expect(ids(await list(auditor, { status: 'monitoring' }))).toEqual([QUIET]);
    expect(ids(await list(auditor, { status: 'closed' }))).toEqual([VANNI]);
    expect(ids(await list(auditor, { q: '100%' }))).toEqual([QUIET]);
    expect(ids(await list(auditor, { q: '0%' }))).toEqual([QUIET]);
    expect(ids(await list(auditor, { q: 'y_p' }))).toEqual([]);
    expect(ids(await list(auditor, { crime: 'genocide' }))).toEqual([QUIET]);
    expect(ids(await list(auditor, { risk: 'very-high' }))).toEqual([RAKHINE]);
    expect(ids(await list(auditor, { region: 'Asia' }))).toEqual([RAKHINE]);
    expect(ids(await list(auditor, { placedBefore: 'un-general-assembly' }))).toEqual([RIFT_VALLEY, VANNI]);
    expect(ids(await list(auditor, { updatedSince: day(30) }))).toEqual([RIFT_VALLEY, LONG]);
  });

  it('matches the crime and risk filters only on rows the reader is privy to', async () => {
    expect(ids(await list(as('member-state:ARG'), { risk: 'very-high' }))).toEqual([]);
    expect(ids(await list(as('un-security-council'), { risk: 'very-high' }))).toEqual([RAKHINE]);
  });

  it('refuses a bad filter, naming the rule', async () => {
    const refused = (params: Record<string, string>) =>
      list(auditor, params).then(
        () => undefined,
        (error: unknown) => error,
      );
    expect(await refused({ status: 'dormant' })).toMatchObject({ rule: 'case-status' });
    expect(await refused({ crime: 'theft' })).toMatchObject({ rule: 'case-crime' });
    expect(await refused({ risk: 'extreme' })).toMatchObject({ rule: 'risk-level' });
    expect(await refused({ placedBefore: 'nobody' })).toMatchObject({ rule: 'case-filter-body' });
    expect(await refused({ updatedSince: 'last week' })).toMatchObject({ rule: 'iso-8601-instant' });
    expect(await refused({ q: 'x'.repeat(201) })).toMatchObject({ rule: 'case-filter-text' });
    expect(await refused({ limit: '0' })).toMatchObject({ rule: 'page-limit' });
    expect(await refused({ cursor: 'garbage' })).toBeInstanceOf(InvalidCommand);
  });
});

describe('a body’s agenda', () => {
  const agenda = (body: string, limit?: string, cursor?: string) =>
    new ReadAgendaHandler(sql).execute(new ReadAgenda(as(body), limit, cursor, NOW));

  it('shows the Assembly the decision awaited of it and the veto debate it owes, overdue once its day has passed', async () => {
    const page = await agenda('un-general-assembly');
    expect(page.items).toEqual(
      [
        {
          caseId: RIFT_VALLEY,
          situation: 'Kenya, post-election violence',
          kind: 'awaiting-decision',
          ref: 'T2',
          since: day(8, 1),
          dueBy: null,
          waitingMs: Date.parse(NOW.toISOString()) - Date.parse(day(8, 1)),
          overdue: false,
        },
        {
          caseId: VANNI,
          situation: 'Sri Lanka, the Vanni',
          kind: 'awaiting-decision',
          ref: 'T4',
          since: day(8),
          dueBy: null,
          waitingMs: expect.any(Number),
          overdue: false,
        },
        {
          caseId: RIFT_VALLEY,
          situation: 'Kenya, post-election violence',
          kind: 'overdue',
          ref: 'D1',
          since: day(10),
          dueBy: day(24),
          waitingMs: expect.any(Number),
          overdue: true,
        },
      ].sort((a, b) => Date.parse(a.since) - Date.parse(b.since)),
    );
  });

  it('pages, and shows a body with nothing awaited of it nothing', async () => {
    const first = await agenda('un-general-assembly', '2');
    expect(first.items).toHaveLength(2);
    expect((await agenda('un-general-assembly', '2', first.next!)).items).toHaveLength(1);
    expect((await agenda('au-psc')).items).toEqual([]);
  });
});

describe('a case’s timeline, page by page', () => {
  const timeline = (reader: Actor, caseId: string, params: ConstructorParameters<typeof ReadCaseTimeline>[2] = {}) =>
    new ReadCaseTimelineHandler(sql).execute(new ReadCaseTimeline(reader, caseId, params));

  async function wholeTimeline(reader: Actor, caseId: string, params: { by?: string; asOf?: string; limit: string }) {
    const pages: TimelineEntry[][] = [];
    let after: string | undefined;
    do {
      const page = await timeline(reader, caseId, { ...params, after });
      pages.push([...page.events]);
      after = page.next ?? undefined;
    } while (after);
    return pages;
  }

  it('serves every event in pages by when it was recorded, or by when it happened, each event with both instants', async () => {
    for (const by of ['recorded', 'occurred'] as const) {
      const pages = await wholeTimeline(auditor, LONG, { by, limit: '15' });
      expect(pages.map((p) => p.length)).toEqual([15, 15, 11]);
      const instants = pages.flat().map((e) => Date.parse(by === 'recorded' ? e.recordedAt : e.occurredAt));
      expect(instants).toEqual([...instants].sort((a, b) => a - b));
      expect(new Set(pages.flat().map((e) => e.eventId)).size).toBe(41);
    }
  });

  it('replays up to an instant by the clock asked for', async () => {
    const byOccurred = await timeline(auditor, RIFT_VALLEY, { asOf: day(4), by: 'occurred' });
    expect(byOccurred.events.map((e) => e.type)).toEqual(['case-opened', 'information-report-filed', 'assessment-issued']);
    expect(byOccurred).toMatchObject({ caseId: RIFT_VALLEY, asOf: day(4), by: 'occurred', next: null });
  });

  it('serves a reader only the events it may read, and 404 when it may read none of the case', async () => {
    const psc = await timeline(as('au-psc'), RIFT_VALLEY, { limit: '500' });
    expect(psc.events.map((e) => e.type)).toEqual([
      'assessment-transmitted',
      'assessment-placed-before-body',
      'draft-vetoed',
      'pledge-breached',
      'regional-decision-adopted',
      'council-decision-adopted',
      'measure-registered',
    ]);
    await expect(timeline(as('member-state:ARG'), QUIET)).rejects.toMatchObject({ rule: 'case-exists' });
    await expect(timeline(auditor, 'case-never-opened')).rejects.toMatchObject({ rule: 'case-exists' });
  });

  it('refuses a cursor it did not give out', async () => {
    await expect(timeline(auditor, LONG, { after: 'nonsense' })).rejects.toMatchObject({ rule: 'page-cursor' });
    const { next } = await timeline(auditor, LONG, { limit: '1' });
    expect(decodeCursor(next!, ['instant', 'whole-number'], 'after')).toHaveLength(2);
  });
});

describe('what is computed over the events a reader may read', () => {
  it('gives a case’s figures from its first report, however many it has', async () => {
    const figures = await new ReadCaseFiguresHandler(sql, KNOWN_REGIONS).execute(new ReadCaseFigures(auditor, LONG, NOW.toISOString()));
    expect(figures.firstReport).toMatchObject({ at: day(1, 0) });
  });

  it('leaves out of a reader’s figures across cases the cases it may not see', async () => {
    const handler = new ReadFiguresAcrossCasesHandler(sql, KNOWN_REGIONS);
    expect((await handler.execute(new ReadFiguresAcrossCases(auditor, NOW.toISOString()))).cases).toBe(5);
    const state = await handler.execute(new ReadFiguresAcrossCases(as('member-state:ARG'), NOW.toISOString()));
    expect(state.perCase.map((c) => c.caseId)).toEqual([RIFT_VALLEY, RAKHINE]);
    // Of Rakhine the state reads the posture and the veto, not the Joint Office's assessment.
    expect(state.perCase[1].assessedRisk).toBeNull();
  });

  it('tells who knew what from the receipts the reader may read', async () => {
    const knowledge = await new ReadCaseKnowledgeHandler(sql).execute(new ReadCaseKnowledge(as('au-psc'), RIFT_VALLEY));
    // The transmission to the Assembly (T2) was not addressed to the PSC: the Assembly is not among what it knows.
    expect(knowledge.organs.map((o) => o.organ)).toEqual(['un-security-council', 'au-psc', 'un-secretary-general']);
    await expect(new ReadCaseKnowledgeHandler(sql).execute(new ReadCaseKnowledge(as('au-psc'), QUIET))).rejects.toMatchObject({
      rule: 'case-exists',
    });
  });

  it('gives the lessons a reader may read: the Joint Office the lessons addressed to it, a state none', async () => {
    const lessons = new ReadLessonsHandler(sql);
    expect((await lessons.execute(new ReadLessons(as('un-joint-office')))).lessons.map((l) => l.lessonId)).toEqual(['L1']);
    expect((await lessons.execute(new ReadLessons(as('member-state:ARG')))).lessons).toEqual([]);
    await expect(lessons.execute(new ReadLessons(as('member-state:ARG'), QUIET))).rejects.toMatchObject({ rule: 'case-exists' });
  });
});
