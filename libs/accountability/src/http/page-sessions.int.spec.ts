import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqlSession, pgliteSession } from '@rtop/event-store';
import { Actor } from '@rtop/kernel';
import { PageSessions } from './page-sessions';

const auditor: Actor = { body: 'un-joint-office', person: 'Auditor', role: 'auditor' };
const MINUTE = 60_000;

/** Page sessions in the accountability context's store, on the embedded PostgreSQL, by a clock the spec turns. */
describe('page sessions', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'rtop-page-sessions-'));
  let sql: SqlSession;
  let now: number;
  let sessions: PageSessions;
  const storedRows = async () =>
    (await sql.query<{ rows: number }>('select count(*)::int as rows from rtop_accountability.page_sessions'))[0].rows;

  beforeAll(async () => {
    sql = await pgliteSession(dataDir);
  }, 60_000);
  afterAll(async () => {
    await sql.close();
    rmSync(dataDir, { recursive: true, force: true });
  });
  beforeEach(() => {
    now = Date.parse('2024-03-01T12:00:00Z');
    sessions = new PageSessions(sql, () => now);
  });
  afterEach(async () => {
    await sql.query('truncate rtop_accountability.page_sessions');
  });

  it('name the reader by an opaque random id until they expire', async () => {
    const session = await sessions.start(auditor);
    expect(session.id).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(session.id).not.toContain('Auditor');
    expect((await sessions.start(auditor)).id).not.toBe(session.id);
    expect(session.expiresAt.toISOString()).toBe('2024-03-01T12:15:00.000Z');

    now += 15 * MINUTE - 1;
    expect(await sessions.find(session.id)).toEqual({ id: session.id, reader: auditor, expiresAt: session.expiresAt });
    now += 1;
    expect(await sessions.find(session.id)).toBeUndefined();
  });

  it('are known to every instance on the same store, as to replicas behind a load balancer', async () => {
    const session = await sessions.start(auditor);
    expect((await new PageSessions(sql, () => now).find(session.id))?.reader).toEqual(auditor);
  });

  it('end when the reader signs out', async () => {
    const session = await sessions.start(auditor);
    await sessions.end(session.id);
    expect(await sessions.find(session.id)).toBeUndefined();
    expect(await storedRows()).toBe(0);
  });

  it('know no id they did not give out', async () => {
    await sessions.start(auditor);
    expect(await sessions.find('not-a-session')).toBeUndefined();
    expect(await sessions.find(undefined)).toBeUndefined();
  });

  it('keep only a digest of each id: what the table holds opens no session', async () => {
    const session = await sessions.start(auditor);
    const [row] = await sql.query<{ digest: string; held: string }>(
      `select encode(id_digest, 'hex') as digest, t::text as held from rtop_accountability.page_sessions t`,
    );
    expect(row.held).not.toContain(session.id);
    expect(row.digest).toMatch(/^[0-9a-f]{64}$/);
    for (const stolen of [row.digest, Buffer.from(row.digest, 'hex').toString('base64url')])
      expect(await sessions.find(stolen)).toBeUndefined();
  });

  it('are forgotten once expired, when the next one starts', async () => {
    const first = await sessions.start(auditor);
    now += 10 * MINUTE;
    const second = await sessions.start(auditor);
    now += 6 * MINUTE;
    const third = await sessions.start(auditor);
    const found = await Promise.all([first, second, third].map(async (s) => (await sessions.find(s.id)) !== undefined));
    expect(found).toEqual([false, true, true]);
    expect(await storedRows()).toBe(2);
  });
});
