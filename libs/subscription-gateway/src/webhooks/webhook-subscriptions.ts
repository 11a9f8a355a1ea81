import { CommandEnvelope, Decider, RegionalBody } from '@rtop/kernel';
import { RemoveWebhook, removeWebhook } from './remove-webhook';
import { RequestRedelivery, requestRedelivery } from './request-redelivery';
import { RotateWebhookSecret, rotateWebhookSecret } from './rotate-webhook-secret';
import { StoredSecret } from './secret-seal';
import { SubscribeWebhook, subscribeWebhook } from './subscribe-webhook';
import { WebhookEvent } from './webhook-events';

/** What every command on an office's webhooks names: the office, from the path. */
export interface OfOffice extends CommandEnvelope {
  readonly body: RegionalBody;
}

export interface WebhookSubscription {
  readonly subscriptionId: string;
  readonly url: string;
  readonly secret: StoredSecret;
  readonly subscribedAt: string;
  /** The secret before the last rotation, still signing until then. */
  readonly previousSecret?: { readonly secret: StoredSecret; readonly validUntil: string };
  /** The latest redelivery asked for; `sequence` counts them, so a delivery worker applies each once. */
  readonly redelivery?: { readonly from: string; readonly sequence: number };
}

/** One office's subscriptions, those removed no longer among them. */
export interface LiaisonWebhooks {
  readonly subscriptions: ReadonlyMap<string, WebhookSubscription>;
}

export type WebhookCommand = SubscribeWebhook | RemoveWebhook | RotateWebhookSecret | RequestRedelivery;

function evolve(state: LiaisonWebhooks, event: WebhookEvent): LiaisonWebhooks {
  const subscriptions = new Map(state.subscriptions);
  if (event.type === 'webhook-subscribed') {
    const { subscriptionId, url, secret, subscribedAt } = event.data;
    return { subscriptions: subscriptions.set(subscriptionId, { subscriptionId, url, secret, subscribedAt }) };
  }
  const current = subscriptions.get(event.data.subscriptionId);
  // Only a subscription there is rotated, redelivered or removed: a log saying otherwise leaves them as they were.
  if (!current) return state;
  switch (event.type) {
    case 'webhook-secret-rotated':
      subscriptions.set(current.subscriptionId, {
        ...current,
        secret: event.data.secret,
        previousSecret: { secret: current.secret, validUntil: event.data.previousSecretValidUntil },
      });
      break;
    case 'webhook-redelivery-requested':
      subscriptions.set(current.subscriptionId, {
        ...current,
        redelivery: { from: event.data.from, sequence: (current.redelivery?.sequence ?? 0) + 1 },
      });
      break;
    case 'webhook-removed':
      subscriptions.delete(current.subscriptionId);
      break;
  }
  return { subscriptions };
}

function decide(command: WebhookCommand, state: LiaisonWebhooks): readonly WebhookEvent[] {
  switch (command.type) {
    case 'subscribe-webhook':
      return subscribeWebhook(command, state);
    case 'remove-webhook':
      return removeWebhook(command, state);
    case 'rotate-webhook-secret':
      return rotateWebhookSecret(command, state);
    case 'request-redelivery':
      return requestRedelivery(command, state);
  }
}

export const webhooksDecider: Decider<WebhookCommand, WebhookEvent, LiaisonWebhooks> = {
  decide,
  evolve,
  initialState: { subscriptions: new Map() },
};
