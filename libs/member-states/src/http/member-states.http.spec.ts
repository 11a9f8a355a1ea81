import { mkdtempSync, rmSync } from 'node:fs';
import { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { INestApplication, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { EventLogModule } from '@rtop/event-log';
import { EventStoreModule } from '@rtop/event-store';
import { configureHttp } from '@rtop/http';
import { IdentityModule, loadDeploymentKeys, mintToken } from '@rtop/identity';
import { Body } from '@rtop/kernel';
import { httpClient } from '@rtop/testing';
import { MemberStatesModule } from '../member-states.module';

const dataDir = mkdtempSync(join(tmpdir(), 'rtop-member-states-http-'));
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
      MemberStatesModule,
    ],
  })
  class MemberStatesOnly {}
  app = await NestFactory.create(MemberStatesOnly, { logger: ['error'] });
  configureHttp(app, 'rtop');
  await app.listen(0, '127.0.0.1');
  baseUrl = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
}, 120_000);
afterAll(async () => {
  await app?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const caseId = 'c0ffee00-0000-4000-8000-000000000001';
const base = `/member-states/cases/${caseId}/states`;

describe('member states over HTTP', () => {
  it('records a state’s posture, its request and its consent, and the Joint Office’s assessment beside them', async () => {
    const kenya = as('member-state:KEN');
    expect((await kenya.post(`${base}/KEN/declared-postures`, { posture: 'willing-but-unable', reasons: ['Police overwhelmed'] })).status).toBe(201);
    const requested = await kenya.post(`${base}/KEN/assistance-requests`, { kinds: ['mediation'], description: 'Mediation between the parties' });
    expect(requested.status).toBe(201);
    const consented = await kenya.post(`${base}/KEN/assistance-consents`, {
      requestId: requested.body.requestId,
      offeredBy: 'au-assembly',
      kinds: ['mediation'],
      description: 'Panel of Eminent African Personalities',
    });
    expect(consented.status).toBe(201);
    expect(consented.body.events[0]).toMatchObject({ type: 'assistance-consented', data: { state: 'KEN', requestId: requested.body.requestId } });
    const assessed = await as('un-joint-office').post(`${base}/KEN/assessed-postures`, { posture: 'unwilling', reasons: ['Security forces implicated'] });
    expect(assessed.status).toBe(201);

    const view = await as('un-security-council').get(`${base}/KEN`);
    expect(view.status).toBe(200);
    expect(view.headers.get('etag')).toBe('"3"');
    expect(view.body).toMatchObject({
      state: 'KEN',
      declared: [{ posture: 'willing-but-unable' }],
      assessed: [{ posture: 'unwilling', assessedBy: 'un-joint-office' }],
      requests: [{ requestId: requested.body.requestId }],
      consents: [{ consentId: consented.body.consentId, status: 'given' }],
    });

    const withdrawn = await kenya.post(`${base}/KEN/assistance-consents/${consented.body.consentId}/withdrawal`, { reason: 'Mediation concluded' });
    expect(withdrawn.status).toBe(201);
  });

  it('answers each refusal with the rule it enforces', async () => {
    const refused = await as('member-state:UGA').post(`${base}/KEN/declared-postures`, { posture: 'unwilling', reasons: ['r'] });
    expect(refused).toMatchObject({ status: 403, body: { rule: 'remit' } });
    const badCode = await as('member-state:KEN').post(`${base}/Kenya/assistance-requests`, { kinds: ['mediation'], description: 'd' });
    expect(badCode).toMatchObject({ status: 400, body: { rule: 'iso-3166-alpha-3' } });
    const unknownRequest = await as('member-state:KEN').post(`${base}/KEN/assistance-consents`, {
      requestId: 'c0ffee00-0000-4000-8000-0000000000ff',
      offeredBy: 'un-undp',
      kinds: ['capacity-building'],
      description: 'd',
    });
    expect(unknownRequest).toMatchObject({ status: 404, body: { rule: 'assistance-requested' } });
    const unknownBody = await as('member-state:KEN').post(`${base}/KEN/assistance-consents`, { offeredBy: 'world-bank', kinds: ['other'], description: 'd' });
    expect(unknownBody.status).toBe(400);
    expect((await as('un-joint-office').get(`/member-states/cases/c0ffee00-0000-4000-8000-000000000002`)).status).toBe(404);
    expect((await httpClient(baseUrl).get(`${base}/KEN`)).status).toBe(401);
  });

  it('documents every operation with the refusals it can answer', async () => {
    const { paths } = (await httpClient(baseUrl).get('/docs-json')).body;
    const responses = (path: string, method: string) => Object.keys(paths[`/member-states/cases/{caseId}${path}`][method].responses).sort();
    expect(responses('/states/{state}/declared-postures', 'post')).toEqual(['201', '400', '401', '403', '409']);
    expect(responses('/states/{state}/assessed-postures', 'post')).toEqual(['201', '400', '401', '403', '409']);
    expect(responses('/states/{state}/assistance-requests', 'post')).toEqual(['201', '400', '401', '403', '409']);
    expect(responses('/states/{state}/assistance-consents', 'post')).toEqual(['201', '400', '401', '403', '404', '409']);
    expect(responses('/states/{state}/assistance-consents/{consentId}/withdrawal', 'post')).toEqual(['201', '400', '401', '403', '404', '409']);
    expect(responses('/states/{state}', 'get')).toEqual(['200', '401', '404']);
    expect(responses('', 'get')).toEqual(['200', '401', '404']);
  });
});
