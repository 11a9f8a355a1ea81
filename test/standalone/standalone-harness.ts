import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AddressInfo } from 'node:net';
import { INestApplication } from '@nestjs/common';
import {
  EventStore,
  EventStoreConfig,
  RecordedEvent,
  SQL_SESSION,
  SqlEventStore,
  SqlSession,
  START_OF_LOG,
  schemaOf,
} from '@rtop/event-store';
import { loadDeploymentKeys, mintToken } from '@rtop/identity';
import { ProjectionRegistry } from '@rtop/read-model';
import { Actor, Body, CONTEXTS, Context } from '@rtop/kernel';
import { createTestDatabase, httpClient } from '@rtop/testing';
import { createRtopApp } from '@rtop/service-host';
import { RateLimits } from '@rtop/rate-limits';
import { STANDALONE } from '../../apps/standalone/src/standalone';
import { settledEvents } from './settled';

export type Adapter = 'pglite' | 'postgres';

/** The standalone app listening on a real port, on the adapter asked for, with its own keys (and the default rate limits unless given). */
export async function startStandalone(adapter: Adapter, options: { readonly rateLimits?: RateLimits } = {}) {
  const dataDir = mkdtempSync(join(tmpdir(), 'rtop-standalone-'));
  const database = adapter === 'postgres' ? await createTestDatabase() : undefined;
  const eventStore: EventStoreConfig = database
    ? { adapter: 'postgres', databaseUrl: database.url }
    : { adapter: 'pglite', dataDir: join(dataDir, 'event-store') };
  const keys = loadDeploymentKeys(dataDir, {});
  const discard = async () => {
    await database?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  };
  // A spec whose start failed has no app to stop: leave no database or folder behind it.
  const app: INestApplication = await createRtopApp({
    ...STANDALONE,
    eventStore,
    eventLog: { kind: 'in-process' },
    keys,
    rateLimits: options.rateLimits,
    observability: { log: { level: 'warn' } },
  }).catch(async (error: unknown) => {
    await discard();
    throw error;
  });
  await app.listen(0, '127.0.0.1').catch(async (error: unknown) => {
    await app.close();
    await discard();
    throw error;
  });
  const baseUrl = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
  const session = app.get<SqlSession>(SQL_SESSION);
  const stores = new Map<Context, EventStore>();
  /** A context's own store, read the way the context reads it (the app owns the session). */
  const storeOf = async (context: Context): Promise<EventStore> => {
    if (!stores.has(context))
      stores.set(context, await SqlEventStore.open({ ...session, close: () => Promise.resolve() }, schemaOf(context)));
    return stores.get(context)!;
  };
  /** Every event of every context. */
  const allEvents = async (contexts: readonly Context[] = CONTEXTS): Promise<RecordedEvent[]> => {
    const perContext = await Promise.all(
      contexts.map(async (c) => (await (await storeOf(c)).readGlobalLog(START_OF_LOG, 1_000_000)).events),
    );
    return perContext.flat();
  };

  /** A bearer token this deployment signed, for a test that writes its own requests. */
  const tokenFor = (body: Body, person = `${body} officer`, role = 'officer') => {
    const actor: Actor = { body, person, role };
    return mintToken(keys.tokenPrivateKey!, actor);
  };
  const as = (body: Body, person = `${body} officer`, role = 'officer') => httpClient(baseUrl, tokenFor(body, person, role));
  return {
    tokenFor,
    /** The application itself, for what a test must reach inside it. */
    app,
    /** The app's read models: `registry.caughtUp()` waits until they hold every event recorded. */
    registry: app.get(ProjectionRegistry),
    /** Where the app keeps its events and read models, as the command line would be told. */
    eventStore,
    baseUrl,
    /** The data folder, where `npm run token` finds the signing key (RTOP_DATA_DIR). */
    dataDir,
    storeOf,
    allEvents,
    as,
    anonymous: httpClient(baseUrl),
    /**
     * How many events the stores of `contexts` (every context unless given) hold once the app has settled: every log follower
     * and read model of every context holds every event, since reactions cross contexts. A refused request must leave it unchanged.
     */
    settledEventCount: async (contexts: readonly Context[] = CONTEXTS) => {
      const events = await settledEvents(app);
      return contexts.reduce((sum, context) => sum + events.get(context)!, 0);
    },
    stop: async () => {
      await app.close();
      await discard();
    },
  };
}

export type Standalone = Awaited<ReturnType<typeof startStandalone>>;
