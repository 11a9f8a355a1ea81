import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeEventStoreContract } from '../contract/event-store.contract';
import { SqlEventStore } from '../sql/sql-event-store';
import { pgliteSession } from './pglite-session';

const dataDir = mkdtempSync(join(tmpdir(), 'rtop-pglite-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describeEventStoreContract('PGlite (embedded)', {
  open: async () => SqlEventStore.open(await pgliteSession(dataDir)),
});
