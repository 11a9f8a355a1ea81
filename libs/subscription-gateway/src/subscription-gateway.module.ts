import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { EventStoreModule } from '@rtop/event-store';
import { DEPLOYMENT_KEYS, DeploymentKeys } from '@rtop/identity';
import { EndpointGuard } from './delivery/endpoint-guard';
import { WEBHOOK_CONFIG, WebhookConfig, webhookConfigFromEnv } from './delivery/webhook-config';
import { WebhookDeliveries } from './delivery/webhook-deliveries';
import { WebhookBacklog } from './delivery/webhook-backlog';
import { ForwardEntitledEvents } from './forward-entitled-events';
import { LiaisonEventStreams } from './http/liaison-event-streams';
import { LiaisonFeedController } from './http/liaison-feed.controller';
import { LiaisonStreamController } from './http/liaison-stream.controller';
import { WebhooksController } from './http/webhooks.controller';
import { LiaisonFeeds } from './liaison-feeds';
import { ListWebhookDeliveriesHandler } from './read/list-webhook-deliveries.handler';
import { ListWebhooksHandler } from './read/list-webhooks.handler';
import { ReadLiaisonFeedHandler } from './read/read-liaison-feed.handler';
import { SECRET_SEAL, SecretSeal } from './webhooks/secret-seal';
import { SUBSCRIPTION_GATEWAY } from './webhooks/webhook-subscriptions-stream';

/**
 * The regional liaison offices' way in: each gets the events it is entitled to, and no other.
 * Each office's feed is its own store, appended to as events arrive: it is the read model its
 * page is read from, so the gateway keeps no projection of its own. An office without Kafka
 * has it pushed: to its webhooks, or down a live stream. The gateway's own store holds the
 * webhook subscriptions; it is not put on the log, since their events hold signing secrets
 * (sealed with the deployment's key).
 */
@Module({
  imports: [CqrsModule, EventStoreModule.forContext(SUBSCRIPTION_GATEWAY)],
  controllers: [LiaisonFeedController, LiaisonStreamController, WebhooksController],
  providers: [
    LiaisonFeeds,
    ForwardEntitledEvents,
    ReadLiaisonFeedHandler,
    { provide: WEBHOOK_CONFIG, useFactory: () => webhookConfigFromEnv() },
    { provide: EndpointGuard, inject: [WEBHOOK_CONFIG], useFactory: (config: WebhookConfig) => new EndpointGuard(config) },
    { provide: SECRET_SEAL, inject: [DEPLOYMENT_KEYS], useFactory: (keys: DeploymentKeys) => new SecretSeal(keys.webhookSealingKey) },
    WebhookDeliveries,
    WebhookBacklog,
    ListWebhooksHandler,
    ListWebhookDeliveriesHandler,
    LiaisonEventStreams,
  ],
})
export class SubscriptionGatewayModule {}
