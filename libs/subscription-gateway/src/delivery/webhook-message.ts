import { randomBytes } from 'node:crypto';
import { Webhook } from 'standardwebhooks';
import { CLOUD_EVENT_CONTENT_TYPE, loggedEvent, toCloudEvent } from '@rtop/event-log';
import { RecordedEvent } from '@rtop/event-store';
import { RegionalBody } from '@rtop/kernel';
import { liaisonContext } from '../entitlement/entitlement';

/** A new signing secret in the Standard Webhooks form: `whsec_` and 32 random bytes in base64. */
export const newWebhookSecret = (): `whsec_${string}` => `whsec_${randomBytes(32).toString('base64')}`;

/** A feed position as the feed's pages, the live stream's ids and the deliveries name it. */
export const feedPosition = (event: Pick<RecordedEvent, 'checkpoint'>) => `${event.checkpoint.transactionId}.${event.checkpoint.position}`;

export interface WebhookMessage {
  /** The event's own id: the same on every retry and redelivery, so a receiver dedupes by it. */
  readonly id: string;
  readonly position: string;
  /** The CloudEvent exactly as the office's Kafka topic carries it. */
  readonly body: string;
}

export function webhookMessage(body: RegionalBody, event: RecordedEvent): WebhookMessage {
  return { id: event.eventId, position: feedPosition(event), body: JSON.stringify(toCloudEvent(loggedEvent(liaisonContext(body), event))) };
}

/**
 * The Standard Webhooks headers for one attempt, timestamped now. During a rotation's overlap
 * each secret signs, space-separated: a receiver holding either verifies.
 */
export function signedHeaders(message: WebhookMessage, secrets: readonly string[], at: Date): Record<string, string> {
  return {
    'content-type': CLOUD_EVENT_CONTENT_TYPE,
    'webhook-id': message.id,
    'webhook-timestamp': String(Math.floor(at.getTime() / 1000)),
    'webhook-signature': secrets.map((secret) => new Webhook(secret).sign(message.id, at, message.body)).join(' '),
  };
}
