import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { Actor, RegionalBody } from '@rtop/kernel';
import { DeliveryAttempt } from '../delivery/delivery-store';
import { WebhookDeliveries } from '../delivery/webhook-deliveries';
import { subscriptionOf } from '../webhooks/office-remit';
import { requireOfficeReader } from './list-webhooks.handler';

export interface DeliveriesPage {
  /** Every attempt, oldest first: its event and feed position, its outcome, the endpoint's status or the error. */
  readonly attempts: readonly DeliveryAttempt[];
  /** The `after` to ask for the next page. */
  readonly next: string;
}

export class ListWebhookDeliveries extends Query<DeliveriesPage> {
  constructor(
    readonly body: RegionalBody,
    readonly subscriptionId: string,
    readonly reader: Actor,
    readonly after: bigint,
    readonly limit: number,
  ) {
    super();
  }
}

@QueryHandler(ListWebhookDeliveries)
export class ListWebhookDeliveriesHandler implements IQueryHandler<ListWebhookDeliveries> {
  constructor(private readonly deliveries: WebhookDeliveries) {}

  async execute({ body, subscriptionId, reader, after, limit }: ListWebhookDeliveries): Promise<DeliveriesPage> {
    requireOfficeReader(reader, body);
    subscriptionOf(await this.deliveries.of(body), body, subscriptionId);
    const attempts = await this.deliveries.store.attempts(subscriptionId, after, limit);
    return { attempts, next: attempts.length ? attempts[attempts.length - 1].attemptId : after.toString() };
  }
}
