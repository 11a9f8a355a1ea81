import { Logger } from '@nestjs/common';
import { EventStore, GlobalCheckpoint, Lease, RecordedEvent, SqlSession } from '@rtop/event-store';
import { RegionalBody } from '@rtop/kernel';
import { checkpointAt } from '../webhooks/feed-position';
import { SecretSeal } from '../webhooks/secret-seal';
import { WebhookSubscription } from '../webhooks/webhook-subscriptions';
import { backoffMs } from './backoff';
import { DeliveryCursor, DeliveryStore } from './delivery-store';
import { EndpointGuard } from './endpoint-guard';
import { postWebhook } from './post-webhook';
import { WebhookConfig } from './webhook-config';
import { signedHeaders, webhookMessage } from './webhook-message';
import { Wakeup } from './wakeup';

const PAGE = 100;

/** How often a replica without a subscription's lease asks for it: a holder's crash is noticed within this. */
const LEASE_POLL_MS = 1_000;

/** The checkpoint just before a feed position (checked when the redelivery was asked for), so that delivery starts at the event there. */
function justBefore(position: string): GlobalCheckpoint {
  const at = checkpointAt(position);
  if (!at) throw new Error(`a redelivery from ${position} names no feed position`);
  return { ...at, position: at.position - 1n };
}

export interface WorkerDeps {
  readonly feed: EventStore;
  readonly store: DeliveryStore;
  /** Where a subscription's lease is taken: the database of the gateway's store, which every replica shares. */
  readonly leases: Pick<SqlSession, 'tryLease'>;
  readonly guard: EndpointGuard;
  readonly config: WebhookConfig;
  /** Opens the stored secrets, at the moment each signs and no longer. */
  readonly seal: SecretSeal;
  readonly logger: Logger;
}

/**
 * Delivers one subscription's feed, one event at a time in feed order (so in order per case), each
 * until the endpoint takes it or its retries run out. Each subscription has a worker of its own:
 * a slow or dead endpoint holds up nobody else's.
 *
 * Every replica of the gateway runs a worker for every subscription, but only the holder of the
 * subscription's lease delivers; the others wait for it. A holder that stops finishes the attempt
 * in hand and stores its cursor first, so the next holder goes on from there; one that dies
 * mid-attempt leaves that event to be sent again, and the receiver's dedupe absorbs it.
 */
export class SubscriptionWorker {
  private readonly wakeup = new Wakeup();
  private stopped = false;
  /** The subscription's lease while this worker holds it. */
  private lease?: Lease;
  private readonly running: Promise<void>;

  constructor(
    private subscription: WebhookSubscription,
    private readonly body: RegionalBody,
    private readonly deps: WorkerDeps,
  ) {
    this.running = this.run();
  }

  /** A rotation or a redelivery: taken at the next step, a wait cut short. */
  update(subscription: WebhookSubscription): void {
    if (subscription === this.subscription) return;
    this.subscription = subscription;
    this.wakeup.wake();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.wakeup.wake();
    await this.running;
  }

  /** Stopped, or the lease is not (or no longer) this worker's. */
  private get halted(): boolean {
    return this.stopped || !this.lease;
  }

  private async run(): Promise<void> {
    const name = `webhook:${this.subscription.subscriptionId}`;
    while (!this.stopped) {
      const lease = await this.deps.leases.tryLease(name).catch((error: unknown) => {
        this.deps.logger.error(`${this.who}: lease not taken: ${messageOf(error)}`);
        return undefined;
      });
      if (!lease) {
        await this.wakeup.sleep(LEASE_POLL_MS);
        continue;
      }
      this.lease = lease;
      void lease.lost.then(() => this.onLost(lease));
      await this.deliverWhileHeld();
      this.lease = undefined;
      await lease.release();
    }
  }

  private onLost(lease: Lease): void {
    if (this.lease !== lease) return;
    this.lease = undefined;
    this.deps.logger.warn(`${this.who}: lease lost; asking for it again`);
    this.wakeup.wake();
  }

  /** From the stored cursor, which another holder may have moved since this worker last held the lease. */
  private async deliverWhileHeld(): Promise<void> {
    const { store, config, logger } = this.deps;
    let cursor: DeliveryCursor | undefined;
    while (!this.halted) {
      try {
        cursor ??= await store.cursorOf(this.subscription.subscriptionId, this.body);
        cursor = await this.applyRedelivery(cursor);
        if (cursor.parkedAt) {
          await this.wakeup.sleep(config.pollMs * 20);
          continue;
        }
        cursor = await this.deliverNextPage(cursor);
      } catch (error) {
        logger.error(`${this.who}: ${messageOf(error)}`);
        cursor = undefined;
        await this.wakeup.sleep(config.pollMs * 4);
      }
    }
  }

  private async applyRedelivery(cursor: DeliveryCursor): Promise<DeliveryCursor> {
    const redelivery = this.subscription.redelivery;
    if (!redelivery || redelivery.sequence <= cursor.redelivery) return cursor;
    return this.deps.store.redeliver(this.subscription.subscriptionId, redelivery.sequence, justBefore(redelivery.from));
  }

  private async deliverNextPage(cursor: DeliveryCursor): Promise<DeliveryCursor> {
    const page = await this.deps.feed.readGlobalLog(cursor.checkpoint, PAGE);
    if (!page.events.length) {
      await this.deps.feed.waitForAppend(this.deps.config.pollMs, this.wakeup.signal);
      return cursor;
    }
    const redelivery = cursor.redelivery;
    for (const event of page.events) {
      cursor = await this.deliver(event, cursor);
      const interrupted = this.halted || (this.subscription.redelivery?.sequence ?? 0) > redelivery;
      const delivered =
        cursor.checkpoint.transactionId === event.checkpoint.transactionId && cursor.checkpoint.position === event.checkpoint.position;
      if (!delivered || interrupted) break;
    }
    return cursor;
  }

  /** Attempts one event until it is delivered or parked; returns early, undelivered, when stopped or redirected. */
  private async deliver(event: RecordedEvent, cursor: DeliveryCursor): Promise<DeliveryCursor> {
    const { store, guard, config } = this.deps;
    const message = webhookMessage(this.body, event);
    const id = this.subscription.subscriptionId;
    for (;;) {
      if (cursor.nextAttemptAt) await this.wakeup.sleep(cursor.nextAttemptAt.getTime() - Date.now());
      if (this.halted || (this.subscription.redelivery?.sequence ?? 0) > cursor.redelivery) return cursor;
      const now = new Date();
      const result = await postWebhook(
        new URL(this.subscription.url),
        signedHeaders(message, this.secrets(now), now),
        message.body,
        guard,
        config.timeoutMs,
      );
      const attempt = cursor.attempts + 1;
      const recorded = { eventId: event.eventId, position: message.position };
      if (result.ok)
        return store.record(id, recorded, attempt, 'delivered', result, {
          ...cursor,
          checkpoint: event.checkpoint,
          attempts: 0,
          failingSince: undefined,
          nextAttemptAt: undefined,
        });
      const failingSince = cursor.failingSince ?? now;
      if (Date.now() - failingSince.getTime() >= config.retryForMs) {
        this.deps.logger.warn(
          `webhook ${id} of ${this.body}: parked at ${message.position} after ${attempt} attempts since ${failingSince.toISOString()}`,
        );
        return store.record(id, recorded, attempt, 'parked', result, {
          ...cursor,
          attempts: attempt,
          failingSince,
          nextAttemptAt: undefined,
          parkedAt: new Date(),
        });
      }
      const nextAttemptAt = new Date(Date.now() + backoffMs(attempt, config.backoffBaseMs, config.backoffMaxMs));
      cursor = await store.record(id, recorded, attempt, 'failed', result, { ...cursor, attempts: attempt, failingSince, nextAttemptAt });
    }
  }

  private get who(): string {
    return `webhook ${this.subscription.subscriptionId} of ${this.body}`;
  }

  /** The current secret, and the one it replaced while the overlap lasts. */
  private secrets(now: Date): string[] {
    const { subscriptionId, secret, previousSecret } = this.subscription;
    const signing = previousSecret && Date.parse(previousSecret.validUntil) > now.getTime() ? [secret, previousSecret.secret] : [secret];
    return signing.map((stored) => this.deps.seal.open(stored, subscriptionId));
  }
}

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));
