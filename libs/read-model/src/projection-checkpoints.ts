import { GlobalCheckpoint, SqlSession } from '@rtop/event-store';

/**
 * The table of every projection's checkpoint in a context's schema, with the version of the model
 * its tables hold. The version came after the table: a row the release before it wrote reads as 1.
 */
export const projectionCheckpointsSetup = (schema: string) => `
create table if not exists ${schema}.rtop_projections (
  name text primary key,
  transaction_id xid8 not null,
  position bigint not null,
  updated_at timestamptz not null default now()
);
alter table ${schema}.rtop_projections add column if not exists version integer not null default 1;`;

/** Where a model stands in its context's log, and the version of the model its tables hold. */
export interface StoredProjection {
  readonly checkpoint: GlobalCheckpoint;
  readonly version: number;
}

/** The model's row; undefined before its first set-up. */
export async function loadProjectionCheckpoint(sql: SqlSession, schema: string, name: string): Promise<StoredProjection | undefined> {
  const rows = await sql.query<{ transaction_id: string; position: string; version: number }>(
    `select transaction_id::text as transaction_id, position::text as position, version from ${schema}.rtop_projections where name = $1`,
    [name],
  );
  const row = rows.at(0);
  return row && { checkpoint: { transactionId: BigInt(row.transaction_id), position: BigInt(row.position) }, version: row.version };
}

/**
 * Locks the model's checkpoint row until the transaction ends, giving the model one at `version`
 * and the start of the log when it has none, and answers the version its tables hold.
 */
export async function lockProjectionVersion(tx: SqlSession, schema: string, name: string, version: number): Promise<number> {
  await tx.query(
    `insert into ${schema}.rtop_projections (name, transaction_id, position, version) values ($1, '0'::xid8, 0, $2)
     on conflict (name) do nothing`,
    [name, version],
  );
  const [row] = await tx.query<{ version: number }>(`select version from ${schema}.rtop_projections where name = $1 for update`, [name]);
  return row.version;
}

/**
 * Moves the model's checkpoint from `from` to `to` in the transaction that applies the events in
 * between; false when it no longer stands at `from`, or its tables no longer hold `version`. The
 * row stays locked until that transaction ends, so of two runners of one model (a second replica,
 * a rebuild) only one applies a batch, and never one of another version than the tables'.
 */
export async function moveProjectionCheckpoint(
  tx: SqlSession,
  schema: string,
  { name, version }: { name: string; version: number },
  from: GlobalCheckpoint,
  to: GlobalCheckpoint,
): Promise<boolean> {
  const moved = await tx.query(
    `update ${schema}.rtop_projections set transaction_id = $4::text::xid8, position = $5::bigint, updated_at = now()
      where name = $1 and transaction_id = $2::text::xid8 and position = $3::bigint and version = $6
      returning name`,
    [name, from.transactionId.toString(), from.position.toString(), to.transactionId.toString(), to.position.toString(), version],
  );
  return moved.length === 1;
}

/** Puts the model's checkpoint back at the start of the log, for tables made at `version` (its row is locked). */
export async function resetProjectionCheckpoint(tx: SqlSession, schema: string, name: string, version: number): Promise<void> {
  await tx.query(
    `update ${schema}.rtop_projections set transaction_id = '0'::xid8, position = 0, version = $2, updated_at = now() where name = $1`,
    [name, version],
  );
}
