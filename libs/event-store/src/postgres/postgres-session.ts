import { Pool } from 'pg';
import { SqlSession } from '../sql/sql-session';

/** Serialises schema set-up across processes that start at once against one database. */
const SCHEMA_LOCK = 727_001;

export function postgresSession(connectionString: string, maxConnections = 10): SqlSession {
  const pool = new Pool({ connectionString, max: maxConnections });
  // An idle connection the server drops (a restart, a failover) is replaced on the next query;
  // without a listener its error would bring the process down.
  pool.on('error', (error) => console.warn(`[event-store] idle PostgreSQL connection lost: ${error.message}`));
  return {
    async query<Row>(text: string, params: readonly unknown[] = []) {
      const result = await pool.query(text, params as unknown[]);
      return result.rows as Row[];
    },
    async exec(script) {
      const client = await pool.connect();
      try {
        await client.query('select pg_advisory_lock($1)', [SCHEMA_LOCK]);
        await client.query(script);
      } finally {
        await client.query('select pg_advisory_unlock($1)', [SCHEMA_LOCK]).catch(() => undefined);
        client.release();
      }
    },
    async transaction(work) {
      const client = await pool.connect();
      const tx: SqlSession = {
        query: async <Row>(text: string, params: readonly unknown[] = []) => (await client.query(text, params as unknown[])).rows as Row[],
        exec: async (script) => void (await client.query(script)),
        transaction: () => Promise.reject(new Error('transactions do not nest')),
        close: async () => undefined,
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
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
