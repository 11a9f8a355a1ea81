import { mkdtempSync, rmSync } from 'node:fs';
import { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { INestApplication, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { EventLogModule } from '@rtop/event-log';
import { configureHttp } from '@rtop/http';
import { loadDeploymentKeys, mintToken } from '@rtop/identity';
import { Body } from '@rtop/kernel';
import { platformModules } from '@rtop/service-host';
import { httpClient, openedByTheJointOffice } from '@rtop/testing';
import { GeneralAssemblyModule } from '../general-assembly.module';

const dataDir = mkdtempSync(join(tmpdir(), 'rtop-general-assembly-http-'));
const keys = loadDeploymentKeys(dataDir, {});
let app: INestApplication;
let baseUrl: string;
const as = (body: Body) => httpClient(baseUrl, mintToken(keys.tokenPrivateKey!, { body, person: `${body} delegate`, role: 'delegate' }));

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
      GeneralAssemblyModule,
    ],
  })
  class GeneralAssemblyOnly {}
  app = await NestFactory.create(GeneralAssemblyOnly, { logger: ['error'] });
  configureHttp(app, 'rtop');
  await app.listen(0, '127.0.0.1');
  baseUrl = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
  // Given the Joint Office opened the cases these tests act on (each noted at revision 0 of the case's stream).
  for (const opened of ['c0ffee00-0000-4000-8000-0000000000a1']) {
    await openedByTheJointOffice(app, opened, [{ context: 'general-assembly', streamId: `general-assembly-case-${opened}` }]);
  }
}, 120_000);
afterAll(async () => {
  await app.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const caseId = 'c0ffee00-0000-4000-8000-0000000000a1';
const requests = `/general-assembly/cases/${caseId}/emergency-special-session-requests`;

describe('writing to the Assembly’s file over HTTP', () => {
  let requestId: string;

  it('given a member state’s request sent twice with one Idempotency-Key, then one request is opened and the first outcome answered, its revision as ETag', async () => {
    const key = { 'idempotency-key': 'ken-request-1' };
    const first = await as('member-state:KEN').post(requests, {}, key);
    expect(first).toMatchObject({ status: 201, body: { caseId, revision: '1' } });
    expect(first.headers.get('etag')).toBe('"1"');
    requestId = first.body.requestId;

    const again = await as('member-state:KEN').post(requests, {}, key);
    expect(again).toMatchObject({ status: 201, body: { requestId, revision: '1' } });
    expect(again.headers.get('etag')).toBe('"1"');
  });

  it('given the revision read, when another member concurs with a stale If-Match, then 409; with the current one, it is recorded', async () => {
    const concur = `${requests}/${requestId}/concurrences`;
    expect(await as('member-state:TZA').post(concur, {}, { 'if-match': '"6"' })).toMatchObject({
      status: 409,
      body: { rule: 'optimistic-concurrency' },
    });
    const concurred = await as('member-state:TZA').post(concur, {}, { 'if-match': '"1"' });
    expect(concurred).toMatchObject({ status: 201, body: { requestId, memberState: 'member-state:TZA', revision: '2' } });
    expect(concurred.headers.get('etag')).toBe('"2"');
  });

  it('given an observer State’s token, when it concurs, then 422 un-membership and nothing is counted; a made-up state’s token is 401', async () => {
    const concur = `${requests}/${requestId}/concurrences`;
    expect(await as('member-state:PSE').post(concur, {})).toMatchObject({ status: 422, body: { rule: 'un-membership' } });
    expect(await as('member-state:XXX').post(concur, {})).toMatchObject({ status: 401, body: { rule: 'bearer-token' } });
    expect((await as('member-state:GHA').post(concur, {})).body).toMatchObject({ revision: '3' });
  });

  it('documents If-Match and Idempotency-Key as optional on every write', async () => {
    const { paths } = (await httpClient(baseUrl).get('/docs-json')).body;
    const writes = Object.entries(
      paths as Record<string, { post?: { parameters: { in: string; name: string; required: boolean }[] } }>,
    ).flatMap(([path, item]) => (path.startsWith('/general-assembly/') && item.post ? [item.post] : []));
    expect(writes).toHaveLength(9);
    for (const write of writes) {
      const headers = write.parameters.filter((p) => p.in === 'header').map(({ name, required }) => ({ name, required }));
      expect(headers).toEqual([
        { name: 'If-Match', required: false },
        { name: 'Idempotency-Key', required: false },
      ]);
    }
  });
});
