import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { Actor, OutsideRemit, RegionalBody } from '@rtop/kernel';
import { WebhookDeliveries } from '../delivery/webhook-deliveries';
import { mayReadLiaisonFeed } from './liaison-feed-read-access';

export interface WebhookView {
  readonly id: string;
  readonly url: string;
  readonly subscribedAt: string;
  /** Until when the secret replaced by the last rotation still signs. */
  readonly previousSecretValidUntil: string | null;
  readonly delivery: {
    /** The feed position delivered up to; `0.0` before the first event. */
    readonly deliveredThrough: string;
    /** Failed attempts at the next event. */
    readonly failedAttempts: number;
    readonly failingSince: string | null;
    readonly nextAttemptAt: string | null;
    /** Retries ran out: nothing goes out until a redelivery, and the feed keeps queueing. */
    readonly parkedAt: string | null;
  };
}

export class ListWebhooks extends Query<{ webhooks: WebhookView[] }> {
  constructor(
    readonly body: RegionalBody,
    readonly reader: Actor,
  ) {
    super();
  }
}

/** An office's webhooks, deliveries and stream are read as its feed is: by the office, and by auditors. */
export function requireOfficeReader(reader: Actor, body: RegionalBody): void {
  if (!mayReadLiaisonFeed(reader, body))
    throw new OutsideRemit('remit', `${reader.body} may read its own liaison office's webhooks and stream only, not ${body}'s`);
}

/** The office's subscriptions with where each one's delivery stands; never their secrets. */
@QueryHandler(ListWebhooks)
export class ListWebhooksHandler implements IQueryHandler<ListWebhooks> {
  constructor(private readonly deliveries: WebhookDeliveries) {}

  async execute({ body, reader }: ListWebhooks): Promise<{ webhooks: WebhookView[] }> {
    requireOfficeReader(reader, body);
    const { subscriptions } = await this.deliveries.of(body);
    const webhooks = await Promise.all(
      [...subscriptions.values()].map(async (s): Promise<WebhookView> => {
        const cursor = await this.deliveries.store.find(s.subscriptionId);
        const iso = (d?: Date) => d?.toISOString() ?? null;
        return {
          id: s.subscriptionId,
          url: s.url,
          subscribedAt: s.subscribedAt,
          previousSecretValidUntil: s.previousSecret?.validUntil ?? null,
          delivery: {
            deliveredThrough: cursor ? `${cursor.checkpoint.transactionId}.${cursor.checkpoint.position}` : '0.0',
            failedAttempts: cursor?.attempts ?? 0,
            failingSince: iso(cursor?.failingSince),
            nextAttemptAt: iso(cursor?.nextAttemptAt),
            parkedAt: iso(cursor?.parkedAt),
          },
        };
      }),
    );
    return { webhooks };
  }
}
