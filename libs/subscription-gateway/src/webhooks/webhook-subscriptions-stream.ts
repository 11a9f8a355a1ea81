import { StreamKind } from '@rtop/commands';
import { RegionalBody } from '@rtop/kernel';
import { WebhookEvent } from './webhook-events';
import { LiaisonWebhooks, WebhookCommand, webhooksDecider } from './webhook-subscriptions';

export const SUBSCRIPTION_GATEWAY = 'subscription-gateway';
export const webhooksStreamId = (body: RegionalBody) => `${SUBSCRIPTION_GATEWAY}-webhooks-${body}`;

/** One stream per liaison office, all its webhook subscriptions in it; it belongs to no case. */
export const LIAISON_WEBHOOKS: StreamKind<WebhookCommand, WebhookEvent, LiaisonWebhooks> = {
  context: SUBSCRIPTION_GATEWAY,
  decider: webhooksDecider,
  addressOf: (command) => ({ streamId: webhooksStreamId(command.body), caseId: '' }),
};
