import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eventually } from '@rtop/testing';
import { EventStore, GlobalCheckpoint, NewEvent } from './event-store.port';
import { GlobalLogFollower, followGlobalLog } from './follow-global-log';
import { pgliteSession } from './pglite/pglite-session';
import { SqlEventStore } from './sql/sql-event-store';

const event = (n: number): NewEvent => ({ eventId: randomUUID(), type: `e${n}`, data: { n }, metadata: {} });

/** The store, with a count of the reads of its global log. */
function countingReads(store: EventStore): { store: EventStore; reads: () => number } {
  let reads = 0;
  const counted: EventStore = Object.create(store) as EventStore;
  counted.readGlobalLog = (after: GlobalCheckpoint, limit: number) => {
    reads++;
    return store.readGlobalLog(after, limit);
  };
  return { store: counted, reads: () => reads };
}

describe('the followers of one store share one reader of its global log', () => {
  let dataDir: string;
  let raw: SqlEventStore;
  const followers: GlobalLogFollower[] = [];
  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'rtop-log-tail-'));
    raw = await SqlEventStore.open(await pgliteSession(dataDir));
    // Creating an embedded cluster takes a while on a busy machine.
  }, 120_000);
  afterEach(async () => {
    await Promise.all(followers.splice(0).map((follower) => follower.stop()));
  });
  afterAll(async () => {
    await raw.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  /** Starts a follower that keeps the types it is given of `stream`, in order. */
  const follow = (store: EventStore, stream: string, batchSize?: number) => {
    const seen: string[] = [];
    followers.push(
      followGlobalLog(store, {
        subscriber: `tail-${randomUUID()}`,
        batchSize,
        // Appends in this process wake the tail; no poll should be needed.
        pollMs: 60_000,
        handle: (events) => {
          seen.push(...events.filter((e) => e.streamId === stream).map((e) => e.type));
          return Promise.resolve();
        },
      }),
    );
    return seen;
  };

  it('reads the log once for an append that ten caught-up followers all receive', async () => {
    const { store, reads } = countingReads(raw);
    const stream = `s-${randomUUID()}`;
    await store.append(stream, [event(0)], 'no_stream');
    const all = Array.from({ length: 10 }, () => follow(store, stream));
    await eventually(() => expect(all.every((seen) => seen.length === 1)).toBe(true));
    // Every follower has stored its checkpoint and waits on the tail again.
    await new Promise((resolve) => setImmediate(resolve));
    const before = reads();

    await store.append(stream, [event(1)], 0n);

    await eventually(() => expect(all.every((seen) => seen.join() === 'e0,e1')).toBe(true));
    expect(reads() - before).toBe(1);
  });

  it('gives a follower far behind the kept events every event once, in order, from the store and then from the tail', async () => {
    const stream = `s-${randomUUID()}`;
    const live = follow(raw, stream);
    const written = Array.from({ length: 2_600 }, (_, n) => event(n));
    for (let n = 0; n < written.length; n += 200) {
      await raw.append(stream, written.slice(n, n + 200), n === 0 ? 'no_stream' : BigInt(n - 1));
    }
    await eventually(() => expect(live).toHaveLength(written.length), 60_000);

    const late = follow(raw, stream, 150);
    await eventually(() => expect(late).toHaveLength(written.length), 60_000);
    await raw.append(stream, [event(2_600)], BigInt(written.length - 1));

    const expected = [...written.map((e) => e.type), 'e2600'];
    await eventually(() => expect(late).toEqual(expected));
    await eventually(() => expect(live).toEqual(expected));
  });
});
