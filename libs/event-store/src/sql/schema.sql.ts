/**
 * The store's schema. Appends go through one function call so that a command costs one round
 * trip and its transaction stays short: every open write transaction holds global-log readers back.
 */
const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;

/** The store's tables and append function inside one PostgreSQL schema: one per bounded context. */
export function eventStoreSchema(schema: string): string {
  if (!IDENTIFIER.test(schema)) throw new Error(`event store schema must be a plain identifier, not ${schema}`);
  return `
create schema if not exists ${schema};
create table if not exists ${schema}.rtop_streams (
  stream_id text primary key,
  revision bigint not null
);

create table if not exists ${schema}.rtop_events (
  global_position bigint generated always as identity primary key,
  transaction_id xid8 not null default pg_current_xact_id(),
  event_id uuid not null unique,
  stream_id text not null,
  revision bigint not null,
  type text not null,
  data jsonb not null,
  metadata jsonb not null,
  recorded_at timestamptz not null default clock_timestamp(),
  unique (stream_id, revision)
);

create index if not exists rtop_events_global_order on ${schema}.rtop_events (transaction_id, global_position);

create table if not exists ${schema}.rtop_checkpoints (
  subscriber text primary key,
  transaction_id xid8 not null,
  position bigint not null
);

create or replace function ${schema}.rtop_append(p_stream text, p_expected text, p_events jsonb)
returns table (next_revision bigint, already_appended boolean)
language plpgsql as $$
declare
  v_count int := jsonb_array_length(p_events);
  v_ids uuid[] := array(select (e->>'eventId')::uuid from jsonb_array_elements(p_events) e);
  v_found int;
  v_found_anywhere int;
  v_current bigint;
begin
  -- By the unique index, one probe per id, whatever plan is cached for this session.
  select count(*) filter (where stream_id = p_stream), count(*), max(revision) filter (where stream_id = p_stream)
    into v_found, v_found_anywhere, v_current
    from ${schema}.rtop_events
   where event_id = any(v_ids);
  if v_found = v_count then
    return query select v_current, true;
    return;
  end if;
  if v_found_anywhere > 0 then
    raise exception 'event ids already used' using errcode = 'RT422';
  end if;

  -- One statement both checks the expected version and moves the stream on: a concurrent
  -- writer waits for the row, then finds the revision changed.
  if p_expected = 'no_stream' then
    insert into ${schema}.rtop_streams (stream_id, revision) values (p_stream, v_count - 1) on conflict do nothing;
    v_current := -1;
  elsif p_expected = 'any' then
    insert into ${schema}.rtop_streams as s (stream_id, revision) values (p_stream, v_count - 1)
      on conflict (stream_id) do update set revision = s.revision + v_count
      returning s.revision - v_count into v_current;
  elsif p_expected = 'stream_exists' then
    update ${schema}.rtop_streams set revision = revision + v_count where stream_id = p_stream
      returning revision - v_count into v_current;
  else
    update ${schema}.rtop_streams set revision = revision + v_count where stream_id = p_stream and revision = p_expected::bigint
      returning revision - v_count into v_current;
  end if;
  if not found then
    raise exception 'wrong expected version' using errcode = 'RT409';
  end if;

  insert into ${schema}.rtop_events (event_id, stream_id, revision, type, data, metadata)
    select (x.e->>'eventId')::uuid, p_stream, v_current + x.n, x.e->>'type', x.e->'data', x.e->'metadata'
      from jsonb_array_elements(p_events) with ordinality as x(e, n);
  return query select v_current + v_count, false;
end
$$;

-- The common case in two statements: the expected version holds and every event id is new.
-- Otherwise it writes nothing and answers null for the version, or fails with 23505 for an id
-- already used (the unique index waits for a concurrent copy of the batch, then refuses it), and
-- rtop_append answers the call: already appended, ids used elsewhere, or a conflict. So no id is
-- probed before every append, only when an append does not go through.
create or replace function ${schema}.rtop_place(p_stream text, p_expected text, p_events jsonb)
returns bigint
language plpgsql as $$
declare
  v_count int := jsonb_array_length(p_events);
  v_current bigint;
begin
  if p_expected = 'no_stream' then
    insert into ${schema}.rtop_streams (stream_id, revision) values (p_stream, v_count - 1) on conflict do nothing;
    v_current := -1;
  elsif p_expected = 'any' then
    insert into ${schema}.rtop_streams as s (stream_id, revision) values (p_stream, v_count - 1)
      on conflict (stream_id) do update set revision = s.revision + v_count
      returning s.revision - v_count into v_current;
  elsif p_expected = 'stream_exists' then
    update ${schema}.rtop_streams set revision = revision + v_count where stream_id = p_stream
      returning revision - v_count into v_current;
  else
    update ${schema}.rtop_streams set revision = revision + v_count where stream_id = p_stream and revision = p_expected::bigint
      returning revision - v_count into v_current;
  end if;
  if not found then
    return null;
  end if;

  insert into ${schema}.rtop_events (event_id, stream_id, revision, type, data, metadata)
    select (x.e->>'eventId')::uuid, p_stream, v_current + x.n, x.e->>'type', x.e->'data', x.e->'metadata'
      from jsonb_array_elements(p_events) with ordinality as x(e, n);
  return v_current + v_count;
end
$$;

-- Several appends in one transaction (group commit): one commit for all of them. Each answers as
-- rtop_place does; an append that fails takes the others with it, and each is then sent alone.
-- Streams are taken in order, so that two such transactions never wait on each other in a cycle.
create or replace function ${schema}.rtop_place_all(p_appends jsonb)
returns table (item int, next_revision bigint)
language plpgsql as $$
declare
  v_append record;
begin
  for v_append in
    select a.n, a.e from jsonb_array_elements(p_appends) with ordinality as a(e, n) order by a.e->>'stream', a.n
  loop
    item := v_append.n;
    next_revision := ${schema}.rtop_place(v_append.e->>'stream', v_append.e->>'expected', v_append.e->'events');
    return next;
  end loop;
end
$$;
`;
}
