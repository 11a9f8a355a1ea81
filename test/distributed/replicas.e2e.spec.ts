import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Admin, Kafka, logLevel } from 'kafkajs';
import { Client } from 'pg';
import { loadDeploymentKeys, mintToken } from '@rtop/identity';
import { Body } from '@rtop/kernel';
import { OwnKafkaBroker, TestDatabase, createTestDatabase, eventually, httpClient } from '@rtop/testing';
import { ServiceProcess, freePort } from './service-processes';

const SERVICES = ['focal-point', 'accountability'] as const;
type Service = (typeof SERVICES)[number];

/**
 * Two replicas each of the Joint Office's service and the accountability service, each pair on
 * one database, over a broker of this spec's own (it is restarted here; the shared broker other
 * specs use is never touched). Requests go to either replica, as through a load balancer.
 */
describe('replicas of a service, a crashed relay holder and a broker restart', () => {
  const work = mkdtempSync(join(tmpdir(), 'rtop-replicas-'));
  const namespace = `replicas-${randomBytes(4).toString('hex')}`;
  const keys = loadDeploymentKeys(join(work, 'keys'), {});
  const databases = new Map<Service, TestDatabase>();
  const replicas = new Map<Service, ServiceProcess[]>();
  const acknowledged: string[] = [];
  let broker: OwnKafkaBroker;
  let requests = 0;

  const as = (replica: ServiceProcess, body: Body, person = `${body} officer`) =>
    httpClient(replica.url, mintToken(keys.tokenPrivateKey!, { body, person, role: 'officer' }));
  /** The next live replica of a service in turn, as a load balancer picks one. */
  const balanced = (service: Service) => {
    const live = replicas.get(service)!.filter((replica) => replica.pid);
    return live[requests++ % live.length];
  };
  const openCase = async (via: ServiceProcess) => {
    const opened = await as(via, 'un-joint-office', 'Special Adviser on the Prevention of Genocide').post('/cases', {
      situation: `Situation ${acknowledged.length + 1}`,
      crimes: [{ crime: 'crimes-against-humanity', incitement: false }],
      summary: 'Reports of attacks on civilians',
    });
    expect(opened.status).toBe(201);
    acknowledged.push(opened.body.caseId);
  };
  /** Every acknowledged case is on the accountability timeline, opened exactly once (as the Joint Office, which opened them, reads it). */
  const everyCaseOnTheTimelineOnce = async () => {
    for (const caseId of acknowledged) {
      const response = await as(balanced('accountability'), 'un-joint-office').get(`/cases/${caseId}/timeline`);
      const opened = (response.body.events ?? []).filter(
        (e: { context: string; type: string }) => e.context === 'focal-point' && e.type === 'case-opened',
      );
      expect(opened).toHaveLength(1);
    }
  };
  const relayHolder = (service: Service) => leaseHolder(databases.get(service)!.url, `relay:${service}`);
  const replicaWithPid = (service: Service, pid: number | undefined) =>
    pid ? replicas.get(service)!.find((replica) => replica.pid === pid) : undefined;

  beforeAll(async () => {
    broker = await OwnKafkaBroker.create();
    await broker.start();
    for (const service of SERVICES) {
      const database = await createTestDatabase();
      databases.set(service, database);
      const env = {
        KAFKA_BROKERS: broker.brokers.join(','),
        RTOP_LOG_NAMESPACE: namespace,
        DATABASE_URL: database.url,
        RTOP_KEYS_DIR: join(work, 'keys'),
      };
      const pair = await Promise.all(
        ['a', 'b'].map(
          async (r) =>
            new ServiceProcess(
              service,
              await freePort(),
              { ...env, RTOP_DATA_DIR: join(work, `${service}-${r}`) },
              work,
              `${service}-${r}`,
            ),
        ),
      );
      replicas.set(service, pair);
    }
    await Promise.all([...replicas.values()].flat().map((replica) => replica.start()));
  }, 300_000);

  afterAll(async () => {
    await Promise.all([...replicas.values()].flat().map((replica) => replica.stop()));
    await Promise.all([...databases.values()].map((database) => database.drop()));
    await broker.dispose();
    if (process.env.RTOP_E2E_KEEP_LOGS) console.log(`service logs kept in ${work}`);
    else rmSync(work, { recursive: true, force: true });
  }, 180_000);

  it('relays from one replica at a time; when it is killed the other takes over, nothing lost or doubled', async () => {
    for (let n = 0; n < 4; n++) await openCase(balanced('focal-point'));
    await eventually(everyCaseOnTheTimelineOnce, 60_000);

    const holders = new Map(
      await Promise.all(SERVICES.map(async (service) => [service, replicaWithPid(service, await relayHolder(service))] as const)),
    );
    for (const service of SERVICES) expect(holders.get(service)).toBeDefined();

    // Writes acknowledged by the holder just before it dies may not have been relayed yet.
    await openCase(holders.get('focal-point')!);
    await openCase(holders.get('focal-point')!);
    await Promise.all(SERVICES.map((service) => holders.get(service)!.crash()));
    const killed = Date.now();

    const takeovers = await Promise.all(
      SERVICES.map(async (service) => {
        const successor = await eventually(async () => {
          const holder = replicaWithPid(service, await relayHolder(service));
          expect(holder).toBeDefined();
          return holder!;
        }, 10_000);
        expect(successor).not.toBe(holders.get(service));
        return `${service} ${Date.now() - killed} ms`;
      }),
    );
    for (let n = 0; n < 3; n++) await openCase(balanced('focal-point'));
    await eventually(everyCaseOnTheTimelineOnce, 60_000);
    console.log(
      `relay lease taken over after kill -9 of its holder: ${takeovers.join(', ')}; every case on the timeline once ${Date.now() - killed} ms after the kill`,
    );

    // The killed replicas come back, as an orchestrator restarts them, and stand by.
    await Promise.all(SERVICES.map((service) => holders.get(service)!.start()));
    for (const service of SERVICES) expect(replicaWithPid(service, await relayHolder(service))).not.toBe(holders.get(service));
  }, 300_000);

  it('resumes every relay and every consumer after a broker restart, with the writes made meanwhile', async () => {
    await broker.stop();
    // Writes go on while the broker is down: the store is the outbox.
    for (let n = 0; n < 3; n++) await openCase(balanced('focal-point'));
    await broker.start();
    const up = Date.now();

    await eventually(async () => {
      for (const service of SERVICES) expect(await relayEventsBehind(databases.get(service)!.url, service)).toBe(0);
    }, 60_000);
    const relaysResumed = Date.now() - up;
    await eventually(everyCaseOnTheTimelineOnce, 60_000);
    const timelineCaughtUp = Date.now() - up;
    const admin = new Kafka({ clientId: 'replicas-spec', brokers: [...broker.brokers], logLevel: logLevel.NOTHING }).admin();
    await admin.connect();
    await eventually(async () => expect(await groupsBehind(admin, namespace)).toEqual([]), 60_000).finally(() => admin.disconnect());
    const consumersResumed = Date.now() - up;
    // The figures are printed, not asserted: on a busy machine they say more about its load.
    console.log(
      `after the broker was back: relays resumed in ${relaysResumed} ms, the timeline had every case in ${timelineCaughtUp} ms, ` +
        `every consumer group was stable and caught up in ${consumersResumed} ms`,
    );
  }, 300_000);

  it('on SIGTERM finishes the requests in flight, hands the relay over and leaves, losing nothing', async () => {
    // Run alone, this test may begin before either replica has taken the lease.
    const holder = await eventually(async () => {
      const replica = replicaWithPid('focal-point', await relayHolder('focal-point'));
      expect(replica).toBeDefined();
      return replica!;
    }, 10_000);
    const jointOffice = as(holder, 'un-joint-office', 'Special Adviser on the Prevention of Genocide');
    const body = {
      situation: 'Situation in flight',
      crimes: [{ crime: 'genocide', incitement: false }],
      summary: 'Opened as the service stops',
    };
    const inFlight = Array.from({ length: 8 }, () => jointOffice.post('/cases', body));
    await Promise.race(inFlight);

    const told = Date.now();
    const stopped = holder.stop('SIGTERM').then(() => Date.now() - told);
    // Sent as the process stops: served while a connection is left open (the first answer's, kept
    // alive), or refused a connection once none is; never reset.
    const late = jointOffice.post('/cases', body).catch((error: unknown) => (error as { cause?: { code?: string } }).cause?.code);
    const responses = await Promise.all(inFlight);
    expect(responses.map((r) => r.status)).toEqual(responses.map(() => 201));
    acknowledged.push(...responses.map((r) => r.body.caseId as string));
    const lateOutcome = await late;
    if (typeof lateOutcome === 'object') {
      expect(lateOutcome.status).toBe(201);
      acknowledged.push(lateOutcome.body.caseId as string);
    } else expect(lateOutcome).toBe('ECONNREFUSED');

    const handedOver = await eventually(async () => {
      const successor = replicaWithPid('focal-point', await relayHolder('focal-point'));
      expect(successor).toBeDefined();
      expect(successor).not.toBe(holder);
      return Date.now() - told;
    }, 10_000);
    console.log(
      `after SIGTERM: the relay lease was held by the other replica in ${handedOver} ms, the process exited in ${await stopped} ms`,
    );
    await eventually(everyCaseOnTheTimelineOnce, 60_000);
  }, 120_000);
});

/** The process holding a lease, by the name (with its pid) its database connection carries. */
async function leaseHolder(url: string, lease: string): Promise<number | undefined> {
  const rows = await query<{ application_name: string }>(
    url,
    `select a.application_name from pg_locks l join pg_stat_activity a on a.pid = l.pid
      where l.locktype = 'advisory' and l.granted and a.datname = current_database() and a.application_name like $1`,
    [`rtop ${lease} pid %`],
  );
  const pid = /pid (\d+)/.exec(rows[0]?.application_name ?? '')?.[1];
  return pid ? Number(pid) : undefined;
}

/** Events in a context's store its relay has not yet published. */
async function relayEventsBehind(url: string, context: string): Promise<number> {
  const schema = `rtop_${context.replace(/-/g, '_')}`;
  const [{ behind }] = await query<{ behind: number }>(
    url,
    `select count(*)::int as behind from ${schema}.rtop_events e
      where (e.transaction_id, e.global_position) >
            coalesce((select (c.transaction_id, c.position) from ${schema}.rtop_checkpoints c where c.subscriber = 'relay:event-log'), ('0'::xid8, 0::bigint))`,
    [],
  );
  return behind;
}

/** The consumer groups of the deployment that are not stable with members, or not caught up. */
async function groupsBehind(admin: Admin, namespace: string): Promise<string[]> {
  const groupIds = (await admin.listGroups()).groups.map((g) => g.groupId).filter((id) => id.startsWith(`${namespace}.`));
  const { groups } = await admin.describeGroups(groupIds);
  const unstable = groups.filter((g) => g.state !== 'Stable' || !g.members.length).map((g) => `${g.groupId} ${g.state}`);
  const lagging = await Promise.all(
    groupIds.map(async (groupId) => {
      const behind: string[] = [];
      for (const { topic, partitions } of await admin.fetchOffsets({ groupId })) {
        const ends = await admin.fetchTopicOffsets(topic);
        for (const { partition, offset } of partitions) {
          const end = Number(ends.find((e) => e.partition === partition)!.high);
          if (Math.max(Number(offset), 0) < end) behind.push(`${groupId} ${topic}/${partition} at ${offset} of ${end}`);
        }
      }
      return behind;
    }),
  );
  return [...unstable, ...lagging.flat()];
}

async function query<Row>(url: string, text: string, params: unknown[]): Promise<Row[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text, params)).rows as Row[];
  } finally {
    await client.end();
  }
}
