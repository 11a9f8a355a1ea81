import { GlobalCheckpoint, SqlSession, schemaOf } from '@rtop/event-store';
import { RegionalBody } from '@rtop/kernel';
import { SUBSCRIPTION_GATEWAY } from '../webhooks/webhook-subscriptions-stream';
import { AttemptResult } from './post-webhook';

/** Where a subscription's delivery stands: the outbox's checkpoint and the state of the event at its head. */
export interface DeliveryCursor {
  /** The last event delivered (or skipped by a redelivery); delivery goes on after it. */
  readonly checkpoint: GlobalCheckpoint;
  /** The last redelivery request applied. */
  readonly redelivery: number;
  /** Failed attempts at the event at the head. */
  readonly attempts: number;
  readonly failingSince?: Date;
  readonly nextAttemptAt?: Date;
  /** Retries ran out: nothing is sent until a redelivery, while the feed keeps growing behind. */
  readonly parkedAt?: Date;
}

export type AttemptOutcome = 'delivered' | 'failed' | 'parked';

export interface DeliveryAttempt {
  readonly attemptId: string;
  readonly eventId: string;
  readonly position: string;
  readonly attempt: number;
  readonly outcome: AttemptOutcome;
  readonly status: number | null;
  readonly error: string | null;
  readonly at: string;
}

interface CursorRow {
  transaction_id: string;
  position: string;
  redelivery: number;
  attempts: number;
  failing_since: string | null;
  next_attempt_at: string | null;
  parked_at: string | null;
}

const date = (text: string | null) => (text ? new Date(text) : undefined);
const toCursor = (row: CursorRow): DeliveryCursor => ({
  checkpoint: { transactionId: BigInt(row.transaction_id), position: BigInt(row.position) },
  redelivery: row.redelivery,
  attempts: row.attempts,
  failingSince: date(row.failing_since),
  nextAttemptAt: date(row.next_attempt_at),
  parkedAt: date(row.parked_at),
});
const CURSOR_COLUMNS = `transaction_id::text as transaction_id, position::text as position, redelivery, attempts,
  to_json(failing_since)#>>'{}' as failing_since, to_json(next_attempt_at)#>>'{}' as next_attempt_at, to_json(parked_at)#>>'{}' as parked_at`;

/**
 * The webhooks' delivery state in the gateway's own schema: a cursor per subscription (the
 * outbox's checkpoint) and every attempt. Only the worker holding the subscription's lease writes them;
 * each attempt and the cursor move in one transaction, so a crash loses neither.
 */
export class DeliveryStore {
  private readonly schema = schemaOf(SUBSCRIPTION_GATEWAY);

  constructor(private readonly sql: SqlSession) {}

  setUp(): Promise<void> {
    const s = this.schema;
    return this.sql.exec(`
create schema if not exists ${s};
create table if not exists ${s}.webhook_cursors (
  subscription_id uuid primary key,
  body text not null,
  transaction_id xid8 not null default '0',
  position bigint not null default 0,
  redelivery int not null default 0,
  attempts int not null default 0,
  failing_since timestamptz,
  next_attempt_at timestamptz,
  parked_at timestamptz
);
create table if not exists ${s}.webhook_attempts (
  attempt_id bigint generated always as identity primary key,
  subscription_id uuid not null,
  event_id uuid not null,
  position text not null,
  attempt int not null,
  outcome text not null,
  status int,
  error text,
  at timestamptz not null default clock_timestamp()
);
create index if not exists webhook_attempts_of_subscription on ${s}.webhook_attempts (subscription_id, attempt_id);`);
  }

  /** The subscription's cursor, at the start of the feed for a new one. */
  async cursorOf(subscriptionId: string, body: RegionalBody): Promise<DeliveryCursor> {
    // The update that changes nothing is what makes an existing row come back too.
    const [row] = await this.sql.query<CursorRow>(
      `insert into ${this.schema}.webhook_cursors (subscription_id, body) values ($1, $2)
         on conflict (subscription_id) do update set body = excluded.body returning ${CURSOR_COLUMNS}`,
      [subscriptionId, body],
    );
    return toCursor(row);
  }

  async find(subscriptionId: string): Promise<DeliveryCursor | undefined> {
    const rows = await this.sql.query<CursorRow>(
      `select ${CURSOR_COLUMNS} from ${this.schema}.webhook_cursors where subscription_id = $1`,
      [subscriptionId],
    );
    return rows.map(toCursor).at(0);
  }

  /** Delivery starts again after `checkpoint`, with a clean slate of retries. */
  async redeliver(subscriptionId: string, redelivery: number, checkpoint: GlobalCheckpoint): Promise<DeliveryCursor> {
    return this.update(subscriptionId, { checkpoint, redelivery, attempts: 0 });
  }

  async record(
    subscriptionId: string,
    event: { eventId: string; position: string },
    attempt: number,
    outcome: AttemptOutcome,
    result: AttemptResult,
    cursor: DeliveryCursor,
  ): Promise<DeliveryCursor> {
    return this.sql.transaction(async (tx) => {
      await tx.query(
        `insert into ${this.schema}.webhook_attempts (subscription_id, event_id, position, attempt, outcome, status, error) values ($1, $2, $3, $4, $5, $6, $7)`,
        [subscriptionId, event.eventId, event.position, attempt, outcome, result.status ?? null, result.error?.slice(0, 1000) ?? null],
      );
      return new DeliveryStore(tx).update(subscriptionId, cursor);
    });
  }

  /** A page of attempts, oldest first, after the attempt id given. */
  async attempts(subscriptionId: string, afterAttemptId: bigint, limit: number): Promise<DeliveryAttempt[]> {
    return this.sql.query<DeliveryAttempt>(
      `select attempt_id::text as "attemptId", event_id::text as "eventId", position, attempt, outcome, status, error, to_json(at)#>>'{}' as at
         from ${this.schema}.webhook_attempts where subscription_id = $1 and attempt_id > $2::bigint order by attempt_id limit $3`,
      [subscriptionId, afterAttemptId.toString(), limit],
    );
  }

  private async update(subscriptionId: string, cursor: Partial<DeliveryCursor>): Promise<DeliveryCursor> {
    const [row] = await this.sql.query<CursorRow>(
      `update ${this.schema}.webhook_cursors set
         transaction_id = coalesce($2::text::xid8, transaction_id), position = coalesce($3::bigint, position),
         redelivery = coalesce($4, redelivery), attempts = coalesce($5, attempts),
         failing_since = $6, next_attempt_at = $7, parked_at = $8
       where subscription_id = $1 returning ${CURSOR_COLUMNS}`,
      [
        subscriptionId,
        cursor.checkpoint?.transactionId.toString() ?? null,
        cursor.checkpoint?.position.toString() ?? null,
        cursor.redelivery ?? null,
        cursor.attempts ?? null,
        cursor.failingSince?.toISOString() ?? null,
        cursor.nextAttemptAt?.toISOString() ?? null,
        cursor.parkedAt?.toISOString() ?? null,
      ],
    );
    return toCursor(row);
  }
}
