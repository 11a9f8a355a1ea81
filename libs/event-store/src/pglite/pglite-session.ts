import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { setImmediate as nextTurnOfEventLoop } from 'node:timers/promises';
import { PGlite } from '@electric-sql/pglite';
import { SqlSession } from '../sql/sql-session';

/**
 * PGlite's own start parameters, less `-F`: its default turns fsync off, and an embedded store
 * must not lose an acknowledged write to a power cut. A small buffer pool keeps the standalone
 * process light; the embedded store serves one organisation's caseload, not a fleet.
 */
const START_PARAMS = [
  '--single',
  '-O',
  '-j',
  '-c',
  'search_path=public',
  '-c',
  'exit_on_error=false',
  '-c',
  'log_checkpoints=false',
  '-c',
  'max_worker_processes=0',
  '-c',
  'max_parallel_workers=0',
  '-c',
  'max_parallel_workers_per_gather=0',
  '-c',
  'max_parallel_maintenance_workers=0',
  '-c',
  'io_method=sync',
  '-c',
  'shared_buffers=16MB',
];

/**
 * Creating the cluster (initdb) leaves several hundred MB of WebAssembly memory behind that is
 * never returned, so a new data folder is initialised in a short-lived child process.
 */
function initialiseDataDir(dataDir: string): void {
  if (existsSync(join(dataDir, 'PG_VERSION'))) return;
  const script = `require(${JSON.stringify(require.resolve('@electric-sql/pglite'))}).PGlite.create(${JSON.stringify({ dataDir })}).then((db) => db.close())`;
  execFileSync(process.execPath, ['-e', script], { stdio: 'inherit' });
}

export async function pgliteSession(dataDir: string): Promise<SqlSession> {
  initialiseDataDir(dataDir);
  const db = await PGlite.create({ dataDir, startParams: START_PARAMS });
  return {
    ...sessionOver(db),
    // PGlite runs a statement outside a transaction only once no transaction is open.
    concurrentTransactions: false,
    transaction: (work) =>
      db.transaction((tx) =>
        work({
          ...sessionOver(tx),
          concurrentTransactions: false,
          transaction: () => Promise.reject(new Error('transactions do not nest')),
          tryLease: () => Promise.reject(new Error('a lease outlives a transaction: take it on the session')),
          close: () => Promise.resolve(),
        }),
      ),
    // One process alone opens an embedded store, so its leases are always free and never lost.
    tryLease: () => Promise.resolve({ lost: new Promise<void>(() => undefined), release: () => Promise.resolve() }),
    close: () => db.close(),
  };
}

/**
 * PGlite runs a statement synchronously and settles its promise as a microtask, so a loop of
 * statements (a follower working through a backlog of thousands of events) would never give the
 * event loop a turn: timers, HTTP requests and every other follower would wait for the whole
 * backlog. Each statement first waits for the next turn of the event loop, as a statement sent
 * over a socket does.
 */
function sessionOver(db: Pick<PGlite, 'query' | 'exec'>): Pick<SqlSession, 'query' | 'exec'> {
  return {
    async query<Row>(text: string, params: readonly unknown[] = []) {
      await nextTurnOfEventLoop();
      const result = await db.query<Row>(text, params as unknown[]);
      return result.rows;
    },
    async exec(script) {
      await nextTurnOfEventLoop();
      await db.exec(script);
    },
  };
}
