import { RecordedEvent } from '@rtop/event-store';
import { Context, Decider, DomainEvent } from '@rtop/kernel';
import { Projection, ProjectionScope } from './projection';
import { decodeState, encodeState } from './state-codec';

export interface StreamStatesOptions<Event extends DomainEvent, State> {
  /** `<context>.<model>`, e.g. `security-council.case-states`. */
  readonly name: string;
  readonly context: Context;
  /** The table, unqualified. */
  readonly table: string;
  readonly decider: Pick<Decider<never, Event, State>, 'evolve' | 'initialState'>;
  /** The streams whose state this model keeps. */
  readonly streams: (streamId: string) => boolean;
  /** The model's version (1 when absent): bump it whenever the decider's state changes shape. */
  readonly version?: number;
}

export interface StoredState<State> {
  readonly state: State;
  /** The stream revision the state was folded up to: an ETag, and where a command reads on from. */
  readonly revision: bigint;
}

/**
 * A decider's state per stream, folded as events arrive: a read answers from one row, and a
 * command starts from it, reading only the events after its revision.
 */
export class StreamStates<Event extends DomainEvent, State> implements Projection {
  readonly name: string;
  readonly context: Context;
  readonly version: number;
  readonly tables: readonly string[];

  constructor(private readonly options: StreamStatesOptions<Event, State>) {
    this.name = options.name;
    this.context = options.context;
    this.version = options.version ?? 1;
    this.tables = [options.table];
  }

  setup(schema: string): string {
    return `create table if not exists ${schema}.${this.options.table} (
      stream_id text primary key,
      revision bigint not null,
      state jsonb not null
    );`;
  }

  async apply(events: readonly RecordedEvent[], { tx, schema }: ProjectionScope): Promise<void> {
    const byStream = new Map<string, RecordedEvent[]>();
    for (const event of events)
      if (this.options.streams(event.streamId)) byStream.set(event.streamId, [...(byStream.get(event.streamId) ?? []), event]);
    if (!byStream.size) return;
    const rows = await tx.query<{ stream_id: string; revision: string; state: object }>(
      `select stream_id, revision::text as revision, state from ${schema}.${this.options.table} where stream_id = any($1)`,
      [[...byStream.keys()]],
    );
    const stored = new Map(rows.map((row) => [row.stream_id, { revision: BigInt(row.revision), state: decodeState(row.state) as State }]));
    for (const [streamId, streamEvents] of byStream) {
      const from = stored.get(streamId) ?? { revision: -1n, state: this.options.decider.initialState };
      // A rebuild or a redelivery may bring events the row already holds: fold only what is new.
      const fresh = streamEvents.filter((e) => e.revision > from.revision);
      if (!fresh.length) continue;
      const state = fresh.reduce((s, e) => this.options.decider.evolve(s, { type: e.type, data: e.data } as Event), from.state);
      await tx.query(
        `insert into ${schema}.${this.options.table} (stream_id, revision, state) values ($1, $2::bigint, $3::jsonb)
         on conflict (stream_id) do update set revision = excluded.revision, state = excluded.state`,
        [streamId, fresh[fresh.length - 1].revision.toString(), encodeState(state)],
      );
    }
  }

  /** The stream's state as the model holds it, or the decider's initial state at revision -1 when it has none of its events. */
  async readOrInitial(sql: Pick<ProjectionScope['tx'], 'query'>, schema: string, streamId: string): Promise<StoredState<State>> {
    return (await this.read(sql, schema, streamId)) ?? { state: this.options.decider.initialState, revision: -1n };
  }

  /** The stream's state as the model holds it; undefined when the model has none of its events. */
  async read(sql: Pick<ProjectionScope['tx'], 'query'>, schema: string, streamId: string): Promise<StoredState<State> | undefined> {
    const rows = await sql.query<{ revision: string; state: object }>(
      `select revision::text as revision, state from ${schema}.${this.options.table} where stream_id = $1`,
      [streamId],
    );
    const row = rows.at(0);
    return row ? { revision: BigInt(row.revision), state: decodeState(row.state) as State } : undefined;
  }
}
