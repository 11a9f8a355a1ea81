import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AddressInfo } from 'node:net';
import { INestApplication } from '@nestjs/common';
import { EVENT_STORE, EventStore, EventStoreConfig, START_OF_LOG } from '@rtop/event-store';
import { loadDeploymentKeys, mintToken } from '@rtop/identity';
import { Actor, Body } from '@rtop/kernel';
import { createTestDatabase, httpClient } from '@rtop/testing';
import { createStandaloneApp } from '../../apps/standalone/src/create-standalone-app';

export type Adapter = 'pglite' | 'postgres';

/** The standalone app listening on a real port, on the adapter asked for, with its own keys. */
export async function startStandalone(adapter: Adapter) {
  const dataDir = mkdtempSync(join(tmpdir(), 'rtop-standalone-'));
  const database = adapter === 'postgres' ? await createTestDatabase() : undefined;
  const eventStore: EventStoreConfig = database
    ? { adapter: 'postgres', databaseUrl: database.url }
    : { adapter: 'pglite', dataDir: join(dataDir, 'event-store') };
  const keys = loadDeploymentKeys(dataDir, {});
  const app: INestApplication = await createStandaloneApp({ eventStore, keys }, ['error', 'warn']);
  await app.listen(0, '127.0.0.1');
  const baseUrl = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
  const store = app.get<EventStore>(EVENT_STORE);

  const as = (body: Body, person = `${body} officer`, role = 'officer') => {
    const actor: Actor = { body, person, role };
    return httpClient(baseUrl, mintToken(keys.tokenPrivateKey!, actor));
  };
  return {
    baseUrl,
    store,
    as,
    anonymous: httpClient(baseUrl),
    /**
     * How many events the store holds once the followers have caught up (quiet for longer than their poll): a refused request
     * must leave it unchanged.
     */
    settledEventCount: async () => {
      const count = async () => (await store.readGlobalLog(START_OF_LOG, 1_000_000)).events.length;
      let last = await count();
      for (;;) {
        await new Promise((resolve) => setTimeout(resolve, 400));
        const now = await count();
        if (now === last) return now;
        last = now;
      }
    },
    stop: async () => {
      await app.close();
      await database?.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export type Standalone = Awaited<ReturnType<typeof startStandalone>>;
