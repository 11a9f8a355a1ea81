import { DynamicModule, Global, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import { EVENT_STORE, EventStore } from './event-store.port';
import { EventStoreConfig, openSqlSession, schemaOf } from './open-event-store';
import { SqlEventStore } from './sql/sql-event-store';
import { SqlSession } from './sql/sql-session';

export const SQL_SESSION = Symbol('SqlSession');
/** Each context's store in this process, by context name: the one write path finds a command's store here. */
export const CONTEXT_STORES = Symbol('ContextStores');
export type ContextStores = Map<string, EventStore>;

/**
 * `forRoot` opens the database once for the process; `forContext` gives one bounded context its
 * own store (its own schema) on it, so no context can read another's streams.
 */
@Global()
@Module({})
export class EventStoreModule implements OnApplicationShutdown {
  constructor(@Inject(SQL_SESSION) private readonly session: SqlSession) {}

  static forRoot(config: EventStoreConfig): DynamicModule {
    return {
      module: EventStoreModule,
      providers: [
        { provide: SQL_SESSION, useFactory: () => openSqlSession(config) },
        { provide: CONTEXT_STORES, useValue: new Map<string, EventStore>() },
      ],
      exports: [SQL_SESSION, CONTEXT_STORES],
    };
  }

  static forContext(context: string): DynamicModule {
    return {
      module: ContextEventStoreModule,
      providers: [
        {
          provide: EVENT_STORE,
          inject: [SQL_SESSION, CONTEXT_STORES],
          // The process owns the session; a context's store must not close it under the others.
          useFactory: async (session: SqlSession, stores: ContextStores) => {
            const store = await SqlEventStore.open({ ...session, close: async () => undefined }, schemaOf(context));
            stores.set(context, store);
            return store;
          },
        },
      ],
      exports: [EVENT_STORE],
    };
  }

  async onApplicationShutdown(): Promise<void> {
    await this.session.close();
  }
}

@Module({})
class ContextEventStoreModule {}
