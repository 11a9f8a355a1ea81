import { randomUUID } from 'node:crypto';
import { Logger } from '@nestjs/common';
import { Client } from 'pg';
import { EventStore, NewEvent, SqlEventStore, SqlSession, postgresSession, schemaOf } from '@rtop/event-store';
import { OwnKafkaBroker, TestDatabase, createTestDatabase, eventually } from '@rtop/testing';
import { LogSubscription } from '../event-log.port';
import { LoggedEvent } from '../logged-event';
import { KafkaEventLog } from './kafka-event-log';

const caseEvent = (caseId: string, n: number): NewEvent => ({
  eventId: randomUUID(),
  type: 'information-report-filed',
  data: { n },
  metadata: { caseId, context: 'focal-point', schemaVersion: 1 },
});

/**
 * The relay on a broker of this spec's own, stopped and started at will, and on a lease in
 * PostgreSQL that one replica holds at a time. Each test's context has a store of its own, as in
 * a deployment: the relays of the tests before go on running, and on a shared store they would
 * publish this test's events to their own topics and move the one relay checkpoint past them.
 */
describe('the relay of a context to Kafka, through broker outages and replica crashes', () => {
  const namespace = `relay-${randomUUID().slice(0, 8)}`;
  let broker: OwnKafkaBroker;
  let database: TestDatabase;
  let session: SqlSession;
  const sessions: SqlSession[] = [];
  const logs: KafkaEventLog[] = [];
  const running: LogSubscription[] = [];

  /** A process's log: its own database connections and its own Kafka clients. */
  const processLog = () => {
    const session = postgresSession(database.url);
    const log = new KafkaEventLog(
      { brokers: broker.brokers, namespace, clientId: 'relay-spec', partitions: 3, replicationFactor: 1 },
      session,
    );
    sessions.push(session);
    logs.push(log);
    return log;
  };
  const receivedBy = async (log: KafkaEventLog, context: string) => {
    const received: LoggedEvent[] = [];
    running.push(
      await log.subscribe({
        group: `reader-${randomUUID()}`,
        contexts: [context],
        handle: (event) => {
          received.push(event);
          return Promise.resolve();
        },
      }),
    );
    return received;
  };
  const storeOf = (context: string) => SqlEventStore.open(session, schemaOf(context));
  const append = async (store: EventStore, caseId: string, from: number, to: number) => {
    for (let n = from; n < to; n++) await store.append(`case-${caseId}`, [caseEvent(caseId, n)], n === 0 ? 'no_stream' : BigInt(n - 1));
  };
  const numbers = (events: readonly LoggedEvent[]) => events.map((event) => (event.data as { n: number }).n);
  /** Resolves once the relay of `context` has reported that it could not publish. */
  const relayFailed = (context: string) =>
    new Promise<void>((resolve) => {
      const spy = jest.spyOn(Logger.prototype, 'error').mockImplementation((message: unknown) => {
        if (String(message).startsWith(`${context}:`)) {
          spy.mockRestore();
          resolve();
        }
      });
    });

  beforeAll(async () => {
    [broker, database] = await Promise.all([OwnKafkaBroker.create(), createTestDatabase()]);
    session = postgresSession(database.url);
    sessions.push(session);
  });
  afterAll(async () => {
    await Promise.all(running.map((subscription) => subscription.stop()));
    await Promise.all(logs.map((log) => log.close()));
    await Promise.all(sessions.map((session) => session.close()));
    await database.drop();
    await broker.dispose();
  }, 120_000);

  it('publishes what was written while no broker was up yet, once one is', async () => {
    const context = `before-broker-${randomUUID().slice(0, 8)}`;
    const caseId = randomUUID();
    const store = await storeOf(context);
    const failed = relayFailed(context);
    const log = processLog();
    running.push(log.attach(context, store));
    await append(store, caseId, 0, 5);
    await failed;

    await broker.start();
    const received = await receivedBy(processLog(), context);
    await eventually(() => expect(numbers(received)).toEqual([0, 1, 2, 3, 4]), 60_000);
  }, 240_000);

  it('tries its first connection to the broker again after it failed, never keeping the failure', async () => {
    const context = `broker-restart-${randomUUID().slice(0, 8)}`;
    const caseId = randomUUID();
    const store = await storeOf(context);
    // The relay's log already knows the topic (its own consumer joined), and has published nothing.
    const log = processLog();
    const received = await receivedBy(log, context);
    running.push(log.attach(context, store));

    await broker.stop();
    const failed = relayFailed(context);
    await append(store, caseId, 0, 5);
    await failed;
    await broker.start();
    const up = Date.now();
    await eventually(() => expect(numbers(received)).toEqual([0, 1, 2, 3, 4]), 60_000);
    console.log(`relay and consumer resumed ${Date.now() - up} ms after the broker was back`);
  }, 240_000);

  it('relays from one replica at a time, and from another within seconds of the holder’s crash', async () => {
    const context = `replicas-${randomUUID().slice(0, 8)}`;
    const caseId = randomUUID();
    const store = await storeOf(context);
    const received = await receivedBy(processLog(), context);
    running.push(processLog().attach(context, store), processLog().attach(context, store));
    await append(store, caseId, 0, 5);
    await eventually(() => expect(numbers(received)).toEqual([0, 1, 2, 3, 4]), 60_000);

    // The holder's connection closes as a crashed process's does; its lock goes with it.
    const holder = await leaseHolder(database.url, context);
    await terminate(database.url, holder!);
    const crashed = Date.now();
    const successor = await eventually(async () => {
      const pid = await leaseHolder(database.url, context);
      expect(pid).toBeDefined();
      expect(pid).not.toBe(holder);
      return pid;
    }, 10_000);
    console.log(`relay lease taken over by backend ${successor} ${Date.now() - crashed} ms after its holder's connection closed`);

    await append(store, caseId, 5, 8);
    await eventually(() => expect(numbers(received)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]), 60_000);
  }, 240_000);
});

/** The backend holding the relay lease of `context`, found by the name its connection carries. */
async function leaseHolder(url: string, context: string): Promise<number | undefined> {
  const rows = await sql<{ pid: number }>(
    url,
    `select l.pid from pg_locks l join pg_stat_activity a on a.pid = l.pid
      where l.locktype = 'advisory' and l.granted and a.application_name like $1`,
    [`rtop relay:${context} %`],
  );
  return rows[0]?.pid;
}

async function terminate(url: string, pid: number): Promise<void> {
  await sql(url, 'select pg_terminate_backend($1)', [pid]);
}

async function sql<Row>(url: string, text: string, params: unknown[]): Promise<Row[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text, params)).rows as Row[];
  } finally {
    await client.end();
  }
}
