import { EventEmitter } from 'node:events';
import { nextAppend } from '../wait-for-append';
import { isUuid, validateBatch } from '../append-batch';
import { PartialDuplicateAppend, WrongExpectedVersion } from '../event-store.errors';
import {
  AppendResult,
  EventStore,
  ExpectedVersion,
  GlobalCheckpoint,
  GlobalLogPage,
  NewEvent,
  RecordedEvent,
  StreamRange,
} from '../event-store.port';
import { GroupCommit } from './group-commit';
import { eventStoreSchema } from './schema.sql';
import { SqlSession, sqlStateOf } from './sql-session';

interface EventRow {
  position: string;
  transaction_id: string;
  event_id: string;
  stream_id: string;
  revision: string;
  type: string;
  data: unknown;
  metadata: Record<string, unknown>;
  recorded_at: string;
}

const EVENT_COLUMNS = `global_position::text as position, transaction_id::text as transaction_id,
  event_id::text as event_id, stream_id, revision::text as revision, type, data, metadata,
  to_json(recorded_at)#>>'{}' as recorded_at`;

/** Transactions of appends open at once on a server: more writers than this share commits. */
const APPEND_TRANSACTIONS = 2;

/** One event store over any PostgreSQL session: the server (pg) and the embedded one (PGlite). */
export class SqlEventStore implements EventStore {
  private readonly appended = new EventEmitter().setMaxListeners(0);
  private readonly commits: GroupCommit;

  private constructor(
    private readonly sql: SqlSession,
    private readonly schema: string,
  ) {
    // The embedded store runs one transaction at a time: appends that wait for it share the next.
    this.commits = new GroupCommit(sql, schema, sql.concurrentTransactions ? APPEND_TRANSACTIONS : 1);
  }

  /** Opens the store kept in `schema`, creating it when it is new. */
  static async open(sql: SqlSession, schema = 'public'): Promise<SqlEventStore> {
    await sql.transaction(async (tx) => {
      // Replicas starting together would both run `create … if not exists`, which PostgreSQL does not make atomic.
      await tx.query('select pg_advisory_xact_lock(hashtext($1))', [`rtop-store-schema:${schema}`]);
      await tx.exec(eventStoreSchema(schema));
    });
    return new SqlEventStore(sql, schema);
  }

  async append(streamId: string, events: readonly NewEvent[], expected: ExpectedVersion): Promise<AppendResult> {
    validateBatch(streamId, events);
    const payload = JSON.stringify(events.map(({ eventId, type, data, metadata }) => ({ eventId, type, data, metadata })));
    const expectedText = typeof expected === 'bigint' ? expected.toString() : expected;
    try {
      return await this.callAppend(streamId, expectedText, payload);
    } catch (error) {
      // A lost race is retried once: a concurrent copy of this very batch then reads as already
      // appended, an `any` append takes the stream row the winner created, and a real
      // conflict fails again.
      if (!isLostRace(error)) throw this.translate(error, streamId, expected);
      try {
        return await this.callAppend(streamId, expectedText, payload);
      } catch (retryError) {
        throw this.translate(retryError, streamId, expected);
      }
    }
  }

  async readStream(streamId: string, range: StreamRange = {}): Promise<readonly RecordedEvent[]> {
    const rows = await this.sql.query<EventRow>(
      `select ${EVENT_COLUMNS} from ${this.schema}.rtop_events e
        where e.stream_id = $1 and e.revision >= $2::bigint
        order by e.revision limit $3`,
      [streamId, (range.fromRevision ?? 0n).toString(), range.limit ?? null],
    );
    return rows.map(toRecordedEvent);
  }

  async readEvent(eventId: string): Promise<RecordedEvent | undefined> {
    if (!isUuid(eventId)) return undefined;
    const rows = await this.sql.query<EventRow>(`select ${EVENT_COLUMNS} from ${this.schema}.rtop_events e where e.event_id = $1::uuid`, [
      eventId,
    ]);
    return rows.length ? toRecordedEvent(rows[0]) : undefined;
  }

  async readGlobalLog(after: GlobalCheckpoint, limit: number): Promise<GlobalLogPage> {
    // Only transactions below the snapshot's xmin are finished: nothing can still appear below
    // it, so a reader that never goes past it never skips a late commit. Where no transaction
    // can be open during the read, every row it sees is final, and the condition (which more
    // than doubles the cost of an empty read) is left out.
    const finishedOnly = this.sql.concurrentTransactions ? 'and e.transaction_id < pg_snapshot_xmin(pg_current_snapshot())' : '';
    const rows = await this.sql.query<EventRow>(
      `select ${EVENT_COLUMNS} from ${this.schema}.rtop_events e
        where (e.transaction_id, e.global_position) > ($1::text::xid8, $2::bigint) ${finishedOnly}
        order by e.transaction_id, e.global_position
        limit $3`,
      [after.transactionId.toString(), after.position.toString(), limit],
    );
    const events = rows.map(toRecordedEvent);
    return { events, next: events.length ? events[events.length - 1].checkpoint : after };
  }

  async countAfter(after: GlobalCheckpoint): Promise<number> {
    const [row] = await this.sql.query<{ behind: string }>(
      `select count(*)::text as behind from ${this.schema}.rtop_events where (transaction_id, global_position) > ($1::text::xid8, $2::bigint)`,
      [after.transactionId.toString(), after.position.toString()],
    );
    return Number(row.behind);
  }

  async loadCheckpoint(subscriber: string): Promise<GlobalCheckpoint> {
    const rows = await this.sql.query<{ transaction_id: string; position: string }>(
      `select transaction_id::text as transaction_id, position::text as position
         from ${this.schema}.rtop_checkpoints where subscriber = $1`,
      [subscriber],
    );
    return rows.length
      ? { transactionId: BigInt(rows[0].transaction_id), position: BigInt(rows[0].position) }
      : { transactionId: 0n, position: 0n };
  }

  async storeCheckpoint(subscriber: string, checkpoint: GlobalCheckpoint): Promise<void> {
    await this.sql.query(
      `insert into ${this.schema}.rtop_checkpoints as c (subscriber, transaction_id, position)
         values ($1, $2::text::xid8, $3::bigint)
       on conflict (subscriber) do update
         set transaction_id = excluded.transaction_id, position = excluded.position
         where (c.transaction_id, c.position) < (excluded.transaction_id, excluded.position)`,
      [subscriber, checkpoint.transactionId.toString(), checkpoint.position.toString()],
    );
  }

  waitForAppend(timeoutMs: number, signal?: AbortSignal): Promise<void> {
    return nextAppend(this.appended, timeoutMs, signal);
  }

  close(): Promise<void> {
    return this.sql.close();
  }

  private async callAppend(streamId: string, expected: string, payload: string): Promise<AppendResult> {
    // The usual append (the expected version holds, the ids are new) skips the id probe; anything
    // else (the version did not hold, or 23505 for an id already used) wrote nothing, and is
    // answered by rtop_append, which checks the ids first.
    try {
      const placed = await this.commits.place(streamId, expected, payload);
      if (placed !== undefined) {
        this.appended.emit('append');
        return { nextRevision: placed, alreadyAppended: false };
      }
    } catch (error) {
      if (sqlStateOf(error) !== '23505') throw error;
    }
    const [row] = await this.sql.query<{ next_revision: string; already_appended: boolean }>(
      `select next_revision::text as next_revision, already_appended from ${this.schema}.rtop_append($1, $2, $3::jsonb)`,
      [streamId, expected, payload],
    );
    if (!row.already_appended) this.appended.emit('append');
    return { nextRevision: BigInt(row.next_revision), alreadyAppended: row.already_appended };
  }

  private translate(error: unknown, streamId: string, expected: ExpectedVersion): unknown {
    switch (sqlStateOf(error)) {
      case 'RT409':
      case '23505':
        return new WrongExpectedVersion(streamId, expected);
      case 'RT422':
        return new PartialDuplicateAppend(streamId);
      default:
        return error;
    }
  }
}

function isLostRace(error: unknown): boolean {
  const state = sqlStateOf(error);
  return state === 'RT409' || state === '23505';
}

function toRecordedEvent(row: EventRow): RecordedEvent {
  return {
    eventId: row.event_id,
    type: row.type,
    data: row.data,
    metadata: row.metadata,
    streamId: row.stream_id,
    revision: BigInt(row.revision),
    checkpoint: { transactionId: BigInt(row.transaction_id), position: BigInt(row.position) },
    recordedAt: new Date(row.recorded_at),
  };
}
