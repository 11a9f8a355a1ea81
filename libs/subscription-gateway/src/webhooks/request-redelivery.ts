import { InvalidCommand } from '@rtop/kernel';
import { checkpointAt } from './feed-position';
import { requireTheOfficeItself, subscriptionOf } from './office-remit';
import { WebhookRedeliveryRequested } from './webhook-events';
import { LiaisonWebhooks, OfOffice } from './webhook-subscriptions';

export interface RequestRedelivery extends OfOffice {
  readonly type: 'request-redelivery';
  readonly subscriptionId: string;
  /** A feed position (`812.40`), inclusive. */
  readonly from: string;
}

/**
 * Delivery starts again at a position, a parked delivery included, and goes on in order; each
 * event keeps its webhook-id, so a receiver that still holds it skips it.
 */
export function requestRedelivery(command: RequestRedelivery, state: LiaisonWebhooks): WebhookRedeliveryRequested[] {
  requireTheOfficeItself(command, 'redelivering webhooks');
  const { body, subscriptionId, from } = command;
  subscriptionOf(state, body, subscriptionId);
  if (!checkpointAt(from))
    throw new InvalidCommand('feed-position', `from must be a feed position such as 812.40 (GET …/deliveries shows them), not ${from}`);
  return [{ type: 'webhook-redelivery-requested', data: { body, subscriptionId, from, requestedAt: command.at.toISOString() } }];
}
