import { DomainEvent, RegionalBody } from '@rtop/kernel';
import { StoredSecret } from './secret-seal';

interface OfSubscription {
  readonly body: RegionalBody;
  readonly subscriptionId: string;
}

/**
 * A liaison office's webhook subscriptions. These events hold signing secrets, sealed (see
 * SecretSeal), and the gateway's own stream is kept in its store and never put on the log.
 */
export type WebhookSubscribed = DomainEvent<
  'webhook-subscribed',
  OfSubscription & { readonly url: string; readonly secret: StoredSecret; readonly subscribedAt: string }
>;
export type WebhookSecretRotated = DomainEvent<
  'webhook-secret-rotated',
  OfSubscription & { readonly secret: StoredSecret; readonly rotatedAt: string; readonly previousSecretValidUntil: string }
>;
export type WebhookRemoved = DomainEvent<'webhook-removed', OfSubscription & { readonly removedAt: string }>;
/** `from` is a feed position, inclusive: delivery starts again at the event there. */
export type WebhookRedeliveryRequested = DomainEvent<
  'webhook-redelivery-requested',
  OfSubscription & { readonly from: string; readonly requestedAt: string }
>;

export type WebhookEvent = WebhookSubscribed | WebhookSecretRotated | WebhookRemoved | WebhookRedeliveryRequested;
