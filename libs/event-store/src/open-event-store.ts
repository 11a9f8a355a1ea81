import { join } from 'node:path';
import { pgliteSession } from './pglite/pglite-session';
import { postgresSession } from './postgres/postgres-session';
import { SqlSession } from './sql/sql-session';

export type EventStoreConfig =
  | { readonly adapter: 'postgres'; readonly databaseUrl: string }
  | { readonly adapter: 'pglite'; readonly dataDir: string };

/** PostgreSQL when DATABASE_URL is set; otherwise the embedded store under the data folder. */
export function eventStoreConfigFromEnv(env: NodeJS.ProcessEnv = process.env): EventStoreConfig {
  return env.DATABASE_URL
    ? { adapter: 'postgres', databaseUrl: env.DATABASE_URL }
    : { adapter: 'pglite', dataDir: join(env.RTOP_DATA_DIR ?? '.rtop-data', 'event-store') };
}

export function openSqlSession(config: EventStoreConfig): Promise<SqlSession> {
  return config.adapter === 'postgres' ? Promise.resolve(postgresSession(config.databaseUrl)) : pgliteSession(config.dataDir);
}

/** Each bounded context keeps its streams in a schema of its own. */
export const schemaOf = (context: string) => `rtop_${context.replace(/-/g, '_')}`;
