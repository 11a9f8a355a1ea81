import { randomUUID } from 'node:crypto';
import { EventStore, SqlEventStore, SqlSession, StreamRange, WrongExpectedVersion, postgresSession } from '@rtop/event-store';
import { TestDatabase, createTestDatabase } from '@rtop/testing';
import { Actor } from './actor';
import { CommandEnvelope, DomainEvent } from './command-envelope';
import { Decider } from './decider';
import { decideAndAppend, loadState } from './decide-and-append';
import { RuleViolated } from './domain-error';

type Tally = DomainEvent<'counted', { readonly by: number }>;
type Count = { readonly type: 'count'; readonly by: number } & CommandEnvelope;
/** A tally that refuses to pass ten: a rule that depends on every event before it. */
const tally: Decider<Count, Tally, number> = {
  initialState: 0,
  evolve: (total, event) => total + event.data.by,
  decide: (command, total) => {
    if (total + command.by > 10) throw new RuleViolated('at-most-ten', `the tally is ${total}; ${command.by} more would pass ten`);
    return [{ type: 'counted', data: { by: command.by } }];
  },
};
const actor: Actor = { body: 'un-joint-office', person: 'Officer', role: 'officer' };
const count = (by: number): Count => ({ type: 'count', by, actor, at: new Date() });

describe('a command loads its stream at a cost that does not grow with the stream', () => {
  let database: TestDatabase;
  let sql: SqlSession;
  let store: EventStore;
  let reads: StreamRange[];
  const run = (streamId: string, by: number, idempotencyKey?: string) =>
    decideAndAppend(store, tally, { streamId, caseId: streamId, context: 'focal-point', command: count(by), idempotencyKey });

  beforeAll(async () => {
    database = await createTestDatabase();
    sql = postgresSession(database.url);
    const real = await SqlEventStore.open(sql);
    reads = [];
    store = Object.assign(Object.create(real), {
      readStream: (id: string, range?: StreamRange) => {
        reads.push(range ?? {});
        return real.readStream(id, range);
      },
    });
  });
  afterAll(async () => {
    await sql.close();
    await database.drop();
  });
  beforeEach(() => (reads = []));

  it('decides on the state it already folded: the stream is read once, by the first command', async () => {
    const stream = `tally-${randomUUID()}`;
    for (let i = 0; i < 5; i++) await run(stream, 1);
    expect(reads.map((r) => r.fromRevision)).toEqual([0n]);
    expect(await loadState(store, tally, stream)).toEqual({ state: 5, revision: 4n });
  });

  it('folds in what another process wrote before deciding', async () => {
    const stream = `tally-${randomUUID()}`;
    await run(stream, 4);
    await store.append(stream, [{ eventId: randomUUID(), type: 'counted', data: { by: 5 }, metadata: {} }], 0n);
    await expect(run(stream, 2)).rejects.toMatchObject({ rule: 'at-most-ten' });
    await expect(run(stream, 1)).resolves.toMatchObject({ revision: 2n });
    expect(await loadState(store, tally, stream)).toEqual({ state: 10, revision: 2n });
  });

  it('accepts a command its kept state would refuse when the stored stream allows it', async () => {
    const stream = `tally-${randomUUID()}`;
    await run(stream, 9);
    await store.append(stream, [{ eventId: randomUUID(), type: 'counted', data: { by: -5 }, metadata: {} }], 0n);
    await expect(run(stream, 5)).resolves.toMatchObject({ revision: 2n });
    expect(await loadState(store, tally, stream)).toEqual({ state: 9, revision: 2n });
  });

  it('decides again on the stored stream when another process wrote first, and is not overtaken', async () => {
    const stream = `tally-${randomUUID()}`;
    await run(stream, 1);
    await store.append(stream, [{ eventId: randomUUID(), type: 'counted', data: { by: 2 }, metadata: {} }], 0n);
    await expect(run(stream, 3)).resolves.toMatchObject({ revision: 2n });
    const events = await store.readStream(stream);
    expect(events.map((e) => (e.data as { by: number }).by)).toEqual([1, 2, 3]);
  });

  it('checks If-Match against the stored stream, not against what it kept', async () => {
    const stream = `tally-${randomUUID()}`;
    await run(stream, 1);
    await store.append(stream, [{ eventId: randomUUID(), type: 'counted', data: { by: 1 }, metadata: {} }], 0n);
    const withIfMatch = (expectedRevision: bigint) =>
      decideAndAppend(store, tally, { streamId: stream, caseId: stream, context: 'focal-point', command: count(1), expectedRevision });
    await expect(withIfMatch(0n)).rejects.toMatchObject({ rule: 'optimistic-concurrency' });
    await expect(withIfMatch(1n)).resolves.toMatchObject({ revision: 2n });
  });

  it('answers a command sent again with the same key with its first outcome, writing nothing', async () => {
    const stream = `tally-${randomUUID()}`;
    const first = await run(stream, 3, 'key-1');
    await run(stream, 1);
    const again = await run(stream, 3, 'key-1');
    expect(again).toEqual(first);
    expect(await loadState(store, tally, stream)).toEqual({ state: 4, revision: 1n });
    expect(reads.some((r) => r.fromRevision === undefined)).toBe(false);
  });

  it('keeps the state right across a refused command', async () => {
    const stream = `tally-${randomUUID()}`;
    await run(stream, 9);
    await expect(run(stream, 5)).rejects.toBeInstanceOf(RuleViolated);
    await expect(run(stream, 1)).resolves.toMatchObject({ revision: 1n });
  });
});

describe('a command that loses its append to another writer', () => {
  let database: TestDatabase;
  let sql: SqlSession;
  let real: EventStore;
  /** Another writer that gets to the stream first, `times` times, each just before the command's append. */
  const racedBy = (by: number, times: number) => {
    let left = times;
    const store: EventStore = Object.assign(Object.create(real), {
      append: async (...args: Parameters<EventStore['append']>) => {
        if (left-- > 0) await real.append(args[0], [{ eventId: randomUUID(), type: 'counted', data: { by }, metadata: {} }], 'any');
        return real.append(...args);
      },
    });
    return store;
  };
  const run = (store: EventStore, streamId: string, by: number, expectedRevision?: bigint) =>
    decideAndAppend(store, tally, { streamId, caseId: streamId, context: 'focal-point', command: count(by), expectedRevision });
  const tallied = async (stream: string) => (await real.readStream(stream)).map((e) => (e.data as { by: number }).by);

  beforeAll(async () => {
    database = await createTestDatabase();
    sql = postgresSession(database.url);
    real = await SqlEventStore.open(sql);
  });
  afterAll(async () => {
    await sql.close();
    await database.drop();
  });

  it('without If-Match is decided again on what that writer left, and goes through', async () => {
    const stream = `tally-${randomUUID()}`;
    await run(real, stream, 1);
    await expect(run(racedBy(2, 3), stream, 3)).resolves.toMatchObject({ revision: 4n });
    expect(await tallied(stream)).toEqual([1, 2, 2, 2, 3]);
  });

  it('without If-Match has every rule checked again on the newer stream', async () => {
    const stream = `tally-${randomUUID()}`;
    await run(real, stream, 4);
    await expect(run(racedBy(5, 1), stream, 2)).rejects.toMatchObject({ rule: 'at-most-ten' });
    expect(await tallied(stream)).toEqual([4, 5]);
  });

  it('without If-Match gives up with 409 once writers have kept getting there first', async () => {
    const stream = `tally-${randomUUID()}`;
    await run(real, stream, 0);
    await expect(run(racedBy(0, 100), stream, 1)).rejects.toBeInstanceOf(WrongExpectedVersion);
    expect((await tallied(stream)).filter((by) => by === 1)).toEqual([]);
  });

  it("with If-Match is the caller's conflict: refused, and nothing written for it", async () => {
    const stream = `tally-${randomUUID()}`;
    await run(real, stream, 1);
    await expect(run(racedBy(2, 1), stream, 3, 0n)).rejects.toBeInstanceOf(WrongExpectedVersion);
    expect(await tallied(stream)).toEqual([1, 2]);
  });
});

describe('an Idempotency-Key', () => {
  let database: TestDatabase;
  let sql: SqlSession;
  let store: EventStore;
  const as = (body: Actor['body'], by: number): Count => ({ type: 'count', by, actor: { ...actor, body }, at: new Date() });
  const run = (streamId: string, command: Count, idempotencyKey: string) =>
    decideAndAppend(store, tally, { streamId, caseId: streamId, context: 'focal-point', command, idempotencyKey });

  beforeAll(async () => {
    database = await createTestDatabase();
    sql = postgresSession(database.url);
    store = await SqlEventStore.open(sql);
  });
  afterAll(async () => {
    await sql.close();
    await database.drop();
  });

  it('reused with a different request is refused with 422, and nothing is written', async () => {
    const stream = `tally-${randomUUID()}`;
    await run(stream, as('un-joint-office', 2), 'draft-1');
    await expect(run(stream, as('un-joint-office', 3), 'draft-1')).rejects.toMatchObject({
      kind: 'rule-violated',
      rule: 'idempotency-key-reused',
    });
    expect(await loadState(store, tally, stream)).toEqual({ state: 2, revision: 0n });
  });

  it('belongs to the body that sent it: the same key from another body is a request of its own', async () => {
    const stream = `tally-${randomUUID()}`;
    const first = await run(stream, as('un-joint-office', 2), 'shared-key');
    const other = await run(stream, as('un-secretary-general', 2), 'shared-key');
    expect(other.revision).toBe(first.revision + 1n);
    expect(await loadState(store, tally, stream)).toEqual({ state: 4, revision: 1n });
  });

  it('is matched on the request as sent, not on what the server added to the command since', async () => {
    const stream = `tally-${randomUUID()}`;
    const sent = (by: number, requestDigest: string) =>
      decideAndAppend(store, tally, {
        streamId: stream,
        caseId: stream,
        context: 'focal-point',
        command: count(by),
        idempotencyKey: 'k',
        requestDigest,
      });
    const first = await sent(2, 'request-1');
    await expect(sent(3, 'request-1')).resolves.toEqual(first);
    await expect(sent(2, 'request-2')).rejects.toMatchObject({ rule: 'idempotency-key-reused' });
    expect(await loadState(store, tally, stream)).toEqual({ state: 2, revision: 0n });
  });

  it('of a reaction is matched on the event it answers: redelivered, it is a replay whatever it derives now', async () => {
    const stream = `tally-${randomUUID()}`;
    const reacted = (by: number) =>
      decideAndAppend(store, tally, {
        streamId: stream,
        caseId: stream,
        context: 'focal-point',
        command: count(by),
        idempotencyKey: 'note|event-1',
        causationId: 'event-1',
      });
    const first = await reacted(2);
    await expect(reacted(5)).resolves.toEqual(first);
    expect(await loadState(store, tally, stream)).toEqual({ state: 2, revision: 0n });
  });

  it('sent again by a different person of the same body, with the same request, is a replay', async () => {
    const stream = `tally-${randomUUID()}`;
    const first = await run(stream, as('un-joint-office', 2), 'k');
    const again = await run(stream, { ...as('un-joint-office', 2), actor: { ...actor, person: 'Another officer' } }, 'k');
    expect(again).toEqual(first);
  });
});

describe('both clocks', () => {
  let database: TestDatabase;
  let sql: SqlSession;
  let store: EventStore;
  const run = (streamId: string, command: Count) =>
    decideAndAppend(store, tally, { streamId, caseId: streamId, context: 'focal-point', command });

  beforeAll(async () => {
    database = await createTestDatabase();
    sql = postgresSession(database.url);
    store = await SqlEventStore.open(sql);
  });
  afterAll(async () => {
    await sql.close();
    await database.drop();
  });

  it('records when an act entered later happened, beside when it was recorded', async () => {
    const stream = `tally-${randomUUID()}`;
    const occurredAt = new Date('2008-01-08T15:00:00Z');
    await run(stream, { ...count(1), occurredAt });
    const [recorded] = await store.readStream(stream);
    expect(recorded.metadata).toMatchObject({ occurredAt: '2008-01-08T15:00:00.000Z' });
    expect(recorded.recordedAt.getTime()).toBeGreaterThan(occurredAt.getTime());
  });

  it('takes the time received as when the act happened when none is given', async () => {
    const stream = `tally-${randomUUID()}`;
    const command = count(1);
    await run(stream, command);
    expect((await store.readStream(stream))[0].metadata).toMatchObject({ occurredAt: command.at.toISOString() });
  });

  it('refuses an act said to happen after it was entered, and writes nothing', async () => {
    const stream = `tally-${randomUUID()}`;
    const command = count(1);
    await expect(run(stream, { ...command, occurredAt: new Date(command.at.getTime() + 3_600_000) })).rejects.toMatchObject({
      rule: 'occurred-at-in-the-future',
    });
    expect(await store.readStream(stream)).toEqual([]);
  });
});
