import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AddressInfo } from 'node:net';
import { Global, INestApplication, Module } from '@nestjs/common';
import { loadDeploymentKeys, mintToken } from '@rtop/identity';
import { createRtopApp } from '@rtop/service-host';
import { TestDatabase, createTestDatabase } from '@rtop/testing';
import { AccountabilityModule } from '../accountability.module';
import { PAGE_SESSION_CLOCK, PAGE_SESSION_MS } from './page-sessions';

/** The clock both replicas keep page sessions by, set by the spec. */
const SIGN_IN = Date.parse('2024-03-01T12:00:00Z');
let now = SIGN_IN;
@Global()
@Module({ providers: [{ provide: PAGE_SESSION_CLOCK, useValue: () => now }], exports: [PAGE_SESSION_CLOCK] })
class SpecClock {}

/**
 * Two replicas of the accountability service on one PostgreSQL database, as behind a load
 * balancer: a page session opened on either is honoured, and ended or expired, on both.
 */
describe('page sessions across replicas', () => {
  const keysDir = mkdtempSync(join(tmpdir(), 'rtop-page-session-replicas-'));
  const keys = loadDeploymentKeys(keysDir, {});
  const token = mintToken(keys.tokenPrivateKey!, { body: 'un-joint-office', person: 'Auditor', role: 'auditor' });
  const pagePath = `/cases/${randomUUID()}/timeline/page`;
  let database: TestDatabase;
  let replicas: { app: INestApplication; url: string }[] = [];

  const start = async (url: string) => {
    const app = await createRtopApp({
      title: 'rtop accountability',
      contexts: [SpecClock, AccountabilityModule],
      eventStore: { adapter: 'postgres', databaseUrl: url },
      eventLog: { kind: 'in-process' },
      keys,
      observability: { log: { level: 'warn' } },
    });
    await app.listen(0, '127.0.0.1');
    return { app, url: `http://127.0.0.1:${String((app.getHttpServer() as { address(): AddressInfo }).address().port)}` };
  };

  beforeAll(async () => {
    database = await createTestDatabase();
    replicas = [await start(database.url), await start(database.url)];
  }, 120_000);
  afterAll(async () => {
    for (const replica of replicas) await replica.app.close();
    await database.drop();
    rmSync(keysDir, { recursive: true, force: true });
  });
  beforeEach(() => {
    now = SIGN_IN;
  });

  const on = (replica: number, path: string, init: RequestInit = {}) =>
    fetch(`${replicas[replica].url}${path}`, { redirect: 'manual', ...init });
  const signIn = async (replica: number) => {
    const opened = await on(replica, '/page-session', { method: 'POST', headers: { authorization: `Bearer ${token}` } });
    expect(opened.status).toBe(204);
    return opened.headers.getSetCookie()[0].split(';')[0];
  };
  const page = (replica: number, cookie: string) => on(replica, pagePath, { headers: { cookie } });

  it('honours on one replica a session opened on the other', async () => {
    const cookie = await signIn(0);
    const form = await on(1, '/page-session', { headers: { cookie } });
    expect(await form.text()).toContain('Signed in as Auditor (un-joint-office)');
    // Read as the auditor: a case this service holds no timeline of, not a stranger's 401.
    const read = await page(1, cookie);
    expect(read.status).toBe(404);
    expect(await read.json()).toMatchObject({ rule: 'case-exists' });
  });

  it('ends on every replica a session ended on one', async () => {
    const cookie = await signIn(1);
    const signedOut = await on(0, '/page-session/end', { method: 'POST', headers: { cookie, origin: replicas[0].url } });
    expect(signedOut.status).toBe(303);
    expect((await page(1, cookie)).status).toBe(401);
  });

  it('refuses on every replica a session once its 15 minutes are over', async () => {
    const cookie = await signIn(0);
    now = SIGN_IN + PAGE_SESSION_MS - 1;
    expect((await page(1, cookie)).status).toBe(404);
    now = SIGN_IN + PAGE_SESSION_MS;
    for (const replica of [0, 1]) expect((await page(replica, cookie)).status).toBe(401);
  });
});
