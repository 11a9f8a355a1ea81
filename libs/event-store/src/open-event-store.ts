import { join } from 'node:path';
import { EventStore } from './event-store.port';
import { pgliteSession } from './pglite/pglite-session';
import { postgresSession } from './postgres/postgres-session';
import { SqlEventStore } from './sql/sql-event-store';

export type EventStoreConfig =
  | { readonly adapter: 'postgres'; readonly databaseUrl: string }
  | { readonly adapter: 'pglite'; readonly dataDir: string };

/** PostgreSQL when DATABASE_URL is set; otherwise the embedded store under the data folder. */
export function eventStoreConfigFromEnv(env: NodeJS.ProcessEnv = process.env): EventStoreConfig {
  return env.DATABASE_URL
    ? { adapter: 'postgres', databaseUrl: env.DATABASE_URL }
    : { adapter: 'pglite', dataDir: join(env.RTOP_DATA_DIR ?? '.rtop-data', 'event-store') };
}

export async function openEventStore(config: EventStoreConfig): Promise<EventStore> {
  const session =
    config.adapter === 'postgres' ? postgresSession(config.databaseUrl) : await pgliteSession(config.dataDir);
  return SqlEventStore.open(session);
}
