import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EventStore, SqlEventStore, postgresSession, schemaOf } from '@rtop/event-store';
import { loadDeploymentKeys, mintToken } from '@rtop/identity';
import { KAFKA_BROKERS, createTestDatabase, eventually, httpClient } from '@rtop/testing';
import { ServiceProcess, freePort } from '../distributed/service-processes';
import { OfficeEndpoint, feedIds, forward, printFigures, readStream } from './liaison-office';

const WEBHOOK_ENV = {
  RTOP_WEBHOOKS_ALLOW_LOOPBACK: '1',
  RTOP_WEBHOOK_BACKOFF_BASE_MS: '20',
  RTOP_WEBHOOK_BACKOFF_MAX_MS: '250',
  RTOP_LIAISON_POLL_MS: '100',
  RTOP_SSE_HEARTBEAT_MS: '300',
};

/** The built app as its own process on PostgreSQL, its AU PSC feed written to as the gateway forwards events. */
async function startProcess(name: 'standalone' | 'subscription-gateway', work: string, extraEnv: Record<string, string> = {}) {
  const database = await createTestDatabase();
  const env = {
    ...WEBHOOK_ENV,
    ...extraEnv,
    DATABASE_URL: database.url,
    RTOP_KEYS_DIR: join(work, 'keys'),
    RTOP_DATA_DIR: join(work, name),
  };
  const process = new ServiceProcess(name, await freePort(), env, work);
  await process.start();
  const session = postgresSession(database.url, 2);
  const feed = await SqlEventStore.open(session, schemaOf('liaison-au-psc'));
  return { process, database, session, feed };
}

type Running = Awaited<ReturnType<typeof startProcess>>;

describe('liaison push from a separate process on PostgreSQL', () => {
  const work = mkdtempSync(join(tmpdir(), 'rtop-liaison-'));
  const keys = loadDeploymentKeys(join(work, 'keys'), {});
  const token = mintToken(keys.tokenPrivateKey!, { body: 'au-psc', person: 'AU liaison officer', role: 'officer' });
  const running: Running[] = [];

  afterAll(async () => {
    for (const { process, session, database } of running) {
      await process.stop();
      await session.close();
      await database.drop();
    }
    rmSync(work, { recursive: true, force: true });
  }, 60_000);

  describe('the standalone app, killed with -9 in the middle of delivering', () => {
    let app: Running;
    let feed: EventStore;
    beforeAll(async () => {
      app = await startProcess('standalone', work);
      running.push(app);
      feed = app.feed;
    }, 180_000);

    it('delivers every event once the app is back: nothing missed, and the receiver’s dedupe absorbs what was sent twice', async () => {
      const endpoint = await new OfficeEndpoint().up();
      endpoint.answerDelayMs = 20;
      const office = httpClient(app.process.url, token);
      const created = await office.post('/liaison/au-psc/webhooks', { url: endpoint.url });
      expect(created.status).toBe(201);
      endpoint.secrets = [created.body.secret];
      await forward(feed, 200);

      await eventually(() => expect(endpoint.handled.length).toBeGreaterThanOrEqual(60), 60_000);
      await app.process.crash();
      const handledAtCrash = endpoint.handled.length;
      await forward(feed, 50);
      await app.process.start();

      const expected = await feedIds(feed);
      await eventually(() => expect(endpoint.ids()).toEqual(expected), 120_000);
      expect(handledAtCrash).toBeLessThan(expected.length);
      const attempts = (await office.get(`/liaison/au-psc/webhooks/${created.body.id}/deliveries?limit=1000`)).body.attempts as unknown[];
      printFigures('kill -9 mid-delivery, then restart (standalone on PostgreSQL)', {
        events: expected.length,
        attempts: endpoint.requests,
        duplicates: endpoint.duplicates,
        lost: expected.filter((id) => !endpoint.ids().includes(id)).length,
      });
      // Attempts recorded by rtop: at most one per request the endpoint saw (a request cut off by the crash is not recorded).
      expect(attempts.length).toBeLessThanOrEqual(endpoint.requests);
      await endpoint.down();
    }, 240_000);

    it('streams the feed live: a client that hangs up and resumes with Last-Event-ID misses nothing and sees nothing twice', async () => {
      const expected = await feedIds(feed);
      const first = await readStream(app.process.url, token, { until: (received) => received.length >= 100 });
      expect(first.status).toBe(200);
      await forward(feed, 10);
      const rest = await readStream(app.process.url, token, {
        lastEventId: first.received.at(-1)!.id,
        until: (received) => received.length >= expected.length + 10 - 100,
      });
      const streamed = [...first.received, ...rest.received].map((e) => e.data.id);
      expect(streamed).toEqual(await feedIds(feed));
      const idle = await readStream(app.process.url, token, {
        lastEventId: rest.received.at(-1)!.id,
        until: (_received, heartbeats) => heartbeats >= 2,
        timeoutMs: 5_000,
      });
      expect(idle.received).toEqual([]);
      expect(idle.heartbeats).toBeGreaterThanOrEqual(2);
      const igad = mintToken(keys.tokenPrivateKey!, { body: 'igad', person: 'IGAD liaison officer', role: 'officer' });
      expect(await readStream(app.process.url, igad, { until: () => true })).toMatchObject({ status: 403, body: { rule: 'remit' } });
    }, 120_000);
  });

  describe('the subscription gateway as its own service on Kafka', () => {
    it('pushes the feed to a webhook and down a live stream', async () => {
      const namespace = `liaison-${randomBytes(4).toString('hex')}`;
      const gateway = await startProcess('subscription-gateway', work, {
        KAFKA_BROKERS: KAFKA_BROKERS.join(','),
        RTOP_LOG_NAMESPACE: namespace,
      });
      running.push(gateway);
      const endpoint = await new OfficeEndpoint().up();
      const created = await httpClient(gateway.process.url, token).post('/liaison/au-psc/webhooks', { url: endpoint.url });
      endpoint.secrets = [created.body.secret];
      await forward(gateway.feed, 25);
      const expected = await feedIds(gateway.feed);
      await eventually(() => expect(endpoint.ids()).toEqual(expected), 60_000);
      const streamed = await readStream(gateway.process.url, token, { until: (received) => received.length >= expected.length });
      expect(streamed.received.map((e) => e.data.id)).toEqual(expected);
      expect(endpoint.duplicates).toBe(0);
      await endpoint.down();
    }, 240_000);
  });
});
