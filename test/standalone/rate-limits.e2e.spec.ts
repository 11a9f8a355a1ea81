import { mkdtempSync, rmSync } from 'node:fs';
import { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { INestApplication } from '@nestjs/common';
import { FocalPointModule } from '@rtop/focal-point';
import { loadDeploymentKeys, mintToken } from '@rtop/identity';
import { createRtopApp } from '@rtop/service-host';
import { HttpResult, TestDatabase, createTestDatabase, httpClient } from '@rtop/testing';
import { Standalone, startStandalone } from './standalone-harness';

/**
 * Per-token limits over HTTP, on the standalone app started with low ones: three writes and two
 * heavy reads a minute per token.
 */
const LIMITS = { writesPerMinute: 3, heavyReadsPerMinute: 2 };

const aCase = (situation: string) => ({
  situation,
  crimes: [{ crime: 'genocide', incitement: false }],
  summary: 'Reports of attacks on one community',
});

function expectRateLimited(answer: HttpResult) {
  expect(answer.status).toBe(429);
  expect(answer.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  expect(answer.body).toMatchObject({ status: 429, rule: 'rate-limit' });
  const retryAfter = Number(answer.headers.get('retry-after'));
  expect(retryAfter).toBeGreaterThan(0);
  expect(retryAfter).toBeLessThanOrEqual(60);
}

describe('per-token rate limits', () => {
  let rtop: Standalone;
  beforeAll(async () => {
    rtop = await startStandalone('pglite', { rateLimits: LIMITS });
  }, 90_000);
  afterAll(async () => {
    await rtop.stop();
  });

  const drafter = () => rtop.as('un-joint-office', 'Special Adviser on the Prevention of Genocide');
  const colleague = () => rtop.as('un-joint-office', 'Special Adviser on the Responsibility to Protect');
  const auditor = () => rtop.as('un-joint-office', 'Auditor', 'auditor');
  const secondAuditor = () => rtop.as('osce', 'Auditor', 'auditor');

  it('refuses the write past the limit with 429 and Retry-After, writes nothing for it, and leaves other tokens alone', async () => {
    for (let n = 1; n <= LIMITS.writesPerMinute; n++) expect((await drafter().post('/cases', aCase(`Situation ${n}`))).status).toBe(201);
    const before = await rtop.settledEventCount();

    const refused = await drafter().post('/cases', aCase('Situation refused'));

    expectRateLimited(refused);
    expect(await rtop.settledEventCount()).toBe(before);
    const listed = await colleague().get(`/cases?q=${encodeURIComponent('Situation refused')}`);
    expect(listed.status).toBe(200);
    expect(listed.body.items).toEqual([]);
    expect((await colleague().post('/cases', aCase('Situation opened by a colleague'))).status).toBe(201);
    // Reads are not writes: the refused token still reads.
    expect((await drafter().get('/cases')).status).toBe(200);
  }, 60_000);

  it('limits heavy reads apart from writes and light reads, before the auditor’s read is recorded', async () => {
    for (let n = 0; n < LIMITS.heavyReadsPerMinute; n++) expect((await auditor().get('/accountability/figures')).status).toBe(200);

    const refused = await auditor().get('/accountability/figures');

    expectRateLimited(refused);
    expect((await auditor().get('/cases')).status).toBe(200);
    expect((await secondAuditor().get('/accountability/figures')).status).toBe(200);
    const reads = await secondAuditor().get('/access-log?limit=100');
    expect(reads.status).toBe(200);
    const figuresReadByTheFirst = (reads.body.items as { reader: { body: string }; operation: string }[]).filter(
      (read) => read.reader.body === 'un-joint-office' && read.operation === 'GET /accountability/figures',
    );
    expect(figuresReadByTheFirst).toHaveLength(2);
  }, 60_000);
});

/** Two replicas of the Joint Office's service on one PostgreSQL database, as behind a load balancer. */
describe('per-token rate limits across replicas', () => {
  const keysDir = mkdtempSync(join(tmpdir(), 'rtop-rate-limit-replicas-'));
  const keys = loadDeploymentKeys(keysDir, {});
  const token = mintToken(keys.tokenPrivateKey!, { body: 'un-joint-office', person: 'Special Adviser', role: 'officer' });
  let database: TestDatabase;
  let replicas: INestApplication[] = [];
  const on = (replica: number) =>
    httpClient(`http://127.0.0.1:${(replicas[replica].getHttpServer().address() as AddressInfo).port}`, token);

  beforeAll(async () => {
    database = await createTestDatabase();
    for (let n = 0; n < 2; n++) {
      const app = await createRtopApp({
        title: 'rtop focal point',
        contexts: [FocalPointModule],
        eventStore: { adapter: 'postgres', databaseUrl: database.url },
        eventLog: { kind: 'in-process' },
        keys,
        rateLimits: LIMITS,
        observability: { log: { level: 'warn' } },
      });
      await app.listen(0, '127.0.0.1');
      replicas.push(app);
    }
  }, 120_000);
  afterAll(async () => {
    for (const app of replicas) await app.close();
    replicas = [];
    await database.drop();
    rmSync(keysDir, { recursive: true, force: true });
  }, 60_000);

  it('allows a token the limit once in all, not once on each replica', async () => {
    const opened = [];
    for (let n = 1; n <= LIMITS.writesPerMinute; n++) opened.push((await on(n % 2).post('/cases', aCase(`Shared ${n}`))).status);
    expect(opened).toEqual([201, 201, 201]);
    expectRateLimited(await on(0).post('/cases', aCase('Refused on the first')));
    expectRateLimited(await on(1).post('/cases', aCase('Refused on the second')));
  });
});
