import { mkdtempSync, rmSync } from 'node:fs';
import { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { INestApplication, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { SQL_SESSION, SqlEventStore, SqlSession, START_OF_LOG, schemaOf } from '@rtop/event-store';
import { EventLogModule } from '@rtop/event-log';
import { configureHttp } from '@rtop/http';
import { loadDeploymentKeys, mintToken } from '@rtop/identity';
import { AUDITOR_ROLE, Body } from '@rtop/kernel';
import { platformModules } from '@rtop/service-host';
import { eventually, httpClient, openedByTheJointOffice } from '@rtop/testing';
import { OTHER_ORGANS } from '../application/other-organs-case-stream';
import { OtherOrgansModule } from '../other-organs.module';
import { OTHER_ORGANS_SCHEMA, lessonsRegister } from '../read/other-organs-read-models';

const dataDir = mkdtempSync(join(tmpdir(), 'rtop-other-organs-http-'));
const keys = loadDeploymentKeys(dataDir, {});
let app: INestApplication;
let baseUrl: string;
const as = (body: Body, role = 'officer') =>
  httpClient(baseUrl, mintToken(keys.tokenPrivateKey!, { body, person: `${body} officer`, role }));
const auditor = () => as('un-joint-office', AUDITOR_ROLE);

beforeAll(async () => {
  @Module({
    imports: [
      ...platformModules({
        eventStore: { adapter: 'pglite', dataDir: join(dataDir, 'event-store') },
        eventLog: { kind: 'in-process' },
        keys,
      }),
      // The Joint Office's log, so that the cases it opens reach this context.
      EventLogModule.forContext('focal-point'),
      OtherOrgansModule,
    ],
  })
  class OtherOrgansOnly {}
  app = await NestFactory.create(OtherOrgansOnly, { logger: ['error'] });
  configureHttp(app, 'rtop');
  await app.listen(0, '127.0.0.1');
  baseUrl = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
  // Given the Joint Office opened the cases these tests act on (each noted at revision 0 of the case's stream).
  for (const opened of ['c0ffee00-0000-4000-8000-000000000001', 'c0ffee00-0000-4000-8000-000000000002']) {
    await openedByTheJointOffice(app, opened, [{ context: 'other-organs', streamId: `other-organs-case-${opened}` }]);
  }
}, 120_000);
afterAll(async () => {
  await app.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const kenyaCase = 'c0ffee00-0000-4000-8000-000000000001';
const otherCase = 'c0ffee00-0000-4000-8000-000000000002';
const on = (caseId: string) => `/other-organs/cases/${caseId}`;

describe('the other organs over HTTP', () => {
  it('records what each organ does on a case, within its own remit', async () => {
    const council = as('un-human-rights-council');
    expect(
      (await council.post(`${on(kenyaCase)}/human-rights-council/reports`, { kind: 'fact-finding-mission', title: 'Kenya', summary: 's' }))
        .status,
    ).toBe(201);
    expect(
      (await council.post(`${on(kenyaCase)}/human-rights-council/reviews`, { state: 'KEN', findings: 'f', recommendations: [] })).status,
    ).toBe(201);
    const commission = as('un-peacebuilding-commission');
    const engaged = await commission.post(`${on(kenyaCase)}/peacebuilding-commission/engagements`, {
      state: 'KEN',
      priorities: ['Reconciliation'],
    });
    expect(engaged.status).toBe(201);
    const concluded = await commission.post(
      `${on(kenyaCase)}/peacebuilding-commission/engagements/${engaged.body.engagementId}/conclusion`,
      { outcome: 'o' },
    );
    expect(concluded.status).toBe(201);
    expect(
      (await as('un-ecosoc').post(`${on(kenyaCase)}/ecosoc/recommendations`, { addressees: ['member-states'], text: 't' })).status,
    ).toBe(201);

    // Each organ reads its own records once the read model has them; an auditor reads them all.
    const engagement = {
      engagementId: engaged.body.engagementId,
      state: 'KEN',
      priorities: ['Reconciliation'],
      status: 'concluded',
      outcome: 'o',
    };
    const everything = await eventually(async () => {
      const view = await auditor().get(on(kenyaCase));
      expect(view.body.engagements).toEqual([engagement]);
      expect(view.body.recommendations).toHaveLength(1);
      return view;
    });
    expect(everything.headers.get('etag')).toBe(`"${everything.body.revision}"`);
    expect(everything.body.reports).toHaveLength(1);

    const ofCommission = await commission.get(on(kenyaCase));
    expect(ofCommission.body).toMatchObject({ engagements: [engagement], reports: [], reviews: [], recommendations: [] });
    const ofCouncil = await council.get(on(kenyaCase));
    expect(ofCouncil.body).toMatchObject({
      reports: [{ kind: 'fact-finding-mission' }],
      reviews: [{ state: 'KEN' }],
      engagements: [],
      recommendations: [],
    });

    const outsideRemit = await as('un-ecosoc').post(`${on(kenyaCase)}/human-rights-council/reports`, {
      kind: 'other',
      title: 't',
      summary: 's',
    });
    expect(outsideRemit).toMatchObject({ status: 403, body: { rule: 'remit' } });
    const unknownEngagement = await commission.post(`${on(kenyaCase)}/peacebuilding-commission/engagements/${kenyaCase}/conclusion`, {
      outcome: 'o',
    });
    expect(unknownEngagement).toMatchObject({ status: 404, body: { rule: 'engagement-begun' } });
  });

  it('keeps lessons per case, and across cases in the register', async () => {
    const lesson = await as('un-peacebuilding-commission').post(
      `${on(kenyaCase)}/lessons`,
      { lesson: 'The AU acted first' },
      { 'idempotency-key': 'lesson-a' },
    );
    expect(lesson.status).toBe(201);
    expect(lesson.body.events).toEqual([
      {
        type: 'lesson-recorded',
        data: {
          lessonId: lesson.body.lessonId,
          caseId: kenyaCase,
          contributor: 'un-peacebuilding-commission',
          lesson: 'The AU acted first',
        },
      },
    ]);
    const again = await as('un-peacebuilding-commission').post(
      `${on(kenyaCase)}/lessons`,
      { lesson: 'The AU acted first' },
      { 'idempotency-key': 'lesson-a' },
    );
    expect(again.body.lessonId).toBe(lesson.body.lessonId);
    expect((await as('un-joint-office').post(`${on(otherCase)}/lessons`, { lesson: 'Warnings came late' })).status).toBe(201);
    expect(await as('un-security-council').post(`${on(otherCase)}/lessons`, { lesson: 'x' })).toMatchObject({
      status: 403,
      body: { rule: 'remit' },
    });

    await eventually(async () => {
      const ofCase = await as('un-joint-office').get(`${on(kenyaCase)}/lessons`);
      expect(ofCase.body).toEqual([
        expect.objectContaining({ lessonId: lesson.body.lessonId, contributor: 'un-peacebuilding-commission' }),
      ]);
    });
    await eventually(async () => {
      const across = await as('un-joint-office').get('/other-organs/lessons');
      expect(across.body.items.map((l: { caseId: string; contributor: string }) => [l.caseId, l.contributor])).toEqual([
        [kenyaCase, 'un-peacebuilding-commission'],
        [otherCase, 'un-joint-office'],
      ]);
      expect(across.body.next).toBeNull();
    });
    expect(await as('un-joint-office').get(`${on('c0ffee00-0000-4000-8000-000000000009')}/lessons`)).toMatchObject({
      status: 404,
      body: { rule: 'case-exists' },
    });
  });

  it('pages the register across cases in the order recorded', async () => {
    const first = await as('un-ecosoc').get('/other-organs/lessons?limit=1');
    expect(first).toMatchObject({ status: 200, body: { items: [{ caseId: kenyaCase }], next: expect.any(String) } });
    const second = await as('un-ecosoc').get(`/other-organs/lessons?limit=1&cursor=${first.body.next}`);
    expect(second.body).toEqual({ items: [expect.objectContaining({ caseId: otherCase, contributor: 'un-joint-office' })], next: null });
    expect(await as('un-ecosoc').get('/other-organs/lessons?cursor=not-a-cursor')).toMatchObject({
      status: 400,
      body: { rule: 'page-cursor' },
    });
    expect(await as('un-ecosoc').get('/other-organs/lessons?limit=0')).toMatchObject({ status: 400, body: { rule: 'page-limit' } });
  });

  it('keeps lessons to those they are for: the register to the organs, the Joint Office and auditors; a case’s lessons to their contributors too', async () => {
    for (const body of ['un-secretary-general', 'un-security-council', 'member-state:KEN'] as const) {
      expect(await as(body).get('/other-organs/lessons')).toMatchObject({ status: 403, body: { rule: 'remit' } });
    }
    expect(await auditor().get('/other-organs/lessons')).toMatchObject({ status: 200, body: { items: { length: 2 } } });

    const bySecretaryGeneral = await as('un-secretary-general').post(`${on(otherCase)}/lessons`, { lesson: 'The good offices came late' });
    expect(bySecretaryGeneral.status).toBe(201);
    const ownLessons = await eventually(async () => {
      const read = await as('un-secretary-general').get(`${on(otherCase)}/lessons`);
      expect(read.status).toBe(200);
      return read.body;
    });
    // Its own lesson, not the Joint Office's on the same case.
    expect(ownLessons).toEqual([
      expect.objectContaining({ lessonId: bySecretaryGeneral.body.lessonId, contributor: 'un-secretary-general' }),
    ]);
    expect(await as('un-secretary-general').get(`${on(kenyaCase)}/lessons`)).toMatchObject({ status: 404, body: { rule: 'case-exists' } });
    expect(await as('un-security-council').get(`${on(otherCase)}/lessons`)).toMatchObject({ status: 404, body: { rule: 'case-exists' } });
  });

  it('keeps the other organs’ records to the organ whose they are: anyone else, or an organ with nothing there, gets 404 as for no case', async () => {
    const neverTouched = await as('un-human-rights-council').get(on('c0ffee00-0000-4000-8000-000000000009'));
    expect(neverTouched).toMatchObject({ status: 404, body: { rule: 'case-exists' } });
    for (const body of ['un-joint-office', 'un-security-council', 'member-state:KEN'] as const) {
      expect(await as(body).get(on(kenyaCase))).toMatchObject({
        status: 404,
        body: { rule: 'case-exists', detail: neverTouched.body.detail.replace('000000000009', '000000000001') },
      });
    }
    // ECOSOC recorded on the Kenya case but nothing on the other, where only lessons are.
    expect(await as('un-ecosoc').get(on(otherCase))).toMatchObject({ status: 404, body: { rule: 'case-exists' } });
    expect(await auditor().get(on(otherCase))).toMatchObject({ status: 200, body: { reports: [], engagements: [] } });
  });

  it('lists a lesson delivered again, or folded again in a rebuild, once', async () => {
    const session = app.get<SqlSession>(SQL_SESSION);
    const store = await SqlEventStore.open({ ...session, close: () => Promise.resolve() }, schemaOf(OTHER_ORGANS));
    const { events } = await store.readGlobalLog(START_OF_LOG, 1_000);
    await session.transaction((tx) => lessonsRegister.apply(events, { tx, schema: OTHER_ORGANS_SCHEMA }));
    await session.transaction((tx) => lessonsRegister.apply(events, { tx, schema: OTHER_ORGANS_SCHEMA }));
    expect(await as('un-joint-office').get('/other-organs/lessons')).toMatchObject({ status: 200, body: { items: { length: 3 } } });
  });

  it('documents every operation with the refusals it can answer', async () => {
    const { paths } = (await httpClient(baseUrl).get('/docs-json')).body;
    const responses = (path: string, method: string) => Object.keys(paths[path][method].responses).sort();
    // Every write can answer 422: an Idempotency-Key sent again with a different request (idempotency-key-reused);
    // and every body, 413 past its size and 415 in another media type.
    const writes = ['201', '400', '401', '403', '409', '413', '415', '422'];
    expect(responses('/other-organs/cases/{caseId}/human-rights-council/reports', 'post')).toEqual(writes);
    expect(responses('/other-organs/cases/{caseId}/human-rights-council/reviews', 'post')).toEqual(writes);
    expect(responses('/other-organs/cases/{caseId}/peacebuilding-commission/engagements', 'post')).toEqual(writes);
    expect(responses('/other-organs/cases/{caseId}/peacebuilding-commission/engagements/{engagementId}/conclusion', 'post')).toEqual([
      '201',
      '400',
      '401',
      '403',
      '404',
      '409',
      '413',
      '415',
      '422',
    ]);
    expect(responses('/other-organs/cases/{caseId}/ecosoc/recommendations', 'post')).toEqual(writes);
    expect(responses('/other-organs/cases/{caseId}/lessons', 'post')).toEqual(writes);
    expect(responses('/other-organs/cases/{caseId}/lessons', 'get')).toEqual(['200', '401', '404']);
    expect(responses('/other-organs/cases/{caseId}', 'get')).toEqual(['200', '401', '404']);
    expect(responses('/other-organs/lessons', 'get')).toEqual(['200', '400', '401', '403']);
  });

  it('declares who may read on every read', async () => {
    const { paths } = (await httpClient(baseUrl).get('/docs-json')).body;
    const reads = Object.entries(paths as Record<string, { get?: Record<string, unknown> }>).filter(
      ([path, item]) => path.startsWith('/other-organs/') && item.get,
    );
    expect(reads.map(([path]) => path).sort()).toEqual([
      '/other-organs/cases/{caseId}',
      '/other-organs/cases/{caseId}/lessons',
      '/other-organs/lessons',
    ]);
    for (const [, item] of reads) expect(item.get!['x-read-policy']).toEqual(expect.stringContaining('auditors'));
  });
});
