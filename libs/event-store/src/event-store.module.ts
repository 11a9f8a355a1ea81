import { DynamicModule, Global, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import { EVENT_STORE } from './event-store.port';
import { EventStoreConfig, openSqlSession, schemaOf } from './open-event-store';
import { SqlEventStore } from './sql/sql-event-store';
import { SqlSession } from './sql/sql-session';

export const SQL_SESSION = Symbol('SqlSession');

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
      providers: [{ provide: SQL_SESSION, useFactory: () => openSqlSession(config) }],
      exports: [SQL_SESSION],
    };
  }

  static forContext(context: string): DynamicModule {
    return {
      module: ContextEventStoreModule,
      providers: [
        {
          provide: EVENT_STORE,
          inject: [SQL_SESSION],
          // The process owns the session; a context's store must not close it under the others.
          useFactory: (session: SqlSession) => SqlEventStore.open({ ...session, close: async () => undefined }, schemaOf(context)),
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
