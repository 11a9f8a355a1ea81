import { Inject, Injectable, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { Gauge } from 'prom-client';
import { SQL_SESSION, SqlSession, schemaOf } from '@rtop/event-store';
import { REGIONAL_BODIES, RegionalBody } from '@rtop/kernel';
import { liaisonContext } from '../entitlement/entitlement';
import { SUBSCRIPTION_GATEWAY } from '../webhooks/webhook-subscriptions-stream';

/** The gateways running in this process (one, but for a test that starts several). */
const running = new Set<WebhookBacklog>();

/**
 * In the process's metrics (/metrics): per office, the events its webhooks have still to deliver,
 * parked ones included. The office is the label; a subscription's id is not.
 */
new Gauge({
  name: 'rtop_webhook_backlog_events',
  help: 'Events in a liaison office’s feed that its webhook subscriptions have not delivered yet.',
  labelNames: ['body'],
  async collect() {
    this.reset();
    for (const gateway of running) for (const [body, behind] of await gateway.backlogs()) this.inc({ body }, behind);
  },
});

/** Each subscription's cursor against the head of its office's feed: a count of what lies after it. */
@Injectable()
export class WebhookBacklog implements OnModuleInit, OnModuleDestroy {
  constructor(@Inject(SQL_SESSION) private readonly sql: SqlSession) {}

  onModuleInit(): void {
    running.add(this);
  }

  onModuleDestroy(): void {
    running.delete(this);
  }

  async backlogs(): Promise<Map<RegionalBody, number>> {
    const entries = await Promise.all(REGIONAL_BODIES.map(async (body) => [body, await this.backlogOf(body)] as const));
    return new Map(entries);
  }

  private async backlogOf(body: RegionalBody): Promise<number> {
    const [row] = await this.sql.query<{ behind: string }>(
      `select coalesce(sum((select count(*) from ${schemaOf(liaisonContext(body))}.rtop_events e
                             where (e.transaction_id, e.global_position) > (c.transaction_id, c.position))), 0)::text as behind
         from ${schemaOf(SUBSCRIPTION_GATEWAY)}.webhook_cursors c where c.body = $1`,
      [body],
    );
    return Number(row.behind);
  }
}
