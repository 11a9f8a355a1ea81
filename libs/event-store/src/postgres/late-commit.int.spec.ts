import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { createTestDatabase, eventually, TestDatabase } from '@rtop/testing';
import { EventStore, NewEvent, START_OF_LOG } from '../event-store.port';
import { followGlobalLog } from '../follow-global-log';
import { SqlEventStore } from '../sql/sql-event-store';
import { postgresSession } from './postgres-session';

const event = (type: string): NewEvent => ({ eventId: randomUUID(), type, data: {}, metadata: {} });

/** A writer whose append transaction stays open until it is told to commit. */
async function openSlowAppend(url: string, streamId: string, events: readonly NewEvent[]) {
  const client = new Client({ connectionString: url });
  await client.connect();
  await client.query('begin');
  await client.query('select * from rtop_append($1, $2, $3::jsonb)', [streamId, 'any', JSON.stringify(events)]);
  return {
    commit: async () => {
      await client.query('commit');
      await client.end();
    },
  };
}

describe('global log on PostgreSQL: a follower never skips an event that commits late', () => {
  let database: TestDatabase;
  let store: EventStore;
  beforeAll(async () => {
    database = await createTestDatabase();
    store = await SqlEventStore.open(postgresSession(database.url));
  });
  afterAll(async () => {
    await store.close();
    await database.drop();
  });

  it('holds the follower back until the earlier transaction commits, then delivers both in order', async () => {
    const slow = await openSlowAppend(database.url, 'slow-stream', [event('taken-first-committed-last')]);
    await store.append('fast-stream', [event('taken-second-committed-first')], 'any');

    // The trap is real: a reader that trusts the position alone sees the later event and moves past the earlier one.
    const naive = new Client({ connectionString: database.url });
    await naive.connect();
    const positionOnly = async (after: string) =>
      (
        await naive.query('select type, global_position::text as p from rtop_events where global_position > $1 order by global_position', [
          after,
        ])
      ).rows;
    const firstNaiveRead = await positionOnly('0');
    expect(firstNaiveRead.map((r) => r.type)).toEqual(['taken-second-committed-first']);

    const beforeCommit = await store.readGlobalLog(START_OF_LOG, 100);
    expect(beforeCommit.events).toEqual([]);
    expect(beforeCommit.next).toEqual(START_OF_LOG);

    await slow.commit();
    expect(await positionOnly(firstNaiveRead[0].p)).toEqual([]);
    await naive.end();

    // Other test files' transactions on the same server may hold the reader back a moment longer.
    await eventually(async () => {
      const afterCommit = await store.readGlobalLog(beforeCommit.next, 100);
      expect(afterCommit.events.map((e) => e.type)).toEqual(['taken-first-committed-last', 'taken-second-committed-first']);
    });
  });

  it('delivers every event exactly once to a live follower while writers commit out of order', async () => {
    const delivered: string[] = [];
    const follower = followGlobalLog(store, {
      subscriber: `late-commit-${randomUUID()}`,
      pollMs: 5,
      handle: (events) => {
        delivered.push(...events.filter((e) => e.streamId.startsWith('race-')).map((e) => e.eventId));
        return Promise.resolve();
      },
    });
    const written: string[] = [];
    await Promise.all(
      Array.from({ length: 24 }, async (_, i) => {
        const events = [event('race'), event('race')];
        written.push(...events.map((e) => e.eventId));
        const slow = await openSlowAppend(database.url, `race-${i % 4}`, events);
        await new Promise((resolve) => setTimeout(resolve, Math.random() * 60));
        await slow.commit();
      }),
    );
    await eventually(() => expect(delivered).toHaveLength(written.length));
    await follower.stop();
    expect(new Set(delivered)).toEqual(new Set(written));
    expect(new Set(delivered).size).toBe(delivered.length);
  });
});
