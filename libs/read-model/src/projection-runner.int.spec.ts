import { randomUUID } from 'node:crypto';
import { EventStore, RecordedEvent, SqlEventStore, SqlSession, schemaOf } from '@rtop/event-store';
import { BOTH_ADAPTERS, eventually, scratchSession, ScratchSession } from '@rtop/testing';
import { Projection, ProjectionScope } from './projection';
import { ProjectionRunner, ProjectionVersionAhead, RebuildProgress, VersionRebuild } from './projection-runner';

/** Counts the events of each stream: a read model that would show any event applied twice. */
class EventsPerStream implements Projection {
  readonly name = 'focal-point.events-per-stream';
  readonly context = 'focal-point' as const;
  readonly version = 1;
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

/**
 * The events of each of its streams (those named after its table) and, from version 2, the type
 * of the last: a model whose tables changed shape from one release to the next.
 */
class StreamDigest implements Projection {
  readonly name: string;
  readonly context = 'focal-point' as const;
  readonly tables: readonly string[];

  constructor(
    readonly version: number,
    private readonly table: string,
  ) {
    this.name = `focal-point.${table}`;
    this.tables = [table];
  }

  setup(schema: string): string {
    const lastType = this.version >= 2 ? ', last_type text' : '';
    return `create table if not exists ${schema}.${this.table} (stream_id text primary key, events int not null${lastType})`;
  }

  async apply(events: readonly RecordedEvent[], { tx, schema }: ProjectionScope): Promise<void> {
    for (const event of events.filter((e) => e.streamId.startsWith(this.table))) {
      if (this.version === 1)
        await tx.query(
          `insert into ${schema}.${this.table} as d values ($1, 1) on conflict (stream_id) do update set events = d.events + 1`,
          [event.streamId],
        );
      else
        await tx.query(
          `insert into ${schema}.${this.table} as d values ($1, 1, $2)
           on conflict (stream_id) do update set events = d.events + 1, last_type = excluded.last_type`,
          [event.streamId, event.type],
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

describe.each(BOTH_ADAPTERS)('a projection on %s', (adapter) => {
  let scratch: ScratchSession;
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

  const rowsOf = (table: string) => sql.query(`select * from ${schema}.${table} order by stream_id`);
  const columnsOf = async (table: string) =>
    (
      await sql.query<{ column_name: string }>(
        `select column_name from information_schema.columns where table_schema = $1 and table_name = $2 order by ordinal_position`,
        [schema, table],
      )
    ).map((c) => c.column_name);
  const followUntilCaughtUp = async (runner: ProjectionRunner) => {
    runner.start();
    await runner.caughtUp();
    await runner.stop();
  };

  beforeAll(async () => {
    scratch = await scratchSession(adapter, 'projection');
    ({ sql } = scratch);
    store = await SqlEventStore.open({ ...sql, close: () => Promise.resolve() }, schema);
    // Creating an embedded cluster takes a while on a busy machine.
  }, 120_000);
  afterAll(async () => {
    await scratch.discard();
  });

  it('applies every event once, in small batches, and shows how far behind it is', async () => {
    await appendTo(store, 'case-a', ...Array.from({ length: 25 }, () => 'information-report-filed'));
    await appendTo(store, 'case-b', 'case-opened');
    const runner = new ProjectionRunner(new EventsPerStream(), store, sql, { batchSize: 7, pollMs: 20 });
    expect(await runner.status()).toMatchObject({ name: 'focal-point.events-per-stream', version: 1, eventsBehind: 26 });

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

  describe('whose version went up', () => {
    it('drops the tables the earlier version made and builds them again from the first event', async () => {
      await appendTo(store, 'digest_upgraded-1', 'case-opened', 'report-filed');
      await followUntilCaughtUp(new ProjectionRunner(new StreamDigest(1, 'digest_upgraded'), store, sql));
      await appendTo(store, 'digest_upgraded-2', 'case-opened');
      const rebuilds: VersionRebuild[] = [];
      const upgraded = new ProjectionRunner(new StreamDigest(2, 'digest_upgraded'), store, sql, { onRebuild: (r) => rebuilds.push(r) });

      await upgraded.setUp();

      expect(rebuilds).toEqual([{ name: 'focal-point.digest_upgraded', from: 1, to: 2 }]);
      expect(await columnsOf('digest_upgraded')).toEqual(['stream_id', 'events', 'last_type']);
      expect(await rowsOf('digest_upgraded')).toEqual([]);
      await followUntilCaughtUp(upgraded);
      expect(await rowsOf('digest_upgraded')).toEqual([
        { stream_id: 'digest_upgraded-1', events: 2, last_type: 'report-filed' },
        { stream_id: 'digest_upgraded-2', events: 1, last_type: 'case-opened' },
      ]);
    });

    it('rebuilds once when two runners of the new version set up together', async () => {
      await appendTo(store, 'digest_replicas-1', 'case-opened', 'report-filed');
      await new ProjectionRunner(new StreamDigest(1, 'digest_replicas'), store, sql).rebuild();
      const rebuilds: VersionRebuild[] = [];
      const replicas = [1, 2].map(
        () => new ProjectionRunner(new StreamDigest(2, 'digest_replicas'), store, sql, { onRebuild: (r) => rebuilds.push(r) }),
      );

      await Promise.all(replicas.map((replica) => replica.setUp()));

      expect(rebuilds).toEqual([{ name: 'focal-point.digest_replicas', from: 1, to: 2 }]);
      await Promise.all(replicas.map(followUntilCaughtUp));
      expect(await rowsOf('digest_replicas')).toEqual([{ stream_id: 'digest_replicas-1', events: 2, last_type: 'report-filed' }]);
    });

    it('rebuilds by command in the shape of the current version', async () => {
      await appendTo(store, 'digest_rebuilt-1', 'case-opened');
      await new ProjectionRunner(new StreamDigest(1, 'digest_rebuilt'), store, sql).rebuild();

      await new ProjectionRunner(new StreamDigest(2, 'digest_rebuilt'), store, sql).rebuild();

      expect(await rowsOf('digest_rebuilt')).toEqual([{ stream_id: 'digest_rebuilt-1', events: 1, last_type: 'case-opened' }]);
      await expect(new ProjectionRunner(new StreamDigest(1, 'digest_rebuilt'), store, sql).setUp()).rejects.toThrow(ProjectionVersionAhead);
    });

    it('leaves a runner of the earlier version that was following it nothing to apply', async () => {
      await appendTo(store, 'digest_rolling-1', 'case-opened');
      const errors: unknown[] = [];
      const earlier = new ProjectionRunner(new StreamDigest(1, 'digest_rolling'), store, sql, {
        pollMs: 10,
        onError: (e) => errors.push(e),
      });
      earlier.start();
      await earlier.caughtUp();
      const upgraded = new ProjectionRunner(new StreamDigest(2, 'digest_rolling'), store, sql);
      await upgraded.setUp();

      await appendTo(store, 'digest_rolling-1', 'report-filed');

      await eventually(() => expect(errors.at(-1)).toBeInstanceOf(ProjectionVersionAhead));
      await followUntilCaughtUp(upgraded);
      await earlier.stop();
      expect(await rowsOf('digest_rolling')).toEqual([{ stream_id: 'digest_rolling-1', events: 2, last_type: 'report-filed' }]);
    });
  });

  describe('held by the database at a newer version than the code', () => {
    it('refuses to set it up or rebuild it, and drops nothing', async () => {
      await appendTo(store, 'digest_newer-1', 'case-opened');
      await new ProjectionRunner(new StreamDigest(2, 'digest_newer'), store, sql).rebuild();
      const older = new ProjectionRunner(new StreamDigest(1, 'digest_newer'), store, sql);

      await expect(older.setUp()).rejects.toThrow(
        'read model focal-point.digest_newer is at version 2 in the database, but this release knows version 1 at most',
      );
      await expect(older.rebuild()).rejects.toThrow(ProjectionVersionAhead);

      expect(await rowsOf('digest_newer')).toEqual([{ stream_id: 'digest_newer-1', events: 1, last_type: 'case-opened' }]);
    });
  });
});
