import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-node';
import { INestApplication } from '@nestjs/common';
import { CONTEXT_STORES, ContextStores, RecordedEvent, schemaOf } from '@rtop/event-store';
import { loadDeploymentKeys, mintToken } from '@rtop/identity';
import { Body } from '@rtop/kernel';
import { startTracing } from '@rtop/observability';
import { createRtopApp } from '@rtop/service-host';
import { ADMIN_URL, KENYA, PROTECTED_REPORT, TestDatabase, createTestDatabase, eventually, httpClient } from '@rtop/testing';
import { STANDALONE } from '../../apps/standalone/src/standalone';

const METRICS_TOKEN = randomBytes(16).toString('hex');
const PERSON = 'Special Adviser Kofi Example';

/** What the specs read of a JSON log line; the rest is matched whole. */
interface LogLine {
  readonly level: number;
  readonly traceId?: string;
  readonly req?: { readonly id?: string };
  readonly err?: { readonly message?: string };
}

/**
 * The standalone app on PostgreSQL as operators see it: its JSON log lines (captured), its
 * metrics, its health and its traces (kept in memory), over real HTTP.
 */
describe('operating rtop: logs, metrics, health and traces', () => {
  const spans = new InMemorySpanExporter();
  const lines: string[] = [];
  let database: TestDatabase;
  /** Undefined when the app did not start: the database is dropped all the same. */
  let app: INestApplication | undefined;
  let dataDir: string;
  let baseUrl: string;
  let tokenOf: (body: Body, role?: string) => string;
  const as = (body: Body, role?: string) => httpClient(baseUrl, tokenOf(body, role));
  const logged = () => lines.map((line) => JSON.parse(line) as LogLine);
  const scrape = (token = METRICS_TOKEN) => httpClient(baseUrl, token).get('/metrics');

  beforeAll(async () => {
    startTracing({ serviceName: 'rtop-operations-spec', processors: [new SimpleSpanProcessor(spans)] });
    database = await createTestDatabase();
    dataDir = mkdtempSync(join(tmpdir(), 'rtop-operations-'));
    const keys = loadDeploymentKeys(dataDir, {});
    tokenOf = (body, role = 'special-adviser') => mintToken(keys.tokenPrivateKey!, { body, person: PERSON, role });
    app = await createRtopApp({
      ...STANDALONE,
      eventStore: { adapter: 'postgres', databaseUrl: database.url },
      eventLog: { kind: 'in-process' },
      keys,
      observability: {
        log: { level: 'info', destination: { write: (line: string) => void lines.push(line) } },
        metricsToken: METRICS_TOKEN,
      },
    });
    await app.listen(0, '127.0.0.1');
    baseUrl = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
  }, 60_000);
  afterAll(async () => {
    await app?.close();
    await database.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  async function openedCase(headers?: Record<string, string>): Promise<string> {
    const opened = await as('un-joint-office').post('/cases', KENYA, headers);
    expect(opened.status).toBe(201);
    return opened.body.caseId as string;
  }

  describe('logs', () => {
    it('writes a JSON line per request with its request id, the acting body and role, the case and the trace, and never the token, the person or a protected source', async () => {
      const caseId = await openedCase();
      const filed = await as('un-joint-office').post(`/cases/${caseId}/reports`, PROTECTED_REPORT, { 'x-request-id': 'req-filed-1' });
      expect(filed.status).toBe(201);
      expect(filed.headers.get('x-request-id')).toBe('req-filed-1');

      const line = await eventually(() => {
        const found = logged().find((entry) => entry.req?.id === 'req-filed-1');
        expect(found).toBeDefined();
        return found!;
      });
      expect(line).toMatchObject({
        level: 30,
        req: { method: 'POST', path: `/cases/${caseId}/reports` },
        res: { status: 201 },
        actor: { body: 'un-joint-office', role: 'special-adviser' },
        caseId,
      });
      expect(line.traceId).toMatch(/^[0-9a-f]{32}$/);
      const all = lines.join('\n');
      expect(all).not.toContain(tokenOf('un-joint-office').split('.')[2]);
      expect(all).not.toContain(PROTECTED_REPORT.source.name);
      expect(all).not.toContain(PERSON);
      expect(all).not.toContain(PROTECTED_REPORT.summary);
    });

    it('logs a database failure by its class, code and message: never the statement, its parameters or the failing row', async () => {
      const caseId = await openedCase();
      await sql(database.url, `alter table ${schemaOf('focal-point')}.rtop_events add constraint refuse_all check (false) not valid`);
      try {
        const failed = await as('un-joint-office').post(`/cases/${caseId}/reports`, PROTECTED_REPORT, { 'x-request-id': 'req-failed-1' });
        expect(failed.status).toBe(500);
        expect(failed.body).toMatchObject({ rule: 'internal' });
      } finally {
        await sql(database.url, `alter table ${schemaOf('focal-point')}.rtop_events drop constraint refuse_all`);
      }

      const error = await eventually(() => {
        const found = logged().find((entry) => entry.level === 50 && entry.err?.message?.includes('23514'));
        expect(found).toBeDefined();
        return found!;
      });
      expect(error.err?.message).toMatch(/^\w+ 23514: new row for relation "rtop_events" violates check constraint "refuse_all"$/);
      expect(error).toMatchObject({ actor: { body: 'un-joint-office' }, caseId, req: { id: 'req-failed-1' } });
      const all = lines.join('\n');
      expect(all).not.toContain('Failing row');
      expect(all).not.toContain('insert into');
      expect(all).not.toContain(PROTECTED_REPORT.source.name);
      expect(all).not.toContain(PERSON);
    });
  });

  describe('metrics', () => {
    it('answers only the deployment’s scrape token', async () => {
      expect((await httpClient(baseUrl).get('/metrics')).status).toBe(401);
      expect((await scrape('not-the-token')).status).toBe(401);
      expect((await as('un-joint-office').get('/metrics')).status).toBe(401);
    });

    it('shows request latency by route, command outcomes by rule, append latency and every lag, with no id in any label', async () => {
      const caseId = await openedCase();
      expect((await as('un-joint-office').post(`/cases/${caseId}/reports`, { ...PROTECTED_REPORT, credibility: 1 })).status).toBe(422);
      expect((await as('un-secretary-general').post(`/cases/${caseId}/reports`, PROTECTED_REPORT)).status).toBe(403);

      const scraped = await scrape();
      expect(scraped.status).toBe(200);
      expect(scraped.headers.get('content-type')).toContain('text/plain');
      const text = scraped.body as string;
      expect(text).toMatch(/rtop_http_request_duration_seconds_count\{method="POST",route="\/cases",status="201"\} [1-9]/);
      expect(text).toMatch(/rtop_commands_total\{context="focal-point",method="POST",route="\/cases",outcome="accepted"\} [1-9]/);
      expect(text).toMatch(
        /rtop_commands_total\{context="focal-point",method="POST",route="\/cases\/:caseId\/reports",outcome="confirmed-needs-corroboration"\} 1/,
      );
      expect(text).toMatch(
        /rtop_commands_total\{context="focal-point",method="POST",route="\/cases\/:caseId\/reports",outcome="remit"\} 1/,
      );
      expect(text).toMatch(/rtop_event_store_append_duration_seconds_count\{context="focal-point",outcome="ok"\} [1-9]/);
      expect(text).toMatch(/rtop_consumer_lag_events\{group="secretary-general\.note-case-when-opened"\} \d+/);
      expect(text).toMatch(/rtop_projection_lag_events\{context="focal-point",projection="[\w.-]+"\} \d+/);
      expect(text).toMatch(/rtop_webhook_backlog_events\{body="au-psc"\} 0/);
      // On the in-process log nothing is relayed: no relay lag to show.
      expect(text).not.toMatch(/rtop_relay_lag_events\{/);
      expect(text).not.toContain(caseId);
    });

    it('has every metric the Grafana dashboard in deploy/grafana plots', async () => {
      const dashboard = readFileSync(join(__dirname, '../../deploy/grafana/rtop-dashboard.json'), 'utf8');
      const plotted = new Set([...dashboard.matchAll(/\b(rtop_\w+?)(?:_bucket|_count)?\{/g)].map(([, name]) => name));
      const text = (await scrape()).body as string;
      const exposed = new Set([...text.matchAll(/^# TYPE (\w+) /gm)].map(([, name]) => name));
      expect(plotted.size).toBeGreaterThan(8);
      expect([...plotted].filter((name) => !exposed.has(name))).toEqual([]);
    });
  });

  describe('traces', () => {
    it('carries the trace of a POST into its event, and on into the reactions of the other contexts', async () => {
      const traceId = randomBytes(16).toString('hex');
      const caseId = await openedCase({ traceparent: `00-${traceId}-${randomBytes(8).toString('hex')}-01` });

      const stores = app!.get<ContextStores>(CONTEXT_STORES);
      const [opened] = await stores.get('focal-point')!.readStream(`focal-point-case-${caseId}`);
      expect(traceOf(opened)).toBe(traceId);
      const reaction = await eventually(() => {
        const found = spans
          .getFinishedSpans()
          .find((span) => span.spanContext().traceId === traceId && span.name.startsWith('secretary-general.note-case-when-opened'));
        expect(found).toBeDefined();
        return found!;
      });
      expect(reaction.name).toBe('secretary-general.note-case-when-opened reacts to focal-point/case-opened');
      const server = spans.getFinishedSpans().find((span) => span.spanContext().traceId === traceId && span.name === 'POST /cases');
      expect(server).toBeDefined();
      // What the reaction wrote carries the trace on: its own reactions continue it in turn.
      const noted = await eventually(async () => {
        const events = await stores.get('secretary-general')!.readStream(`secretary-general-case-${caseId}`);
        expect(events.length).toBeGreaterThan(0);
        return events[0];
      });
      expect(traceOf(noted)).toBe(traceId);
    });
  });

  describe('health', () => {
    it('is live without looking at anything, and ready when the database answers and the relays keep up', async () => {
      const live = await httpClient(baseUrl).get('/health/live');
      expect(live).toMatchObject({ status: 200, body: { status: 'ok' } });
      const ready = await httpClient(baseUrl).get('/health/ready');
      expect(ready.status).toBe(200);
      expect(ready.body).toMatchObject({
        status: 'ok',
        info: { database: { status: 'up' }, kafka: { status: 'up', used: false }, relays: { status: 'up' } },
      });
      expect((await httpClient(baseUrl).get('/health')).body).toEqual(ready.body);
    });

    it('is not ready while its database refuses connections, yet still live; ready again once it answers', async () => {
      const name = new URL(database.url).pathname.slice(1);
      await sql(ADMIN_URL, `alter database ${name} allow_connections false`);
      try {
        await sql(ADMIN_URL, 'select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()', [
          name,
        ]);
        const notReady = await httpClient(baseUrl).get('/health/ready');
        expect(notReady.status).toBe(503);
        expect(notReady.body).toMatchObject({ rule: 'unavailable' });
        expect((await httpClient(baseUrl).get('/health/live')).status).toBe(200);
      } finally {
        await sql(ADMIN_URL, `alter database ${name} allow_connections true`);
      }
      await eventually(async () => expect((await httpClient(baseUrl).get('/health/ready')).status).toBe(200), 15_000);
    });
  });
});

const traceOf = (event: RecordedEvent | undefined) => /^00-([0-9a-f]{32})-/.exec(String(event?.metadata.traceparent))?.[1];

async function sql(url: string, text: string, params: unknown[] = []): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(text, params);
  } finally {
    await client.end();
  }
}
