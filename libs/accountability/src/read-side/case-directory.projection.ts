import { RecordedEvent } from '@rtop/event-store';
import { Projection, ProjectionScope } from '@rtop/read-model';
import { RegionMap, regionFor } from '../figures/regions';
import { ACCOUNTABILITY } from '../timeline/timeline-streams';
import { agendaItemsOf } from './agenda-items';
import { CaseSummary, NEW_CASE, foldCaseSummary, placedBeforeOf } from './case-summary';
import { RecordedTimelineEntry, timelineEntriesIn } from './timeline-entries-in';

export const CASE_DIRECTORY_TABLE = 'case_directory';
export const AGENDA_TABLE = 'agenda';

/**
 * One row per case for listing and filtering cases, and each body's open agenda items. The
 * summary is folded per case and kept with its stream revision, so an entry seen again is skipped;
 * a batch reads its cases' rows in one statement and writes them, agenda and all, in another.
 * The region map is taken when first needed: it is the deployment's, like the figures'.
 */
export class CaseDirectoryProjection implements Projection {
  readonly name = 'accountability.case-directory';
  readonly context = ACCOUNTABILITY;
  readonly version = 1;
  readonly tables = [CASE_DIRECTORY_TABLE, AGENDA_TABLE];
  private regionMap?: RegionMap;

  constructor(private readonly regions: () => RegionMap) {}

  setup(schema: string): string {
    return `
      create table if not exists ${schema}.${CASE_DIRECTORY_TABLE} (
        case_id text primary key,
        revision bigint not null,
        state jsonb not null,
        situation text,
        summary text,
        crimes text[] not null,
        status text not null,
        highest_risk text,
        region text not null,
        last_activity_at timestamptz not null,
        placed_before jsonb not null,
        readers text[] not null,
        privy text[] not null,
        published boolean not null
      );
      create index if not exists case_directory_by_activity on ${schema}.${CASE_DIRECTORY_TABLE} (last_activity_at desc, case_id);
      create table if not exists ${schema}.${AGENDA_TABLE} (
        body text not null,
        case_id text not null,
        kind text not null,
        ref text not null,
        since timestamptz not null,
        due_by timestamptz,
        primary key (body, case_id, kind, ref)
      );
      create index if not exists agenda_by_body on ${schema}.${AGENDA_TABLE} (body, since, case_id, kind, ref);`;
  }

  async apply(events: readonly RecordedEvent[], { tx, schema }: ProjectionScope): Promise<void> {
    const byCase = new Map<string, RecordedTimelineEntry[]>();
    for (const recorded of timelineEntriesIn(events)) byCase.set(recorded.caseId, [...(byCase.get(recorded.caseId) ?? []), recorded]);
    if (!byCase.size) return;
    const stored = await tx.query<{ case_id: string; revision: string; state: CaseSummary }>(
      `select case_id, revision::text as revision, state from ${schema}.${CASE_DIRECTORY_TABLE} where case_id = any($1::text[])`,
      [[...byCase.keys()]],
    );
    const before = new Map(stored.map((row) => [row.case_id, { revision: BigInt(row.revision), state: row.state }]));
    const changed: Changed[] = [];
    for (const [caseId, entries] of byCase) {
      const from = before.get(caseId) ?? { revision: -1n, state: NEW_CASE };
      // A rebuild or a redelivery may bring entries the row already holds: fold only what is new.
      const fresh = entries.filter((e) => e.seq > from.revision);
      if (!fresh.length) continue;
      changed.push({
        caseId,
        revision: fresh[fresh.length - 1].seq,
        state: fresh.reduce((state, e) => foldCaseSummary(state, e.entry), from.state),
      });
    }
    if (!changed.length) return;
    await tx.query(
      `with directory as (${upsertDirectory(schema, '$1')}), answered as (${deleteAnswered(schema, '$2', '$3')})
       ${upsertAgenda(schema, '$3')}`,
      [JSON.stringify(this.directoryRows(changed)), changed.map((c) => c.caseId), JSON.stringify(agendaRows(changed))],
    );
  }

  private directoryRows(changed: readonly Changed[]) {
    const regionMap = (this.regionMap ??= this.regions());
    return changed.map(({ caseId, revision, state }) => ({
      case_id: caseId,
      revision: revision.toString(),
      state,
      situation: state.situation,
      summary: state.summary,
      crimes: state.crimes,
      status: state.status,
      highest_risk: state.risk?.peak ?? null,
      region: regionFor({ situation: state.situation ?? '', openedRegion: state.openedRegion, states: state.states }, regionMap).region,
      last_activity_at: state.lastActivityAt,
      placed_before: placedBeforeOf(state),
      readers: state.readers,
      privy: state.privy,
      published: state.published,
    }));
  }
}

interface Changed {
  readonly caseId: string;
  readonly revision: bigint;
  readonly state: CaseSummary;
}

/** The changed cases' agenda items, each once (the first of those with one key). */
function agendaRows(changed: readonly Changed[]) {
  const rows = new Map<string, { body: string; case_id: string; kind: string; ref: string; since: string; due_by: string | null }>();
  for (const { caseId, state } of changed) {
    for (const item of agendaItemsOf(state)) {
      const key = JSON.stringify([item.body, caseId, item.kind, item.ref]);
      if (!rows.has(key))
        rows.set(key, { body: item.body, case_id: caseId, kind: item.kind, ref: item.ref, since: item.since, due_by: item.dueBy });
    }
  }
  return [...rows.values()];
}

const upsertDirectory = (schema: string, rows: string) => `
  insert into ${schema}.${CASE_DIRECTORY_TABLE} as d
    (case_id, revision, state, situation, summary, crimes, status, highest_risk, region, last_activity_at, placed_before, readers, privy, published)
  select r.case_id, r.revision, r.state, r.situation, r.summary, array(select jsonb_array_elements_text(r.crimes)), r.status, r.highest_risk,
         r.region, r.last_activity_at, r.placed_before, array(select jsonb_array_elements_text(r.readers)),
         array(select jsonb_array_elements_text(r.privy)), r.published
    from jsonb_to_recordset(${rows}::jsonb) as r(
      case_id text, revision bigint, state jsonb, situation text, summary text, crimes jsonb, status text, highest_risk text,
      region text, last_activity_at timestamptz, placed_before jsonb, readers jsonb, privy jsonb, published boolean)
  on conflict (case_id) do update set
    revision = excluded.revision, state = excluded.state, situation = excluded.situation, summary = excluded.summary,
    crimes = excluded.crimes, status = excluded.status, highest_risk = excluded.highest_risk, region = excluded.region,
    last_activity_at = excluded.last_activity_at, placed_before = excluded.placed_before, readers = excluded.readers,
    privy = excluded.privy, published = excluded.published`;

const AGENDA_ROW = `r(body text, case_id text, kind text, ref text, since timestamptz, due_by timestamptz)`;

/**
 * An item answered is one no longer derived: the changed cases' items that are not among their
 * items now. It never touches a row the upsert of those items writes, so both go in one statement.
 */
const deleteAnswered = (schema: string, caseIds: string, items: string) => `
  delete from ${schema}.${AGENDA_TABLE} a
   where a.case_id = any(${caseIds}::text[])
     and not exists (select from jsonb_to_recordset(${items}::jsonb) as ${AGENDA_ROW}
                      where (r.body, r.case_id, r.kind, r.ref) = (a.body, a.case_id, a.kind, a.ref))`;

const upsertAgenda = (schema: string, items: string) => `
  insert into ${schema}.${AGENDA_TABLE} as a (body, case_id, kind, ref, since, due_by)
  select r.body, r.case_id, r.kind, r.ref, r.since, r.due_by from jsonb_to_recordset(${items}::jsonb) as ${AGENDA_ROW}
  on conflict (body, case_id, kind, ref) do update set since = excluded.since, due_by = excluded.due_by
    where (a.since, a.due_by) is distinct from (excluded.since, excluded.due_by)`;
