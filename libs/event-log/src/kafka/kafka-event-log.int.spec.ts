import { randomUUID } from 'node:crypto';
import { EventStore, NewEvent, SqlEventStore, SqlSession, postgresSession } from '@rtop/event-store';
import { KAFKA_BROKERS, TestDatabase, createTestDatabase, eventually } from '@rtop/testing';
import { LoggedEvent } from '../logged-event';
import { KafkaEventLog } from './kafka-event-log';

const caseEvent = (caseId: string, n: number): NewEvent => ({
  eventId: randomUUID(),
  type: 'information-report-filed',
  data: { n },
  metadata: {
    caseId,
    context: 'focal-point',
    schemaVersion: 1,
    actor: { body: 'un-joint-office', person: 'p', role: 'r' },
    occurredAt: '2008-01-01T00:00:00.000Z',
  },
});

/** A handler that keeps the numbers of one case's events, in the order they come. */
const numbersOf = (caseId: string, numbers: number[]) => (event: LoggedEvent) => {
  if (event.caseId === caseId) numbers.push((event.data as { n: number }).n);
  return Promise.resolve();
};

describe('the event log on a real Kafka broker', () => {
  const context = `relay-test-${randomUUID().slice(0, 8)}`;
  const newLog = () =>
    new KafkaEventLog(
      { brokers: KAFKA_BROKERS, namespace: 'rtop-test', clientId: 'rtop-test', partitions: 3, replicationFactor: 1 },
      session,
    );
  let database: TestDatabase;
  let session: SqlSession;
  let store: EventStore;
  beforeAll(async () => {
    database = await createTestDatabase();
    session = postgresSession(database.url);
    store = await SqlEventStore.open(session, 'rtop_focal_point');
  });
  afterAll(async () => {
    await store.close();
    await database.drop();
  });

  it('relays a context’s events keyed by case, in order per case, as CloudEvents, and resumes after a crash', async () => {
    const [caseA, caseB] = [randomUUID(), randomUUID()];
    for (let n = 0; n < 5; n++) {
      await store.append(`focal-point-case-${caseA}`, [caseEvent(caseA, n)], n === 0 ? 'no_stream' : BigInt(n - 1));
      await store.append(`focal-point-case-${caseB}`, [caseEvent(caseB, n)], n === 0 ? 'no_stream' : BigInt(n - 1));
    }
    const relayLog = newLog();
    const relay = relayLog.attach(context, store);

    const consumerLog = newLog();
    const received: LoggedEvent[] = [];
    const subscription = await consumerLog.subscribe({
      group: `consumer-${context}`,
      contexts: [context],
      handle: (e) => {
        received.push(e);
        return Promise.resolve();
      },
    });
    await eventually(() => expect(received).toHaveLength(10), 60_000);

    // The relay crashes; events appended meanwhile go out when it is back, from its checkpoint.
    await relay.stop();
    await relayLog.close();
    for (let n = 5; n < 8; n++) await store.append(`focal-point-case-${caseA}`, [caseEvent(caseA, n)], BigInt(n - 1));
    const restarted = newLog();
    const relayAgain = restarted.attach(context, store);
    await eventually(() => expect(received.filter((e) => e.caseId === caseA)).toHaveLength(8), 60_000);

    const ofA = received.filter((e) => e.caseId === caseA);
    expect(ofA.map((e) => (e.data as { n: number }).n)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(ofA.map((e) => e.revision)).toEqual([0n, 1n, 2n, 3n, 4n, 5n, 6n, 7n]);
    expect(new Set(received.map((e) => e.eventId)).size).toBe(received.length);
    expect(ofA[0]).toMatchObject({
      type: 'information-report-filed',
      context: 'focal-point',
      streamId: `focal-point-case-${caseA}`,
      metadata: { caseId: caseA, actor: { body: 'un-joint-office' }, occurredAt: '2008-01-01T00:00:00.000Z' },
    });

    await relayAgain.stop();
    await subscription.stop();
    await Promise.all([restarted.close(), consumerLog.close()]);
  }, 120_000);

  it('lets a consumer group resume from where it left off, and a new group read from the beginning', async () => {
    const topicContext = `resume-test-${randomUUID().slice(0, 8)}`;
    const caseId = randomUUID();
    const relayLog = newLog();
    const relay = relayLog.attach(topicContext, store);
    for (let n = 0; n < 3; n++) await store.append(`resume-case-${caseId}`, [caseEvent(caseId, n)], n === 0 ? 'no_stream' : BigInt(n - 1));

    const first: number[] = [];
    const group = `liaison-${topicContext}`;
    let log = newLog();
    let subscription = await log.subscribe({
      group,
      contexts: [topicContext],
      handle: numbersOf(caseId, first),
    });
    await eventually(() => expect(first).toEqual([0, 1, 2]), 60_000);
    await subscription.stop();
    await log.close();

    for (let n = 3; n < 5; n++) await store.append(`resume-case-${caseId}`, [caseEvent(caseId, n)], BigInt(n - 1));
    const resumed: number[] = [];
    log = newLog();
    subscription = await log.subscribe({
      group,
      contexts: [topicContext],
      handle: numbersOf(caseId, resumed),
    });
    await eventually(() => expect(resumed).toEqual([3, 4]), 60_000);

    const fresh: number[] = [];
    const freshLog = newLog();
    const freshSubscription = await freshLog.subscribe({
      group: `${group}-new`,
      contexts: [topicContext],
      handle: numbersOf(caseId, fresh),
    });
    await eventually(() => expect(fresh).toEqual([0, 1, 2, 3, 4]), 60_000);

    await Promise.all([subscription.stop(), freshSubscription.stop(), relay.stop()]);
    await Promise.all([log.close(), freshLog.close(), relayLog.close()]);
  }, 120_000);
});
