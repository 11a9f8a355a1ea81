import { DynamicModule, Global, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import { KurrentDBClient } from '@kurrent/kurrentdb-client';
import { EVENT_STORE, EventStore } from './event-store.port';
import { KurrentDbEventStore } from './kurrentdb/kurrentdb-event-store';
import { EventStoreConfig, openSqlSession, schemaOf } from './open-event-store';
import { SqlEventStore } from './sql/sql-event-store';
import { SqlSession } from './sql/sql-session';

export const SQL_SESSION = Symbol('SqlSession');
/** Each context's store in this process, by context name: the one write path finds a command's store here. */
export const CONTEXT_STORES = Symbol('ContextStores');
export type ContextStores = Map<string, EventStore>;

/** Where the process's contexts keep their streams; the process owns it and closes it last. */
interface StreamBackend {
  open(context: string): Promise<EventStore>;
  close(): Promise<void>;
}
const STREAM_BACKEND = Symbol('StreamBackend');

/** What the process wraps each context's store in at its edge (its metrics, its traces). */
export type StoreEdge = (context: string, store: EventStore) => EventStore;
const STORE_EDGE = Symbol('StoreEdge');

/** A context's store must not close what the process shares with the others. */
function streamBackend(config: EventStoreConfig, session: SqlSession): StreamBackend {
  if (config.adapter !== 'kurrentdb') {
    const shared = { ...session, close: () => Promise.resolve() };
    return { open: (context) => SqlEventStore.open(shared, schemaOf(context)), close: () => Promise.resolve() };
  }
  const client = KurrentDBClient.connectionString(config.kurrentDbUrl);
  const opened: EventStore[] = [];
  return {
    open: (context) => {
      const store = KurrentDbEventStore.open(client, { namespace: schemaOf(context), ownsClient: false });
      opened.push(store);
      return Promise.resolve(store);
    },
    close: async () => {
      await Promise.all(opened.splice(0).map((store) => store.close()));
      await client.dispose();
    },
  };
}

/**
 * `forRoot` opens the stores once for the process; `forContext` gives one bounded context its
 * own store (its own schema, or its own stream names in KurrentDB), so no context can read
 * another's streams.
 */
@Global()
@Module({})
export class EventStoreModule implements OnApplicationShutdown {
  constructor(
    @Inject(SQL_SESSION) private readonly session: SqlSession,
    @Inject(STREAM_BACKEND) private readonly backend: StreamBackend,
  ) {}

  static forRoot(config: EventStoreConfig, edge: StoreEdge = (_context, store) => store): DynamicModule {
    return {
      module: EventStoreModule,
      providers: [
        { provide: SQL_SESSION, useFactory: () => openSqlSession(config) },
        { provide: STREAM_BACKEND, inject: [SQL_SESSION], useFactory: (session: SqlSession) => streamBackend(config, session) },
        { provide: CONTEXT_STORES, useValue: new Map<string, EventStore>() },
        { provide: STORE_EDGE, useValue: edge },
      ],
      exports: [SQL_SESSION, STREAM_BACKEND, CONTEXT_STORES, STORE_EDGE],
    };
  }

  static forContext(context: string): DynamicModule {
    return {
      module: ContextEventStoreModule,
      providers: [
        {
          provide: EVENT_STORE,
          inject: [STREAM_BACKEND, CONTEXT_STORES, STORE_EDGE],
          useFactory: async (backend: StreamBackend, stores: ContextStores, edge: StoreEdge) => {
            const store = edge(context, await backend.open(context));
            stores.set(context, store);
            return store;
          },
        },
      ],
      exports: [EVENT_STORE],
    };
  }

  async onApplicationShutdown(): Promise<void> {
    await this.backend.close();
    await this.session.close();
  }
}

@Module({})
class ContextEventStoreModule {}
