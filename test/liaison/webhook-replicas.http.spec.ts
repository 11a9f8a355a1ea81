import { mkdtempSync, rmSync } from 'node:fs';
import { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { INestApplication, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { EventStore, SqlEventStore, SqlSession, postgresSession, schemaOf } from '@rtop/event-store';
import { DeploymentKeys, loadDeploymentKeys, mintToken } from '@rtop/identity';
import { configurePlatform, platformModules } from '@rtop/service-host';
import { SubscriptionGatewayModule } from '@rtop/subscription-gateway';
import { TestDatabase, createTestDatabase, eventually, httpClient } from '@rtop/testing';
import { OfficeEndpoint, feedIds, forward, printFigures } from './liaison-office';

/**
 * Two replicas of the subscription gateway on one PostgreSQL database, as a deployment scaled out
 * runs them, and one liaison office's receiver on a real port. Each replica runs a delivery worker
 * for the office's webhook; the subscription's lease lets one of them deliver at a time.
 */
process.env.RTOP_WEBHOOKS_ALLOW_LOOPBACK = '1';
process.env.RTOP_WEBHOOK_BACKOFF_BASE_MS = '20';
process.env.RTOP_WEBHOOK_BACKOFF_MAX_MS = '250';
process.env.RTOP_LIAISON_POLL_MS = '100';

interface Replica {
  readonly app: INestApplication;
  readonly url: string;
}

async function startReplica(databaseUrl: string, keys: DeploymentKeys): Promise<Replica> {
  @Module({
    imports: [
      ...platformModules({ eventStore: { adapter: 'postgres', databaseUrl }, eventLog: { kind: 'in-process' }, keys }),
      SubscriptionGatewayModule,
    ],
  })
  class SubscriptionGatewayReplica {}
  const app = await NestFactory.create(SubscriptionGatewayReplica, { logger: ['error'] });
  configurePlatform(app, 'rtop');
  await app.listen(0, '127.0.0.1');
  return { app, url: `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}` };
}

describe('a liaison office’s webhook with two replicas of the gateway on one database', () => {
  const work = mkdtempSync(join(tmpdir(), 'rtop-webhook-replicas-'));
  const keys = loadDeploymentKeys(work, {});
  const token = mintToken(keys.tokenPrivateKey!, { body: 'au-psc', person: 'AU liaison officer', role: 'officer' });
  const endpoint = new OfficeEndpoint();
  const replicas: Replica[] = [];
  let database: TestDatabase;
  let session: SqlSession;
  let feed: EventStore;
  let subscriptionId: string;

  /** The connections holding a webhook's lease, by their backend pid. */
  const leaseHolders = async () =>
    session.query<{ pid: number }>(
      `select l.pid from pg_locks l join pg_stat_activity a on a.pid = l.pid
        where l.locktype = 'advisory' and l.granted and a.application_name like 'rtop webhook:%'`,
    );
  const attempts = async (via: Replica) =>
    ((await httpClient(via.url, token).get(`/liaison/au-psc/webhooks/${subscriptionId}/deliveries?limit=1000`)).body.attempts as unknown[])
      .length;
  let forwarded = 0;
  const forwardMore = async (count: number) => {
    await forward(feed, count);
    forwarded += count;
  };
  /** The feed once every event forwarded shows in it: a read sees an append only once the transactions begun before it have ended. */
  const wholeFeed = () =>
    eventually(async () => {
      const ids = await feedIds(feed);
      expect(ids).toHaveLength(forwarded);
      return ids;
    });
  const lost = (expected: readonly string[]) => expected.filter((id) => !endpoint.ids().includes(id)).length;

  beforeAll(async () => {
    database = await createTestDatabase();
    session = postgresSession(database.url, 2);
    await endpoint.up();
    // Slow enough an answer that two senders of one feed would overlap.
    endpoint.answerDelayMs = 10;
  }, 60_000);

  afterAll(async () => {
    for (const { app } of replicas) await app.close();
    await endpoint.down();
    await session.close();
    await database.drop();
    rmSync(work, { recursive: true, force: true });
  }, 60_000);

  it('given one replica delivering, when a second starts beside it, then every event is still sent once, by one holder of the lease', async () => {
    const first = await startReplica(database.url, keys);
    replicas.push(first);
    const created = await httpClient(first.url, token).post('/liaison/au-psc/webhooks', { url: endpoint.url });
    expect(created.status).toBe(201);
    subscriptionId = created.body.id;
    endpoint.secrets = [created.body.secret];
    feed = await SqlEventStore.open(session, schemaOf('liaison-au-psc'));
    await forwardMore(30);
    await eventually(() => expect(endpoint.handled.length).toBeGreaterThan(0), 30_000);

    const second = await startReplica(database.url, keys);
    replicas.push(second);
    // The second replica has the subscription too: it lists it, and runs a worker that waits for the lease.
    await eventually(async () => {
      const listed = await httpClient(second.url, token).get('/liaison/au-psc/webhooks');
      expect(listed.body.webhooks).toEqual([expect.objectContaining({ id: subscriptionId })]);
    });
    await forwardMore(30);

    const expected = await wholeFeed();
    await eventually(() => expect(endpoint.ids()).toEqual(expected), 60_000);
    expect(endpoint.duplicates).toBe(0);
    expect(endpoint.requests).toBe(expected.length);
    // The endpoint handles an event before it answers; the attempt is recorded once it has.
    await eventually(async () => expect(await attempts(second)).toBe(expected.length));
    expect(await leaseHolders()).toHaveLength(1);
    printFigures('two replicas, one lease', {
      events: expected.length,
      attempts: endpoint.requests,
      duplicates: endpoint.duplicates,
      lost: lost(expected),
    });
  }, 120_000);

  it('given the holder stops in the middle of the feed, then the other replica goes on from where it stopped: nothing lost, nothing sent twice', async () => {
    const [holder, other] = replicas;
    const before = endpoint.handled.length;
    await forwardMore(60);
    await eventually(() => expect(endpoint.handled.length).toBeGreaterThan(before + 10), 30_000);
    await holder.app.close();
    replicas.splice(replicas.indexOf(holder), 1);
    const handledAtStop = endpoint.handled.length;
    await forwardMore(20);

    const expected = await wholeFeed();
    await eventually(() => expect(endpoint.ids()).toEqual(expected), 60_000);
    expect(handledAtStop).toBeLessThan(expected.length);
    expect(endpoint.duplicates).toBe(0);
    await eventually(async () => expect(await attempts(other)).toBe(expected.length));
    printFigures('the holder stops; the other replica takes over', {
      events: expected.length,
      attempts: endpoint.requests,
      duplicates: endpoint.duplicates,
      lost: lost(expected),
    });
  }, 120_000);

  it('given the holder’s lease connection dies, as a crashed holder’s does, then a replica takes the lease and delivers the rest: nothing lost', async () => {
    replicas.push(await startReplica(database.url, keys));
    const before = endpoint.handled.length;
    const duplicatesBefore = endpoint.duplicates;
    await forwardMore(60);
    await eventually(() => expect(endpoint.handled.length).toBeGreaterThan(before + 10), 30_000);
    const [holder] = await leaseHolders();
    await session.query('select pg_terminate_backend($1)', [holder.pid]);
    await forwardMore(20);

    const expected = await wholeFeed();
    await eventually(() => expect(endpoint.ids()).toEqual(expected), 60_000);
    // At most the event in flight when the lease went is sent again; the receiver's dedupe absorbs it.
    expect(endpoint.duplicates - duplicatesBefore).toBeLessThanOrEqual(1);
    await eventually(async () => expect((await leaseHolders()).map((h) => h.pid)).not.toContain(holder.pid));
    expect(await leaseHolders()).toHaveLength(1);
    printFigures('the holder’s lease connection dies; a replica takes over', {
      events: expected.length,
      attempts: endpoint.requests,
      duplicates: endpoint.duplicates,
      lost: lost(expected),
    });
  }, 120_000);
});
