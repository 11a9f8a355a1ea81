import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AddressInfo } from 'node:net';
import { Controller, Get, INestApplication, Module, Param, UseGuards } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { EventStoreModule } from '@rtop/event-store';
import { configureHttp } from '@rtop/http';
import { AuthenticatedActorGuard, IdentityModule, ReadPolicy, loadDeploymentKeys, mintToken } from '@rtop/identity';
import { Actor, AUDITOR_ROLE } from '@rtop/kernel';
import { httpClient } from '@rtop/testing';
import { ReadModelModule } from './read-model.module';

const CASE = '0f2c7a64-5a7e-4c1e-9b3e-2d6f1f0a9c11';

@UseGuards(AuthenticatedActorGuard)
@Controller('policy-probe')
class PolicyProbeController {
  @Get('undeclared')
  undeclared() {
    return { leaked: true };
  }

  @Get('cases/:caseId')
  @ReadPolicy('Any authenticated body (a probe for this test).')
  declared(@Param('caseId') caseId: string) {
    return { caseId };
  }
}

@Module({
  imports: [ReadModelModule],
  controllers: [PolicyProbeController],
})
class ProbeModule {}

describe('the read policy at the HTTP edge', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'rtop-read-policy-'));
  const keys = loadDeploymentKeys(dataDir, {});
  let app: INestApplication;
  let baseUrl: string;
  const as = (actor: Actor) => httpClient(baseUrl, mintToken(keys.tokenPrivateKey!, actor));
  const officer: Actor = { body: 'un-security-council', person: 'Council officer', role: 'officer' };
  const auditor: Actor = { body: 'un-joint-office', person: 'Ana Auditor', role: AUDITOR_ROLE };

  beforeAll(async () => {
    @Module({
      imports: [
        EventStoreModule.forRoot({ adapter: 'pglite', dataDir: join(dataDir, 'store') }),
        IdentityModule.forRoot(keys),
        ProbeModule,
      ],
    })
    class Root {}
    app = await NestFactory.create(Root, { logger: ['error'] });
    configureHttp(app, 'probe');
    await app.listen(0, '127.0.0.1');
    baseUrl = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
  }, 60_000);
  afterAll(async () => {
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('refuses a read that declares no policy to everyone, auditors included', async () => {
    for (const actor of [officer, auditor]) {
      const response = await as(actor).get('/policy-probe/undeclared');
      expect(response.status).toBe(403);
      expect(response.body).toMatchObject({ rule: 'read-policy' });
      expect(JSON.stringify(response.body)).not.toContain('leaked');
    }
  });

  it('shows each operation’s policy in the API docs', async () => {
    const document = (await httpClient(baseUrl).get('/docs-json')).body;
    expect(document.paths['/policy-probe/cases/{caseId}'].get['x-read-policy']).toBe('Any authenticated body (a probe for this test).');
    expect(document.paths['/policy-probe/undeclared'].get['x-read-policy']).toBeUndefined();
  });

  it('records every auditor read in the access log before answering, and only auditors read that log', async () => {
    expect((await as(officer).get(`/policy-probe/cases/${CASE}`)).status).toBe(200);
    expect((await as(auditor).get(`/policy-probe/cases/${CASE}?why=review`)).status).toBe(200);

    const log = await as(auditor).get(`/access-log?caseId=${CASE}`);
    expect(log.status).toBe(200);
    // The officer's read is not recorded; the auditor's is, and so is this read of the log itself.
    expect(log.body.items).toEqual([
      expect.objectContaining({
        reader: auditor,
        caseId: CASE,
        operation: 'GET /policy-probe/cases/:caseId',
        request: `/policy-probe/cases/${CASE}?why=review`,
      }),
      expect.objectContaining({ reader: auditor, caseId: CASE, operation: 'GET /access-log', request: `/access-log?caseId=${CASE}` }),
    ]);
    expect(log.body.next).toBeNull();

    const refused = await as(officer).get(`/access-log?caseId=${CASE}`);
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({ rule: 'auditors-only' });
  });

  it('pages through the access log with the cursor it gives', async () => {
    for (let i = 0; i < 3; i++) await as(auditor).get(`/policy-probe/cases/${CASE}?read=${i}`);
    const first = (await as(auditor).get(`/access-log?caseId=${CASE}&limit=2`)).body;
    const second = (await as(auditor).get(`/access-log?caseId=${CASE}&limit=2&cursor=${first.next}`)).body;
    const probes = [...first.items, ...second.items]
      .map((read: { request: string }) => read.request)
      .filter((request: string) => request.startsWith('/policy-probe'));
    expect(first.items).toHaveLength(2);
    expect(probes).toEqual([
      `/policy-probe/cases/${CASE}?why=review`,
      `/policy-probe/cases/${CASE}?read=0`,
      `/policy-probe/cases/${CASE}?read=1`,
    ]);
  });

  it('refuses a cursor that names no revision with page-cursor, and reads nothing past the largest one', async () => {
    const cursor = (revision: string) => Buffer.from(JSON.stringify([revision])).toString('base64url');
    for (const forged of ['abc', '-1', '9223372036854775808'])
      expect(await as(auditor).get(`/access-log?cursor=${cursor(forged)}`)).toMatchObject({ status: 400, body: { rule: 'page-cursor' } });
    expect(await as(auditor).get(`/access-log?cursor=${cursor('9223372036854775807')}`)).toMatchObject({
      status: 200,
      body: { items: [], next: null },
    });
  });
});
