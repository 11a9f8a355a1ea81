import { mkdtempSync, rmSync } from 'node:fs';
import { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { INestApplication, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { EventLogModule } from '@rtop/event-log';
import { EVENT_STORE, EventStore, EventStoreModule, SQL_SESSION, SqlSession } from '@rtop/event-store';
import { configureHttp } from '@rtop/http';
import { IdentityModule, loadDeploymentKeys, mintToken } from '@rtop/identity';
import { Body } from '@rtop/kernel';
import { ProjectionRegistry, ReadModelModule, projectionsOf } from '@rtop/read-model';
import { httpClient } from '@rtop/testing';
import { ReplayProgress, computeFiguresForCases } from '../../libs/accountability/src/read-side/compute-figures-for-cases';
import { ACCOUNTABILITY_REGIONS } from '../../libs/accountability/src/figures/regions';
import { AccountabilityController } from '../../libs/accountability/src/http/accountability.controller';
import { CaseAccountabilityController } from '../../libs/accountability/src/http/case-accountability.controller';
import { PageSessions } from '../../libs/accountability/src/http/page-sessions';
import { TimelinePageController } from '../../libs/accountability/src/http/timeline-page.controller';
import { TimelineController } from '../../libs/accountability/src/http/timeline.controller';
import { ACCOUNTABILITY_QUERY_HANDLERS } from '../../libs/accountability/src/queries/query-handlers';
import { ACCOUNTABILITY_PROJECTIONS } from '../../libs/accountability/src/read-side/accountability-projections';
import { ACCOUNTABILITY_SCHEMA } from '../../libs/accountability/src/read-side/timeline-table';
import { DAY, KNOWN_REGIONS, NOW, day, rakhine, riftValley, vanni } from '../../libs/accountability/src/replay/timeline.fixtures';
import { ACCOUNTABILITY, caseIndexStreamId, caseIndexed, timelineStreamId } from '../../libs/accountability/src/timeline/timeline-streams';
import { TimelineEntry } from '../../libs/accountability/src/timeline/timeline-entry';

/**
 * The accountability API over HTTP on the embedded store, on the three known cases written
 * straight into the accountability context's streams as its reaction writes them.
 */
const dataDir = mkdtempSync(join(tmpdir(), 'rtop-accountability-http-'));
const keys = loadDeploymentKeys(dataDir, {});
let app: INestApplication;
let store: EventStore;
let baseUrl: string;
const token = mintToken(keys.tokenPrivateKey!, { body: 'un-joint-office', person: 'Auditor', role: 'auditor' });
const as = (body: Body) => httpClient(baseUrl, mintToken(keys.tokenPrivateKey!, { body, person: `${body} auditor`, role: 'auditor' }));
const auditor = () => as('un-joint-office');

const RIFT_VALLEY = 'a0000000-0000-4000-8000-000000000001';
const RAKHINE = 'a0000000-0000-4000-8000-000000000002';
const VANNI = 'a0000000-0000-4000-8000-000000000003';
const NEVER_OPENED = 'a0000000-0000-4000-8000-0000000000ff';
const now = `now=${NOW.toISOString()}`;

async function seed(caseId: string, entries: readonly TimelineEntry[]) {
  await store.append(
    timelineStreamId(caseId),
    entries.map((entry) => ({
      eventId: crypto.randomUUID(),
      type: 'timeline-entry-recorded',
      data: { ...entry, eventId: `${caseId}|${entry.eventId}` },
      metadata: { caseId, context: ACCOUNTABILITY, schemaVersion: 1 },
    })),
    'any',
  );
  await store.append(caseIndexStreamId(), [caseIndexed(caseId, entries[0].eventId)], 'any');
}

beforeAll(async () => {
  @Module({
    imports: [
      EventStoreModule.forRoot({ adapter: 'pglite', dataDir: join(dataDir, 'event-store') }),
      EventLogModule.forRoot({ kind: 'in-process' }),
      EventLogModule.forContext(ACCOUNTABILITY),
      IdentityModule.forRoot(keys),
      ReadModelModule,
      CqrsModule.forRoot(),
    ],
    controllers: [TimelineController, CaseAccountabilityController, AccountabilityController, TimelinePageController],
    providers: [
      { provide: ACCOUNTABILITY_REGIONS, useValue: KNOWN_REGIONS },
      PageSessions,
      ...ACCOUNTABILITY_QUERY_HANDLERS,
      ...projectionsOf(...ACCOUNTABILITY_PROJECTIONS),
    ],
  })
  class AccountabilityApiOnly {}
  app = await NestFactory.create(AccountabilityApiOnly, { logger: ['error'] });
  configureHttp(app, 'rtop');
  await app.listen(0, '127.0.0.1');
  baseUrl = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
  store = app.get<EventStore>(EVENT_STORE);
  await seed(RIFT_VALLEY, riftValley);
  await seed(RAKHINE, rakhine);
  await seed(VANNI, vanni);
  // Indexed again, as every later entry of a case indexes it: still one index entry per case.
  await store.append(caseIndexStreamId(), [caseIndexed(RIFT_VALLEY, 'later')], 'any');
  await app.get(ProjectionRegistry).caughtUp();
}, 120_000);
afterAll(async () => {
  await app.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('the accountability API', () => {
  it('indexes each case once, however often it is indexed', async () => {
    const index = await store.readStream(caseIndexStreamId());
    expect(index.map((e) => (e.data as { caseId: string }).caseId)).toEqual([RIFT_VALLEY, RAKHINE, VANNI]);
  });

  it('gives one case’s figures at an instant', async () => {
    const figures = await auditor().get(`/cases/${RIFT_VALLEY}/figures?${now}`);
    expect(figures.status).toBe(200);
    expect(figures.body).toMatchObject({
      caseId: RIFT_VALLEY,
      region: { region: 'Africa', source: 'country-named-in-situation' },
      firstAssessment: { afterFirstReportMs: 3 * DAY },
      firstTransmission: { afterFirstReportMs: 5 * DAY },
      firstResponse: { afterFirstReportMs: 30 * DAY },
      warningResponseGap: [{ organ: 'un-general-assembly', status: 'open', openForMs: 30 * DAY }],
      vetoes: [{ draftId: 'D1', vetoedBy: ['member-state:RUS'] }],
      breachedPledges: [{ state: 'member-state:VEN' }],
    });
  });

  it('gives the figures across cases, and the same from the command-line function, reporting its progress', async () => {
    const overHttp = await auditor().get(`/accountability/figures?${now}`);
    expect(overHttp.status).toBe(200);
    expect(overHttp.body).toMatchObject({
      cases: 3,
      toFirstAssessment: { count: 3, medianMs: 3 * DAY, maxMs: 5 * DAY },
      warnings: { total: 6, answered: 2, unanswered: 4, open: 2, longestOpen: { caseId: RAKHINE, openForMs: 34 * DAY } },
      vetoes: { total: 2, cases: 2 },
    });
    const progress: ReplayProgress[] = [];
    const reader = { body: 'un-joint-office' as const, person: 'Auditor', role: 'auditor' };
    const fromCli = await computeFiguresForCases(app.get<SqlSession>(SQL_SESSION), ACCOUNTABILITY_SCHEMA, reader, {
      now: NOW,
      regions: KNOWN_REGIONS,
      onProgress: (p) => progress.push(p),
    });
    expect(JSON.parse(JSON.stringify(fromCli))).toEqual(overHttp.body);
    expect(progress).toEqual([
      { done: 1, total: 3, caseId: RIFT_VALLEY },
      { done: 2, total: 3, caseId: RAKHINE },
      { done: 3, total: 3, caseId: VANNI },
    ]);
  });

  it('leaves out of the figures the cases nothing was known of at the instant', async () => {
    const early = await auditor().get(`/accountability/figures?now=${day(0, 12)}`);
    expect(early.body.cases).toBe(3);
    const before = await auditor().get(`/accountability/figures?now=2020-01-01T00:00:00Z`);
    expect(before.body).toMatchObject({ cases: 0, perCase: [] });
    expect((await auditor().get(`/cases/${RIFT_VALLEY}/figures?now=2020-01-01T00:00:00Z`)).status).toBe(404);
  });

  it('puts like cases side by side by region, with the deployment’s region map', async () => {
    const report = await auditor().get(`/accountability/consistency-report?${now}`);
    expect(report.status).toBe(200);
    expect(
      report.body.groups.map((g: { peak: string; regions: { region: string }[] }) => [g.peak, g.regions.map((r) => r.region)]),
    ).toEqual([
      ['very-high', ['Asia']],
      ['high', ['Africa', 'unassigned']],
    ]);
  });

  it('tells who knew what and when, as the case stood at any instant', async () => {
    const all = await auditor().get(`/cases/${RIFT_VALLEY}/knowledge`);
    expect(all.status).toBe(200);
    expect(all.body.organs.map((o: { organ: string }) => o.organ)).toEqual([
      'un-joint-office',
      'un-secretary-general',
      'un-security-council',
      'au-psc',
      'un-general-assembly',
    ]);
    const past = await auditor().get(`/cases/${RIFT_VALLEY}/knowledge?asOf=${day(7)}&by=occurred`);
    expect(past.body).toMatchObject({ asOf: day(7), by: 'occurred' });
    expect(past.body.organs.map((o: { organ: string }) => o.organ)).not.toContain('un-general-assembly');
  });

  it('replays the timeline by when events happened as well as by when they were recorded', async () => {
    const byOccurred = await auditor().get(`/cases/${RIFT_VALLEY}/timeline?asOf=${day(4)}&by=occurred`);
    expect(byOccurred.body.events.map((e: { type: string }) => e.type)).toEqual([
      'case-opened',
      'information-report-filed',
      'assessment-issued',
    ]);
    const byRecorded = await auditor().get(`/cases/${RIFT_VALLEY}/timeline?asOf=${day(4)}`);
    expect(byRecorded.body).toMatchObject({ by: 'recorded' });
    // Each entry is recorded a minute after it happened: at day 4 the assessment was issued but not yet known.
    expect(byRecorded.body.events.map((e: { type: string }) => e.type)).toEqual(['case-opened', 'information-report-filed']);
  });

  it('retrieves lessons learned on one case and across cases', async () => {
    const across = await auditor().get('/accountability/lessons');
    expect(across.status).toBe(200);
    expect(across.body).toEqual({
      caseId: null,
      lessons: [expect.objectContaining({ lessonId: 'L1', lesson: 'Mediate before the vote' })],
    });
    const one = await auditor().get(`/accountability/lessons?caseId=${RAKHINE}`);
    expect(one.body).toEqual({ caseId: RAKHINE, lessons: [] });
  });

  it('serves the timeline page to a reader with the token in the header, and never writes the token into it', async () => {
    const page = await fetch(`${baseUrl}/cases/${RIFT_VALLEY}/timeline/page?${now}`, { headers: { authorization: `Bearer ${token}` } });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(page.headers.get('content-security-policy')).toMatch(/default-src 'none'/);
    expect(page.headers.get('referrer-policy')).toBe('same-origin');
    const html = await page.text();
    expect(html).toContain('Kenya, post-election violence');
    expect(html).toContain('open 30 d, no decision');
    expect(html).not.toContain(token);
    expect(html).not.toContain('name="token"');
  });

  describe('refusals', () => {
    it('400 naming the rule for an instant or a clock it cannot read', async () => {
      expect(await auditor().get(`/cases/${RIFT_VALLEY}/figures?now=yesterday`)).toMatchObject({
        status: 400,
        body: { rule: 'iso-8601-instant' },
      });
      expect(await auditor().get('/accountability/figures?now=soon')).toMatchObject({ status: 400, body: { rule: 'iso-8601-instant' } });
      expect(await auditor().get('/accountability/consistency-report?now=soon')).toMatchObject({
        status: 400,
        body: { rule: 'iso-8601-instant' },
      });
      expect(await auditor().get(`/cases/${RIFT_VALLEY}/knowledge?by=rumoured`)).toMatchObject({
        status: 400,
        body: { rule: 'timeline-clock' },
      });
      expect(await auditor().get(`/cases/${RIFT_VALLEY}/timeline?by=rumoured`)).toMatchObject({
        status: 400,
        body: { rule: 'timeline-clock' },
      });
      const pageRefused = await auditor().get(`/cases/${RIFT_VALLEY}/timeline/page?asOf=<b>later</b>`);
      // A refusal of the page is JSON like any other, never HTML echoing what the request carried.
      expect(pageRefused).toMatchObject({ status: 400, body: { rule: 'iso-8601-instant' } });
      expect(pageRefused.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect((await auditor().get('/accountability/lessons?caseId=not-a-case')).status).toBe(400);
    });

    it('400 iso-8601-instant, not a 5xx, for an instant past the years 1 to 9999 that a Date still holds', async () => {
      for (const asOf of ['99999-01-01', '%2B099999-01-01T00:00:00Z', '9999-12-31T23:59:59-14:00', '0000-12-31T00:00:00Z', 'Dec 31 2008']) {
        expect(await auditor().get(`/cases/${RIFT_VALLEY}/timeline?asOf=${asOf}`)).toMatchObject({
          status: 400,
          body: { rule: 'iso-8601-instant' },
        });
      }
      expect((await auditor().get(`/cases/${RIFT_VALLEY}/timeline?asOf=9999-12-31T23:59:59Z`)).status).toBe(200);
      expect((await auditor().get(`/cases/${RIFT_VALLEY}/timeline?asOf=2008-02-28`)).status).toBe(200);
    });

    it('401 without a token, or with one the deployment did not sign, the page included', async () => {
      const anonymous = httpClient(baseUrl);
      for (const path of [
        `/cases/${RIFT_VALLEY}/figures`,
        `/cases/${RIFT_VALLEY}/knowledge`,
        '/accountability/figures',
        '/accountability/consistency-report',
        '/accountability/lessons',
      ]) {
        expect((await anonymous.get(path)).status).toBe(401);
      }
      expect((await anonymous.get(`/cases/${RIFT_VALLEY}/timeline/page`)).status).toBe(401);
      // A token in the address is read nowhere, the page included.
      expect((await anonymous.get(`/cases/${RIFT_VALLEY}/timeline/page?token=${token}`)).status).toBe(401);
      expect((await anonymous.get(`/cases/${RIFT_VALLEY}/figures?token=${token}`)).status).toBe(401);
    });

    it('404 for a case with no timeline', async () => {
      for (const path of [
        `/cases/${NEVER_OPENED}/figures`,
        `/cases/${NEVER_OPENED}/knowledge`,
        `/cases/${NEVER_OPENED}/timeline/page`,
        `/accountability/lessons?caseId=${NEVER_OPENED}`,
      ]) {
        expect(await auditor().get(path)).toMatchObject({ status: 404, body: { rule: 'case-exists' } });
      }
    });
  });
});
