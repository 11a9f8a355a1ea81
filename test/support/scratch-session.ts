import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqlSession, pgliteSession, postgresSession } from '@rtop/event-store';
import { createTestDatabase } from './postgres';

export type StoreAdapter = 'pglite' | 'postgres';

/** For `describe.each`: the embedded store passes every spec PostgreSQL passes. */
export const BOTH_ADAPTERS: readonly StoreAdapter[] = ['pglite', 'postgres'];

export interface ScratchSession {
  readonly sql: SqlSession;
  /** A folder of the spec's own (deployment keys, files), removed with the store. */
  readonly dataDir: string;
  discard(): Promise<void>;
}

/** A SQL session on a store of its own: a new PostgreSQL database, or a new embedded store. */
export async function scratchSession(adapter: StoreAdapter, label: string): Promise<ScratchSession> {
  const dataDir = mkdtempSync(join(tmpdir(), `rtop-${label}-`));
  const database = adapter === 'postgres' ? await createTestDatabase() : undefined;
  const sql = database ? postgresSession(database.url) : await pgliteSession(join(dataDir, 'pg'));
  return {
    sql,
    dataDir,
    discard: async () => {
      await sql.close();
      await database?.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
