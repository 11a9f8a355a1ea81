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

export async function storeProjectionCheckpoint(tx: SqlSession, schema: string, name: string, checkpoint: GlobalCheckpoint): Promise<void> {
  await tx.query(
    `insert into ${schema}.rtop_projections (name, transaction_id, position) values ($1, $2::text::xid8, $3::bigint)
     on conflict (name) do update set transaction_id = excluded.transaction_id, position = excluded.position, updated_at = now()`,
    [name, checkpoint.transactionId.toString(), checkpoint.position.toString()],
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
