import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EventStore, RecordedEvent, SqlEventStore, SqlSession, pgliteSession, postgresSession, schemaOf } from '@rtop/event-store';
import { TestDatabase, createTestDatabase, eventually } from '@rtop/testing';
import { Projection, ProjectionScope } from './projection';
import { RebuildProgress, ProjectionRunner } from './projection-runner';

/** Counts the events of each stream: a read model that would show any event applied twice. */
class EventsPerStream implements Projection {
  readonly name = 'focal-point.events-per-stream';
  readonly context = 'focal-point' as const;
  readonly tables = ['events_per_stream'];
  failOnType?: string;

  setup(schema: string): string {
    return `create table if not exists ${schema}.events_per_stream (stream_id text primary key, events int not null)`;
  }

  async apply(events: readonly RecordedEvent[], { tx, schema }: ProjectionScope): Promise<void> {
    for (const event of events) {
      if (event.type === this.failOnType) throw new Error(`cannot apply ${event.type}`);
      await tx.query(
        `insert into ${schema}.events_per_stream values ($1, 1) on conflict (stream_id) do update set events = events_per_stream.events + 1`,
        [event.streamId],
      );
    }
  }
}

const appendTo = (store: EventStore, streamId: string, ...types: string[]) =>
  store.append(
    streamId,
    types.map((type) => ({ eventId: randomUUID(), type, data: {}, metadata: {} })),
    'any',
  );

describe.each(['pglite', 'postgres'] as const)('a projection on %s', (adapter) => {
  let database: TestDatabase | undefined;
  let dataDir: string | undefined;
  let sql: SqlSession;
  let store: EventStore;
  const schema = schemaOf('focal-point');
  const counts = async () =>
    Object.fromEntries(
      (await sql.query<{ stream_id: string; events: number }>(`select * from ${schema}.events_per_stream order by 1`)).map((r) => [
        r.stream_id,
        r.events,
      ]),
    );

  beforeAll(async () => {
    if (adapter === 'postgres') {
      database = await createTestDatabase();
      sql = postgresSession(database.url);
    } else {
      dataDir = mkdtempSync(join(tmpdir(), 'rtop-projection-'));
      sql = await pgliteSession(dataDir);
    }
    store = await SqlEventStore.open({ ...sql, close: () => Promise.resolve() }, schema);
  });
  afterAll(async () => {
    await sql.close();
    await database?.drop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('applies every event once, in small batches, and shows how far behind it is', async () => {
    await appendTo(store, 'case-a', ...Array.from({ length: 25 }, () => 'information-report-filed'));
    await appendTo(store, 'case-b', 'case-opened');
    const runner = new ProjectionRunner(new EventsPerStream(), store, sql, { batchSize: 7, pollMs: 20 });
    expect((await runner.status()).eventsBehind).toBe(26);

    runner.start();
    await runner.caughtUp();
    await appendTo(store, 'case-b', 'report-approved');
    await runner.caughtUp();
    await runner.stop();

    expect(await counts()).toEqual({ 'case-a': 25, 'case-b': 2 });
    expect((await runner.status()).eventsBehind).toBe(0);
  });

  it('rolls a failing batch back whole and applies it once when it can, without skipping it', async () => {
    const projection = new EventsPerStream();
    projection.failOnType = 'poisoned';
    const runner = new ProjectionRunner(projection, store, sql, { batchSize: 50, pollMs: 10 });
    await runner.rebuild();
    const before = await counts();
    await appendTo(store, 'case-c', 'case-opened', 'poisoned', 'report-approved');

    runner.start();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect((await runner.status()).eventsBehind).toBe(3);
    expect((await counts())['case-c']).toBeUndefined();

    projection.failOnType = undefined;
    await eventually(async () => expect((await counts())['case-c']).toBe(3));
    await runner.stop();
    expect(await counts()).toEqual({ ...before, 'case-c': 3 });
  });

  it('rebuilds from zero to the model it kept live, reporting progress', async () => {
    const runner = new ProjectionRunner(new EventsPerStream(), store, sql, { batchSize: 4 });
    runner.start();
    await runner.caughtUp();
    const live = await counts();
    const progress: RebuildProgress[] = [];

    await runner.rebuild((p) => progress.push(p));

    expect(await counts()).toEqual(live);
    const total = Object.values(live).reduce((a, b) => a + b, 0);
    expect(progress[0]).toEqual({ name: 'focal-point.events-per-stream', done: 0, total });
    expect(progress.at(-1)).toEqual({ name: 'focal-point.events-per-stream', done: total, total });
    await appendTo(store, 'case-a', 'report-verified');
    await runner.caughtUp();
    await runner.stop();
    expect((await counts())['case-a']).toBe(live['case-a'] + 1);
  });

  it('lets one of two runners of the same model apply each batch', async () => {
    const first = new ProjectionRunner(new EventsPerStream(), store, sql, { batchSize: 3, pollMs: 10 });
    const second = new ProjectionRunner(new EventsPerStream(), store, sql, { batchSize: 3, pollMs: 10 });
    await first.rebuild();
    const before = await counts();
    first.start();
    second.start();
    await appendTo(store, 'case-d', ...Array.from({ length: 20 }, () => 'information-report-filed'));
    await first.caughtUp();
    await Promise.all([first.stop(), second.stop()]);
    expect(await counts()).toEqual({ ...before, 'case-d': 20 });
  });
});
