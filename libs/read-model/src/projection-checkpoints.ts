import { GlobalCheckpoint, SqlSession, START_OF_LOG } from '@rtop/event-store';

/** The table of every projection's checkpoint in a context's schema. */
export const projectionCheckpointsSetup = (schema: string) => `
create table if not exists ${schema}.rtop_projections (
  name text primary key,
  transaction_id xid8 not null,
  position bigint not null,
  updated_at timestamptz not null default now()
);`;

export async function loadProjectionCheckpoint(sql: SqlSession, schema: string, name: string): Promise<GlobalCheckpoint> {
  const rows = await sql.query<{ transaction_id: string; position: string }>(
    `select transaction_id::text as transaction_id, position::text as position from ${schema}.rtop_projections where name = $1`,
    [name],
  );
  return rows.length ? { transactionId: BigInt(rows[0].transaction_id), position: BigInt(rows[0].position) } : START_OF_LOG;
}

/** Gives a model its checkpoint row, at the start of the log, unless it has one. */
export async function registerProjection(sql: SqlSession, schema: string, name: string): Promise<void> {
  await sql.query(
    `insert into ${schema}.rtop_projections (name, transaction_id, position) values ($1, '0'::xid8, 0) on conflict (name) do nothing`,
    [name],
  );
}

/**
 * Moves the model's checkpoint from `from` to `to` in the transaction that applies the events in
 * between; false when it no longer stands at `from`. The row stays locked until that transaction
 * ends, so of two runners of one model (a second replica, a rebuild) only one applies a batch.
 */
export async function moveProjectionCheckpoint(
  tx: SqlSession,
  schema: string,
  name: string,
  from: GlobalCheckpoint,
  to: GlobalCheckpoint,
): Promise<boolean> {
  const moved = await tx.query(
    `update ${schema}.rtop_projections set transaction_id = $4::text::xid8, position = $5::bigint, updated_at = now()
      where name = $1 and transaction_id = $2::text::xid8 and position = $3::bigint
      returning name`,
    [name, from.transactionId.toString(), from.position.toString(), to.transactionId.toString(), to.position.toString()],
  );
  return moved.length === 1;
}

/** Puts the model's checkpoint back at the start of the log; a runner's batch in progress finishes first. */
export async function resetProjectionCheckpoint(tx: SqlSession, schema: string, name: string): Promise<void> {
  await tx.query(
    `insert into ${schema}.rtop_projections (name, transaction_id, position) values ($1, '0'::xid8, 0)
     on conflict (name) do update set transaction_id = excluded.transaction_id, position = excluded.position, updated_at = now()`,
    [name],
  );
}

/** How many of the context's events the projection has not applied yet. */
export async function eventsBehind(sql: SqlSession, schema: string, checkpoint: GlobalCheckpoint): Promise<number> {
  const [row] = await sql.query<{ behind: string }>(
    `select count(*)::text as behind from ${schema}.rtop_events where (transaction_id, global_position) > ($1::text::xid8, $2::bigint)`,
    [checkpoint.transactionId.toString(), checkpoint.position.toString()],
  );
  return Number(row.behind);
}
