import { Projection } from '@rtop/read-model';

export { SubscriptionGatewayModule } from './subscription-gateway.module';
export { entitledBodies, liaisonContext } from './entitlement/entitlement';
export { LiaisonFeeds } from './liaison-feeds';
export { webhookConfigFromEnv } from './delivery/webhook-config';
export type { WebhookConfig } from './delivery/webhook-config';

/** The gateway's feeds are appended to as events arrive, not projected from a context's log: there is nothing to rebuild. */
export const SUBSCRIPTION_GATEWAY_PROJECTIONS: readonly Projection[] = [];
