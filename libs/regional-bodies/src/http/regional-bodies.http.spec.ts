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
import { RegionalBodiesModule } from '../regional-bodies.module';

const dataDir = mkdtempSync(join(tmpdir(), 'rtop-regional-bodies-http-'));
const keys = loadDeploymentKeys(dataDir, {});
let app: INestApplication;
let baseUrl: string;
const as = (body: Body) => httpClient(baseUrl, mintToken(keys.tokenPrivateKey!, { body, person: `${body} officer`, role: 'officer' }));

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
      RegionalBodiesModule,
    ],
  })
  class RegionalBodiesOnly {}
  app = await NestFactory.create(RegionalBodiesOnly, { logger: ['error'] });
  configureHttp(app, 'rtop');
  await app.listen(0, '127.0.0.1');
  baseUrl = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
  // Given the Joint Office opened the cases these tests act on (each noted at revision 0 of the case's stream).
  for (const opened of ['c0ffee00-0000-4000-8000-0000000000b1']) {
    await openedByTheJointOffice(app, opened, [{ context: 'regional-bodies', streamId: `regional-bodies-case-${opened}` }]);
  }
}, 120_000);
afterAll(async () => {
  await app.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const caseId = 'c0ffee00-0000-4000-8000-0000000000b1';
const reports = `/regional-bodies/igad/cases/${caseId}/early-warning-reports`;
const report = {
  summary: 'Cattle raids along the border',
  indicators: [{ kind: 'conflict', category: 'provocative-behaviour', description: 'Armed groups massing' }],
  observedAt: '2008-01-08T06:00:00Z',
  location: 'Karamoja cluster',
};

describe('writing to the regional bodies’ file over HTTP', () => {
  it('given a report submitted with an Idempotency-Key, when it is sent again, then the first outcome is answered with its revision as ETag', async () => {
    const key = { 'idempotency-key': 'cewarn-report-1' };
    const first = await as('igad').post(reports, report, key);
    expect(first).toMatchObject({ status: 201, body: { caseId, revision: '1', events: [{ type: 'early-warning-report-submitted' }] } });
    expect(first.headers.get('etag')).toBe('"1"');

    const again = await as('igad').post(reports, report, key);
    expect(again).toMatchObject({ status: 201, body: { reportId: first.body.reportId, revision: '1' } });
    expect(again.headers.get('etag')).toBe('"1"');
  });

  it('given the same key, when it comes with another report, then 422 idempotency-key-reused and nothing is written', async () => {
    const reused = await as('igad').post(reports, { ...report, summary: 'Another report' }, { 'idempotency-key': 'cewarn-report-1' });
    expect(reused).toMatchObject({ status: 422, body: { rule: 'idempotency-key-reused' } });
    const next = await as('igad').post(reports, report, { 'if-match': '"1"' });
    expect(next).toMatchObject({ status: 201, body: { revision: '2' } });
  });

  it('given a stale If-Match, when a report is submitted, then 409 optimistic-concurrency', async () => {
    expect(await as('igad').post(reports, report, { 'if-match': '"1"' })).toMatchObject({
      status: 409,
      body: { rule: 'optimistic-concurrency' },
    });
  });

  it('given a body other than IGAD, when it submits a report, then 403', async () => {
    expect(await as('au-psc').post(reports, report)).toMatchObject({ status: 403 });
  });
});
