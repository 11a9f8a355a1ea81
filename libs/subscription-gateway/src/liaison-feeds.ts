import { Inject, Injectable, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { EVENT_LOG, EventLog, LogSubscription } from '@rtop/event-log';
import { EventStore, SQL_SESSION, SqlEventStore, SqlSession, schemaOf } from '@rtop/event-store';
import { REGIONAL_BODIES, RegionalBody } from '@rtop/kernel';
import { liaisonContext } from './entitlement/entitlement';

/** One store per liaison office, each put on the log as the office's own topic. */
@Injectable()
export class LiaisonFeeds implements OnModuleInit, OnModuleDestroy {
  private readonly stores = new Map<RegionalBody, EventStore>();
  private attached: LogSubscription[] = [];

  constructor(
    @Inject(SQL_SESSION) private readonly session: SqlSession,
    @Inject(EVENT_LOG) private readonly log: EventLog,
  ) {}

  async onModuleInit(): Promise<void> {
    const shared = { ...this.session, close: () => Promise.resolve() };
    for (const body of REGIONAL_BODIES) {
      const store = await SqlEventStore.open(shared, schemaOf(liaisonContext(body)));
      this.stores.set(body, store);
      this.attached.push(this.log.attach(liaisonContext(body), store));
    }
  }

  async onModuleDestroy(): Promise<void> {
    await Promise.all(this.attached.map((a) => a.stop()));
  }

  of(body: RegionalBody): EventStore {
    const store = this.stores.get(body);
    if (!store) throw new Error(`the liaison feed of ${body} is opened when the module starts, not before`);
    return store;
  }
}
