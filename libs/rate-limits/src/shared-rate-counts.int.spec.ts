import { SqlSession, postgresSession } from '@rtop/event-store';
import { TestDatabase, createTestDatabase } from '@rtop/testing';
import { SharedRateCounts } from './shared-rate-counts';

/** Two replicas' counts on one PostgreSQL database: each with its own pool, as two processes have. */
describe('rate counts shared through the database', () => {
  let database: TestDatabase;
  let sessions: SqlSession[];
  let replicas: SharedRateCounts[];
  const LIMIT = 3;
  const hit = (replica: number, key: string, ttlMs = 60_000, blockMs = 60_000) => replicas[replica].increment(key, ttlMs, LIMIT, blockMs);
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  beforeAll(async () => {
    database = await createTestDatabase();
    sessions = [postgresSession(database.url), postgresSession(database.url)];
    replicas = await Promise.all(sessions.map((sql) => SharedRateCounts.open(sql)));
  }, 60_000);
  afterAll(async () => {
    for (const sql of sessions) await sql.close();
    await database.drop();
  });

  it('counts one token across replicas, and blocks it on whichever it reaches next once past the limit', async () => {
    const counted = [await hit(0, 'token-a'), await hit(1, 'token-a'), await hit(0, 'token-a')];
    expect(counted.map((c) => [c.totalHits, c.isBlocked])).toEqual([
      [1, false],
      [2, false],
      [3, false],
    ]);
    const past = await hit(1, 'token-a');
    expect(past).toMatchObject({ totalHits: 4, isBlocked: true });
    expect(past.timeToBlockExpire).toBeGreaterThan(55);
    expect(past.timeToBlockExpire).toBeLessThanOrEqual(60);
    expect(await hit(0, 'token-a')).toMatchObject({ totalHits: 4, isBlocked: true });
  });

  it('keeps each token apart', async () => {
    for (let n = 0; n < LIMIT; n++) await hit(0, 'token-b');
    expect(await hit(1, 'token-c')).toMatchObject({ totalHits: 1, isBlocked: false });
  });

  it('starts a new window once the last has ended, and lets a blocked token in once its block ends', async () => {
    for (let n = 0; n < LIMIT; n++) await hit(0, 'token-d', 300, 300);
    expect(await hit(1, 'token-d', 300, 300)).toMatchObject({ isBlocked: true });
    await sleep(400);
    expect(await hit(1, 'token-d', 300, 300)).toMatchObject({ totalHits: 1, isBlocked: false, timeToBlockExpire: 0 });
  });

  it('counts every one of many requests sent at once from both replicas', async () => {
    const burst = await Promise.all(Array.from({ length: 20 }, (_, n) => hit(n % 2, 'token-e')));
    expect(
      burst
        .map((c) => c.totalHits)
        .sort((a, b) => a - b)
        .slice(0, LIMIT + 1),
    ).toEqual([1, 2, 3, 4]);
    expect(burst.filter((c) => !c.isBlocked)).toHaveLength(LIMIT);
  });
});
