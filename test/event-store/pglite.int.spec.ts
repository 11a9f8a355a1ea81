import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqlEventStore, pgliteSession } from '@rtop/event-store';
import { describeEventStoreContract } from './event-store.contract';

const dataDir = mkdtempSync(join(tmpdir(), 'rtop-pglite-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describeEventStoreContract('PGlite (embedded)', {
  open: async () => SqlEventStore.open(await pgliteSession(dataDir)),
});
