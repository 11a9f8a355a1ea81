import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { EventStoreConfig, SQL_SESSION, SqlSession } from '@rtop/event-store';
import { loadDeploymentKeys } from '@rtop/identity';
import { NO_RATE_LIMITS } from '@rtop/rate-limits';
import { createRtopApp } from '@rtop/service-host';
import { STANDALONE } from '../apps/standalone/src/standalone';

/** The server a bench's PostgreSQL databases are made on, each run its own. */
export const ADMIN_URL = process.env.RTOP_BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export type Adapter = 'pglite' | 'postgres';

export const say = (line: string) => process.stderr.write(`${line}\n`);
export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** One line per twentieth of the work: a long seeding or catch-up shows it is moving. */
export function progress(label: string, done: number, total: number): void {
  if (done % Math.max(1, Math.floor(total / 20)) === 0 || done >= total) {
    process.stderr.write(`\r  ${label}: ${Math.min(done, total)}/${total}   `);
    if (done >= total) process.stderr.write('\n');
  }
}

export async function admin(statement: string): Promise<void> {
  const client = new Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/**
 * The standalone app on a store of its own (a new PostgreSQL database, or a new PGlite folder),
 * listening on a free port, with a deployment key to mint the bench's tokens and no rate limits:
 * one token is the whole load, far past any per-token limit.
 */
export async function startBenchApp(adapter: Adapter, bench: string) {
  const dataDir = mkdtempSync(join(tmpdir(), `rtop-${bench}-bench-`));
  let dropDatabase = (): Promise<void> => Promise.resolve();
  let eventStore: EventStoreConfig = { adapter: 'pglite', dataDir: join(dataDir, 'event-store') };
  if (adapter === 'postgres') {
    const name = `rtop_${bench}_bench_${randomBytes(4).toString('hex')}`;
    await admin(`create database ${name}`);
    dropDatabase = () => admin(`drop database if exists ${name} with (force)`);
    eventStore = { adapter: 'postgres', databaseUrl: Object.assign(new URL(ADMIN_URL), { pathname: `/${name}` }).toString() };
  }
  const keys = loadDeploymentKeys(dataDir, {});
  const tokenKey = keys.tokenPrivateKey;
  if (!tokenKey) throw new Error('the bench mints its tokens with the deployment key it just made');
  const app = await createRtopApp({
    ...STANDALONE,
    eventStore,
    eventLog: { kind: 'in-process' },
    keys,
    rateLimits: NO_RATE_LIMITS,
    observability: { log: { level: 'warn' } },
  });
  await app.listen(0, '127.0.0.1');
  return {
    app,
    baseUrl: `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`,
    sql: app.get<SqlSession>(SQL_SESSION),
    tokenKey,
    stop: async () => {
      await app.close();
      await dropDatabase();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
