import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { EVENT_STORE, EventStore, SQL_SESSION, SqlSession } from '@rtop/event-store';
import { REGIONAL_BODIES, RegionalBody, loadState } from '@rtop/kernel';
import { LiaisonFeeds } from '../liaison-feeds';
import { SECRET_SEAL, SecretSeal } from '../webhooks/secret-seal';
import { LiaisonWebhooks, webhooksDecider } from '../webhooks/webhook-subscriptions';
import { webhooksStreamId } from '../webhooks/webhook-subscriptions-stream';
import { DeliveryStore } from './delivery-store';
import { EndpointGuard } from './endpoint-guard';
import { SubscriptionWorker, WorkerDeps } from './subscription-worker';
import { WEBHOOK_CONFIG, WebhookConfig } from './webhook-config';

/** How often the offices' subscriptions are read again for changes made by another process; a change made here is seen at once. */
const RESYNC_MS = 5_000;

/**
 * Keeps a delivery worker running for every webhook subscription: started when an office
 * subscribes, told of a rotation or a redelivery, stopped when it is removed. Each worker
 * resumes from its stored cursor, so a restart, however abrupt, loses nothing. Every replica
 * runs them all; the subscription's lease lets one deliver at a time.
 */
@Injectable()
export class WebhookDeliveries implements OnModuleInit, OnApplicationBootstrap, OnModuleDestroy {
  readonly store: DeliveryStore;
  private readonly deps: Omit<WorkerDeps, 'feed'>;
  private readonly logger = new Logger('webhooks');
  private readonly workers = new Map<string, { body: RegionalBody; worker: SubscriptionWorker }>();
  private readonly stopping = new AbortController();
  private watching?: Promise<void>;

  constructor(
    @Inject(EVENT_STORE) private readonly subscriptions: EventStore,
    @Inject(SQL_SESSION) session: SqlSession,
    @Inject(WEBHOOK_CONFIG) config: WebhookConfig,
    private readonly feeds: LiaisonFeeds,
    guard: EndpointGuard,
    @Inject(SECRET_SEAL) seal: SecretSeal,
  ) {
    this.store = new DeliveryStore(session);
    this.deps = { store: this.store, leases: session, guard, config, seal, logger: this.logger };
  }

  onModuleInit(): Promise<void> {
    return this.store.setUp();
  }

  onApplicationBootstrap(): void {
    this.watching = this.watch();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopping.abort();
    await this.watching;
    await Promise.all([...this.workers.values()].map(({ worker }) => worker.stop()));
    this.workers.clear();
  }

  /** One office's subscriptions as they stand now. */
  async of(body: RegionalBody): Promise<LiaisonWebhooks> {
    return (await loadState(this.subscriptions, webhooksDecider, webhooksStreamId(body))).state;
  }

  private async watch(): Promise<void> {
    while (!this.stopping.signal.aborted) {
      try {
        for (const body of REGIONAL_BODIES) this.sync(body, await this.of(body));
      } catch (error) {
        this.logger.error(`reading the webhook subscriptions: ${(error as Error).message}`);
      }
      await this.subscriptions.waitForAppend(RESYNC_MS, this.stopping.signal);
    }
  }

  private sync(body: RegionalBody, { subscriptions }: LiaisonWebhooks): void {
    if (this.stopping.signal.aborted) return;
    for (const subscription of subscriptions.values()) {
      const running = this.workers.get(subscription.subscriptionId);
      if (running) running.worker.update(subscription);
      else {
        const worker = new SubscriptionWorker(subscription, body, { ...this.deps, feed: this.feeds.of(body) });
        this.workers.set(subscription.subscriptionId, { body, worker });
      }
    }
    for (const [id, running] of this.workers) {
      if (running.body === body && !subscriptions.has(id)) {
        this.workers.delete(id);
        void running.worker.stop();
      }
    }
  }
}
