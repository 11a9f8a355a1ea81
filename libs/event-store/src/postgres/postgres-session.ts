import { hostname } from 'node:os';
import { Logger } from '@nestjs/common';
import { Client, Pool, PoolClient } from 'pg';
import { Lease, SqlSession } from '../sql/sql-session';

/** Serialises schema set-up across processes that start at once against one database. */
const SCHEMA_LOCK = 727_001;
/** The advisory-lock class of leases: (class, hash of the name) keeps them apart from other locks. */
const LEASES = 727_002;

export function postgresSession(connectionString: string, maxConnections = 10): SqlSession {
  const pool = new Pool({ connectionString, max: maxConnections });
  // An idle connection the server drops (a restart, a failover) is replaced on the next query;
  // without a listener its error would bring the process down.
  pool.on('error', (error) => new Logger('event-store').warn(`idle PostgreSQL connection lost: ${error.message}`));
  return {
    concurrentTransactions: true,
    async query<Row>(text: string, params: readonly unknown[] = []) {
      const result = await pool.query(text, params as unknown[]);
      return result.rows as Row[];
    },
    async exec(script) {
      const { client, release } = await checkOut(pool);
      try {
        await client.query('select pg_advisory_lock($1)', [SCHEMA_LOCK]);
        await client.query(script);
      } finally {
        await client.query('select pg_advisory_unlock($1)', [SCHEMA_LOCK]).catch(() => undefined);
        release();
      }
    },
    async transaction(work) {
      const { client, release } = await checkOut(pool);
      const tx: SqlSession = {
        concurrentTransactions: true,
        query: async <Row>(text: string, params: readonly unknown[] = []) => (await client.query(text, params as unknown[])).rows as Row[],
        exec: async (script) => {
          await client.query(script);
        },
        transaction: () => Promise.reject(new Error('transactions do not nest')),
        tryLease: () => Promise.reject(new Error('a lease outlives a transaction: take it on the session')),
        close: () => Promise.resolve(),
      };
      try {
        await client.query('begin');
        const result = await work(tx);
        await client.query('commit');
        return result;
      } catch (error) {
        await client.query('rollback').catch(() => undefined);
        throw error;
      } finally {
        release();
      }
    },
    tryLease: (name) => tryLease(connectionString, name),
    close: () => pool.end(),
  };
}

/**
 * A connection taken from the pool for a while. The server may end it meanwhile (a restart, an
 * operator): without a listener that error would bring the process down. A connection so ended
 * is given back broken, so the pool discards it.
 */
async function checkOut(pool: Pool): Promise<{ client: PoolClient; release: () => void }> {
  const client = await pool.connect();
  let lost: Error | undefined;
  const onError = (error: Error) => void (lost = error);
  client.on('error', onError);
  return {
    client,
    release: () => {
      client.off('error', onError);
      client.release(lost);
    },
  };
}

async function tryLease(connectionString: string, name: string): Promise<Lease | undefined> {
  // Its own connection, outside the pool: the lock lives exactly as long as this connection,
  // named so that an operator (or a test) sees in pg_stat_activity which process holds what.
  const client = new Client({ connectionString, keepAlive: true, application_name: `rtop ${name} pid ${process.pid} on ${hostname()}` });
  const lost = new Promise<void>((resolve) => {
    client.once('end', resolve);
    client.on('error', () => resolve());
  });
  try {
    await client.connect();
    const [{ held }] = (await client.query<{ held: boolean }>('select pg_try_advisory_lock($1, hashtext($2)) as held', [LEASES, name]))
      .rows;
    if (held) return { lost, release: () => client.end().catch(() => undefined) };
  } catch (error) {
    await client.end().catch(() => undefined);
    throw error;
  }
  await client.end().catch(() => undefined);
  return undefined;
}
