import { InvalidCommand, RuleViolated } from '@rtop/kernel';
import { requireTheOfficeItself } from './office-remit';
import { StoredSecret } from './secret-seal';
import { WebhookSubscribed } from './webhook-events';
import { LiaisonWebhooks, OfOffice } from './webhook-subscriptions';

export interface SubscribeWebhook extends OfOffice {
  readonly type: 'subscribe-webhook';
  readonly subscriptionId: string;
  readonly url: string;
  /** Drawn and sealed at the edge: a decider draws no randomness and holds no key. */
  readonly secret: StoredSecret;
}

/** Enough for an office's systems and their standbys; more would let one office fan its feed out without limit. */
export const MOST_WEBHOOKS_PER_OFFICE = 10;
const MAX_URL_LENGTH = 2048;

/** Where a webhook may point, as far as the URL itself says; where it resolves to is checked at the edge, at subscription and at each delivery. */
export function parseWebhookUrl(text: string): URL {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new InvalidCommand('webhook-url', 'a webhook URL is an absolute URL, such as https://liaison.example.org/rtop');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new InvalidCommand('webhook-url', 'a webhook URL is https (or http)');
  if (url.username || url.password)
    throw new InvalidCommand('webhook-url', 'a webhook URL carries no credentials: the signature authenticates rtop');
  if (text.length > MAX_URL_LENGTH) throw new InvalidCommand('webhook-url', `a webhook URL is at most ${MAX_URL_LENGTH} characters`);
  return url;
}

/** An office subscribes an endpoint of its own to its feed, from the feed's first event on. */
export function subscribeWebhook(command: SubscribeWebhook, state: LiaisonWebhooks): WebhookSubscribed[] {
  requireTheOfficeItself(command, 'subscribing a webhook');
  const url = parseWebhookUrl(command.url).toString();
  if (state.subscriptions.size >= MOST_WEBHOOKS_PER_OFFICE) {
    throw new RuleViolated(
      'webhooks-per-office',
      `${command.body}'s liaison office has ${MOST_WEBHOOKS_PER_OFFICE} webhooks already; remove one first`,
    );
  }
  const { body, subscriptionId, secret } = command;
  return [{ type: 'webhook-subscribed', data: { body, subscriptionId, url, secret, subscribedAt: command.at.toISOString() } }];
}
