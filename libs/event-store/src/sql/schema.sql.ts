/**
 * The store's schema. Appends go through one function call so that a command costs one round
 * trip and its transaction stays short: every open write transaction holds global-log readers back.
 */
export const EVENT_STORE_SCHEMA = `
create table if not exists rtop_streams (
  stream_id text primary key,
  revision bigint not null
);

create table if not exists rtop_events (
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

create index if not exists rtop_events_global_order on rtop_events (transaction_id, global_position);

create table if not exists rtop_checkpoints (
  subscriber text primary key,
  transaction_id xid8 not null,
  position bigint not null
);

create or replace function rtop_append(p_stream text, p_expected text, p_events jsonb)
returns table (next_revision bigint, already_appended boolean)
language plpgsql
-- Plans made while the tables were small would keep scanning them whole as they grow.
set plan_cache_mode = force_custom_plan
as $$
declare
  v_count int := jsonb_array_length(p_events);
  v_ids uuid[];
  v_found int;
  v_found_anywhere int;
  v_current bigint;
  v_exists boolean;
begin
  select array_agg((e->>'eventId')::uuid) into v_ids from jsonb_array_elements(p_events) e;

  select count(*) filter (where stream_id = p_stream), count(*), max(revision) filter (where stream_id = p_stream)
    into v_found, v_found_anywhere, v_current
    from rtop_events where event_id = any(v_ids);
  if v_found = v_count then
    return query select v_current, true;
    return;
  end if;
  if v_found_anywhere > 0 then
    raise exception 'event ids already used' using errcode = 'RT422';
  end if;

  select s.revision into v_current from rtop_streams s where s.stream_id = p_stream for update;
  v_exists := found;
  if (p_expected = 'no_stream' and v_exists)
     or (p_expected = 'stream_exists' and not v_exists)
     or (p_expected ~ '^[0-9]+$' and (not v_exists or v_current <> p_expected::bigint)) then
    raise exception 'wrong expected version' using errcode = 'RT409';
  end if;

  if not v_exists then
    insert into rtop_streams (stream_id, revision) values (p_stream, v_count - 1) on conflict do nothing;
    if found then
      v_current := -1;
    elsif p_expected = 'any' then
      select s.revision into v_current from rtop_streams s where s.stream_id = p_stream for update;
      v_exists := true;
    else
      raise exception 'wrong expected version' using errcode = 'RT409';
    end if;
  end if;
  if v_exists then
    update rtop_streams set revision = v_current + v_count where stream_id = p_stream;
  end if;

  insert into rtop_events (event_id, stream_id, revision, type, data, metadata)
    select (x.e->>'eventId')::uuid, p_stream, v_current + x.n, x.e->>'type', x.e->'data', x.e->'metadata'
      from jsonb_array_elements(p_events) with ordinality as x(e, n);
  return query select v_current + v_count, false;
end
$$;
`;
