import { DynamicModule, Global, Inject, Injectable, Module, OnApplicationShutdown, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { EVENT_STORE, EventStore, EventStoreModule, SQL_SESSION, SqlSession } from '@rtop/event-store';
import { EVENT_LOG, EventLog, LogSubscription } from './event-log.port';
import { InProcessEventLog } from './in-process/in-process-event-log';
import { KafkaEventLog, KafkaEventLogConfig } from './kafka/kafka-event-log';

export type EventLogConfig = { readonly kind: 'in-process' } | ({ readonly kind: 'kafka' } & KafkaEventLogConfig);

const CONTEXT_NAME = Symbol('ContextName');

/** Puts one context's events on the log for as long as the application runs. */
@Injectable()
class ContextOnTheLog implements OnModuleInit, OnModuleDestroy {
  private attached?: LogSubscription;

  constructor(
    @Inject(CONTEXT_NAME) private readonly context: string,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(EVENT_LOG) private readonly log: EventLog,
  ) {}

  onModuleInit(): void {
    this.attached = this.log.attach(this.context, this.store);
  }

  async onModuleDestroy(): Promise<void> {
    await this.attached?.stop();
  }
}

@Global()
@Module({})
export class EventLogModule implements OnApplicationShutdown {
  constructor(@Inject(EVENT_LOG) private readonly log: EventLog) {}

  static forRoot(config: EventLogConfig): DynamicModule {
    return {
      module: EventLogModule,
      providers: [
        {
          provide: EVENT_LOG,
          // A relay on Kafka takes its lease in the database of the process's stores.
          inject: [SQL_SESSION],
          useFactory: (sql: SqlSession) => (config.kind === 'kafka' ? new KafkaEventLog(config, sql) : new InProcessEventLog()),
        },
      ],
      exports: [EVENT_LOG],
    };
  }

  /** A bounded context's own store, and its events on the log. */
  static forContext(context: string): DynamicModule {
    const store = EventStoreModule.forContext(context);
    return {
      module: ContextLogModule,
      imports: [store],
      providers: [{ provide: CONTEXT_NAME, useValue: context }, ContextOnTheLog],
      exports: [store],
    };
  }

  async onApplicationShutdown(): Promise<void> {
    await this.log.close();
  }
}

@Module({})
class ContextLogModule {}
