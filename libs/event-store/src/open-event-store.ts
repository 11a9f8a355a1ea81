import { join } from 'node:path';
import { pgliteSession } from './pglite/pglite-session';
import { postgresSession } from './postgres/postgres-session';
import { SqlSession } from './sql/sql-session';

/** Where the read models (and, unless KurrentDB holds them, the streams) are kept. */
export type SqlStoreConfig =
  { readonly adapter: 'postgres'; readonly databaseUrl: string } | { readonly adapter: 'pglite'; readonly dataDir: string };

/**
 * KurrentDB holds the contexts' streams; read models, their checkpoints, leases and the auditors'
 * access log are SQL tables, so a SQL store comes with it (PostgreSQL or the embedded one).
 */
export interface KurrentDbStoreConfig {
  readonly adapter: 'kurrentdb';
  readonly kurrentDbUrl: string;
  readonly readModels: SqlStoreConfig;
}

export type EventStoreConfig = SqlStoreConfig | KurrentDbStoreConfig;

/**
 * EVENT_STORE=kurrentdb with KURRENTDB_URL puts the streams in KurrentDB; otherwise (EVENT_STORE
 * unset or `sql`) they are in SQL. The SQL store is PostgreSQL when DATABASE_URL is set, else the
 * embedded one under the data folder.
 */
export function eventStoreConfigFromEnv(
  env: Readonly<Partial<Record<'DATABASE_URL' | 'EVENT_STORE' | 'KURRENTDB_URL' | 'RTOP_DATA_DIR', string>>>,
  dataDir = env.RTOP_DATA_DIR ?? '.rtop-data',
): EventStoreConfig {
  const sql: SqlStoreConfig = env.DATABASE_URL
    ? { adapter: 'postgres', databaseUrl: env.DATABASE_URL }
    : { adapter: 'pglite', dataDir: join(dataDir, 'event-store') };
  switch (env.EVENT_STORE ?? 'sql') {
    case 'sql':
      return sql;
    case 'kurrentdb':
      if (!env.KURRENTDB_URL) throw new Error('EVENT_STORE=kurrentdb needs KURRENTDB_URL, e.g. kurrentdb://localhost:2113?tls=false');
      return { adapter: 'kurrentdb', kurrentDbUrl: env.KURRENTDB_URL, readModels: sql };
    default:
      throw new Error(`EVENT_STORE=${env.EVENT_STORE} is not a store: use sql (the default) or kurrentdb`);
  }
}

/** The SQL session of a process: its streams' store, or its read models' beside KurrentDB. */
export function openSqlSession(config: EventStoreConfig): Promise<SqlSession> {
  const sql = config.adapter === 'kurrentdb' ? config.readModels : config;
  return sql.adapter === 'postgres' ? Promise.resolve(postgresSession(sql.databaseUrl)) : pgliteSession(sql.dataDir);
}

/** For the start-up line: where the streams are, and the read models when elsewhere. */
export function describeEventStore(config: EventStoreConfig): string {
  const sql = (c: SqlStoreConfig) => (c.adapter === 'postgres' ? 'PostgreSQL (DATABASE_URL)' : `the embedded store in ${c.dataDir}`);
  return config.adapter === 'kurrentdb' ? `KurrentDB (KURRENTDB_URL), read models in ${sql(config.readModels)}` : sql(config);
}

/** Each bounded context keeps its streams in a schema of its own. */
export const schemaOf = (context: string) => `rtop_${context.replace(/-/g, '_')}`;
