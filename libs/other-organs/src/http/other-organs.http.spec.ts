import { mkdtempSync, rmSync } from 'node:fs';
import { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { INestApplication, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { EventLogModule } from '@rtop/event-log';
import { EventStoreModule, SQL_SESSION, SqlEventStore, SqlSession, START_OF_LOG, schemaOf } from '@rtop/event-store';
import { configureHttp } from '@rtop/http';
import { IdentityModule, loadDeploymentKeys, mintToken } from '@rtop/identity';
import { Body } from '@rtop/kernel';
import { eventually, httpClient } from '@rtop/testing';
import { indexLesson } from '../application/lessons';
import { OTHER_ORGANS } from '../application/other-organs-command.handler';
import { OtherOrgansModule } from '../other-organs.module';

const dataDir = mkdtempSync(join(tmpdir(), 'rtop-other-organs-http-'));
const keys = loadDeploymentKeys(dataDir, {});
let app: INestApplication;
let baseUrl: string;
const as = (body: Body) => httpClient(baseUrl, mintToken(keys.tokenPrivateKey!, { body, person: `${body} officer`, role: 'officer' }));

beforeAll(async () => {
  @Module({
    imports: [
      EventStoreModule.forRoot({ adapter: 'pglite', dataDir: join(dataDir, 'event-store') }),
      EventLogModule.forRoot({ kind: 'in-process' }),
      IdentityModule.forRoot(keys),
      OtherOrgansModule,
    ],
  })
  class OtherOrgansOnly {}
  app = await NestFactory.create(OtherOrgansOnly, { logger: ['error'] });
  configureHttp(app, 'rtop');
  await app.listen(0, '127.0.0.1');
  baseUrl = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
}, 120_000);
afterAll(async () => {
  await app?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const kenyaCase = 'c0ffee00-0000-4000-8000-000000000001';
const otherCase = 'c0ffee00-0000-4000-8000-000000000002';
const on = (caseId: string) => `/other-organs/cases/${caseId}`;

describe('the other organs over HTTP', () => {
  it('records what each organ does on a case, within its own remit', async () => {
    const council = as('un-human-rights-council');
    expect((await council.post(`${on(kenyaCase)}/human-rights-council/reports`, { kind: 'fact-finding-mission', title: 'Kenya', summary: 's' })).status).toBe(201);
    expect((await council.post(`${on(kenyaCase)}/human-rights-council/reviews`, { state: 'KEN', findings: 'f', recommendations: [] })).status).toBe(201);
    const commission = as('un-peacebuilding-commission');
    const engaged = await commission.post(`${on(kenyaCase)}/peacebuilding-commission/engagements`, { state: 'KEN', priorities: ['Reconciliation'] });
    expect(engaged.status).toBe(201);
    const concluded = await commission.post(`${on(kenyaCase)}/peacebuilding-commission/engagements/${engaged.body.engagementId}/conclusion`, { outcome: 'o' });
    expect(concluded.status).toBe(201);
    expect((await as('un-ecosoc').post(`${on(kenyaCase)}/ecosoc/recommendations`, { addressees: ['member-states'], text: 't' })).status).toBe(201);

    const view = await as('un-joint-office').get(on(kenyaCase));
    expect(view.status).toBe(200);
    expect(view.body.engagements).toEqual([{ engagementId: engaged.body.engagementId, state: 'KEN', priorities: ['Reconciliation'], status: 'concluded', outcome: 'o' }]);

    const outsideRemit = await as('un-ecosoc').post(`${on(kenyaCase)}/human-rights-council/reports`, { kind: 'other', title: 't', summary: 's' });
    expect(outsideRemit).toMatchObject({ status: 403, body: { rule: 'remit' } });
    const unknownEngagement = await commission.post(`${on(kenyaCase)}/peacebuilding-commission/engagements/${kenyaCase}/conclusion`, { outcome: 'o' });
    expect(unknownEngagement).toMatchObject({ status: 404, body: { rule: 'engagement-begun' } });
  });

  it('keeps lessons per case, and across cases in the register', async () => {
    const lesson = await as('un-peacebuilding-commission').post(`${on(kenyaCase)}/lessons`, { lesson: 'The AU acted first' }, { 'idempotency-key': 'lesson-a' });
    expect(lesson.status).toBe(201);
    expect(lesson.body.events).toEqual([
      { type: 'lesson-recorded', data: { lessonId: lesson.body.lessonId, caseId: kenyaCase, contributor: 'un-peacebuilding-commission', lesson: 'The AU acted first' } },
    ]);
    const again = await as('un-peacebuilding-commission').post(`${on(kenyaCase)}/lessons`, { lesson: 'The AU acted first' }, { 'idempotency-key': 'lesson-a' });
    expect(again.body.lessonId).toBe(lesson.body.lessonId);
    expect((await as('un-joint-office').post(`${on(otherCase)}/lessons`, { lesson: 'Warnings came late' })).status).toBe(201);
    expect(await as('un-security-council').post(`${on(otherCase)}/lessons`, { lesson: 'x' })).toMatchObject({ status: 403, body: { rule: 'remit' } });

    const ofCase = await as('un-joint-office').get(`${on(kenyaCase)}/lessons`);
    expect(ofCase.body).toEqual([expect.objectContaining({ lessonId: lesson.body.lessonId, contributor: 'un-peacebuilding-commission' })]);
    await eventually(async () => {
      const across = await as('un-joint-office').get('/other-organs/lessons');
      expect(across.body.map((l: { caseId: string; contributor: string }) => [l.caseId, l.contributor])).toEqual([
        [kenyaCase, 'un-peacebuilding-commission'],
        [otherCase, 'un-joint-office'],
      ]);
    });
    expect((await as('un-joint-office').get(`${on('c0ffee00-0000-4000-8000-000000000009')}/lessons`)).status).toBe(404);
  });

  it('puts a lesson delivered again into the register once', async () => {
    const session = app.get<SqlSession>(SQL_SESSION);
    const store = await SqlEventStore.open({ ...session, close: async () => undefined }, schemaOf(OTHER_ORGANS));
    const { events } = await store.readGlobalLog(START_OF_LOG, 1_000);
    for (const event of events) await indexLesson(store, event);
    expect(await as('un-joint-office').get('/other-organs/lessons')).toMatchObject({ status: 200, body: { length: 2 } });
  });

  it('documents every operation with the refusals it can answer', async () => {
    const { paths } = (await httpClient(baseUrl).get('/docs-json')).body;
    const responses = (path: string, method: string) => Object.keys(paths[path][method].responses).sort();
    const writes = ['201', '400', '401', '403', '409'];
    expect(responses('/other-organs/cases/{caseId}/human-rights-council/reports', 'post')).toEqual(writes);
    expect(responses('/other-organs/cases/{caseId}/human-rights-council/reviews', 'post')).toEqual(writes);
    expect(responses('/other-organs/cases/{caseId}/peacebuilding-commission/engagements', 'post')).toEqual(writes);
    expect(responses('/other-organs/cases/{caseId}/peacebuilding-commission/engagements/{engagementId}/conclusion', 'post')).toEqual(
      ['201', '400', '401', '403', '404', '409'],
    );
    expect(responses('/other-organs/cases/{caseId}/ecosoc/recommendations', 'post')).toEqual(writes);
    expect(responses('/other-organs/cases/{caseId}/lessons', 'post')).toEqual(writes);
    expect(responses('/other-organs/cases/{caseId}/lessons', 'get')).toEqual(['200', '401', '404']);
    expect(responses('/other-organs/cases/{caseId}', 'get')).toEqual(['200', '401', '404']);
    expect(responses('/other-organs/lessons', 'get')).toEqual(['200', '401']);
  });
});
