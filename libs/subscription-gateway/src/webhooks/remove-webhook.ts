import { requireTheOfficeItself, subscriptionOf } from './office-remit';
import { WebhookRemoved } from './webhook-events';
import { LiaisonWebhooks, OfOffice } from './webhook-subscriptions';

export interface RemoveWebhook extends OfOffice {
  readonly type: 'remove-webhook';
  readonly subscriptionId: string;
}

/** Delivery to the endpoint stops; the feed itself is untouched. */
export function removeWebhook(command: RemoveWebhook, state: LiaisonWebhooks): WebhookRemoved[] {
  requireTheOfficeItself(command, 'removing a webhook');
  const { body, subscriptionId } = command;
  subscriptionOf(state, body, subscriptionId);
  return [{ type: 'webhook-removed', data: { body, subscriptionId, removedAt: command.at.toISOString() } }];
}
