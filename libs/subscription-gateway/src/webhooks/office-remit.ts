import { NotFound, RegionalBody, requireBody } from '@rtop/kernel';
import { LiaisonWebhooks, OfOffice, WebhookSubscription } from './webhook-subscriptions';

/** An office's webhooks are its own: only its own token manages them, auditors included out (they hold signing secrets). */
export const requireTheOfficeItself = (command: OfOffice, what: string) =>
  requireBody(command.actor, command.body, `${what} for ${command.body}'s liaison office`);

export function subscriptionOf(state: LiaisonWebhooks, body: RegionalBody, subscriptionId: string): WebhookSubscription {
  const subscription = state.subscriptions.get(subscriptionId);
  if (!subscription) throw new NotFound('webhook-exists', `${body}'s liaison office has no webhook subscription ${subscriptionId}`);
  return subscription;
}
