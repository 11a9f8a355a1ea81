import { RecordedEvent } from '@rtop/event-store';
import { Context } from '@rtop/kernel';
import { Projection, ProjectionScope } from '@rtop/read-model';
import { LedgerEntry } from './ledger-entry';
import { LEDGER_ENTRY_APPENDED, LEDGER_STREAM } from './ledger-stream';
import { TreeFrontier } from './tree-frontier';
import { TreeNode, nodeKey } from './tree-node';
import { LEDGER_TABLES, ledgerTablesSetup, storedFrontier } from './ledger-tree.tables';

/**
 * The ledger as its readers need it, kept as entries are appended: the Merkle tree's complete
 * aligned subtrees (so a root or a proof reads O(log n) rows, not the ledger), each case's entries
 * (so a case's bundle reads only its own), and the head of every chain (so a writer starting up
 * reads one row per chain it meets). All three move with the projection's checkpoint in one
 * transaction, so they always describe the same prefix of the ledger.
 */
export class LedgerTreeProjection implements Projection {
  readonly name = 'accountability.ledger-tree';
  readonly version = 1;
  readonly tables = LEDGER_TABLES;

  /** The accountability context; a test names a context of its own to get a fresh schema. */
  constructor(readonly context: Context = 'accountability') {}

  setup(schema: string): string {
    return ledgerTablesSetup(schema);
  }

  async apply(events: readonly RecordedEvent[], { tx, schema }: ProjectionScope): Promise<void> {
    const entries = events
      .filter((e) => e.streamId === LEDGER_STREAM && e.type === LEDGER_ENTRY_APPENDED)
      .map((e) => e.data as LedgerEntry);
    if (!entries.length) return;
    const { size, nodes: edge } = await storedFrontier(tx, schema, entries[0].index);
    const stored = new Map(edge.map((node) => [nodeKey(node), node.hash]));
    const frontier = TreeFrontier.at(size, (at) => {
      const hash = stored.get(nodeKey(at));
      if (!hash) throw new Error(`ledger tree node ${nodeKey(at)} is missing: rebuild ${this.name}`);
      return hash;
    });
    const nodes: TreeNode[] = [];
    const fresh: LedgerEntry[] = [];
    for (const entry of entries) {
      // A rebuild or a redelivery may bring entries the tree holds: they are in it already.
      if (entry.index < frontier.size) continue;
      // The ledger stream is written at exact revisions, one after the other, so the log brings
      // its entries in order; a gap would leave every later root wrong, so stop here instead.
      if (entry.index > frontier.size) throw new Error(`ledger entry ${entry.index} arrived before entry ${frontier.size}`);
      nodes.push(...frontier.append(entry.entryHash));
      fresh.push(entry);
    }
    if (!fresh.length) return;
    await storeBatch(tx, schema, nodes, fresh);
  }
}

/**
 * The batch's new nodes, its entries by case and its chains' new heads, in one statement. Its
 * three inserts write three tables, so the order PostgreSQL runs them in changes nothing.
 */
async function storeBatch(tx: ProjectionScope['tx'], schema: string, nodes: readonly TreeNode[], entries: readonly LedgerEntry[]) {
  const heads = chainHeadsAfter(entries);
  await tx.query(
    `with nodes as (
       insert into ${schema}.ledger_tree_nodes (level, index, hash)
       select level, index, decode(hash, 'hex') from unnest($1::int[], $2::bigint[], $3::text[]) as n(level, index, hash)
       on conflict do nothing
     ), case_entries as (
       insert into ${schema}.ledger_case_entries (case_id, ledger_index, event_id, entry)
       select case_id, ledger_index, event_id, entry::jsonb
         from unnest($4::text[], $5::bigint[], $6::text[], $7::text[]) as e(case_id, ledger_index, event_id, entry)
       on conflict do nothing
     )
     insert into ${schema}.ledger_chain_heads as h (case_id, stream_id, ledger_index, entry_hash, length)
     select * from unnest($8::text[], $9::text[], $10::bigint[], $11::text[], $12::int[])
     on conflict (case_id, stream_id) do update
       set ledger_index = excluded.ledger_index, entry_hash = excluded.entry_hash, length = h.length + excluded.length`,
    [
      nodes.map((n) => n.level),
      nodes.map((n) => n.index),
      nodes.map((n) => n.hash.toString('hex')),
      entries.map((e) => e.event.caseId),
      entries.map((e) => e.index),
      entries.map((e) => e.event.eventId),
      entries.map((e) => JSON.stringify(e)),
      heads.map((r) => r.caseId),
      heads.map((r) => r.streamId),
      heads.map((r) => r.index),
      heads.map((r) => r.entryHash),
      heads.map((r) => r.gained),
    ],
  );
}

/** Each chain's new head and how many links it gained in the batch. */
function chainHeadsAfter(entries: readonly LedgerEntry[]) {
  const heads = new Map<string, { caseId: string; streamId: string; index: number; entryHash: string; gained: number }>();
  for (const { event, index, entryHash } of entries) {
    const chain = `${event.caseId} ${event.streamId}`;
    heads.set(chain, { caseId: event.caseId, streamId: event.streamId, index, entryHash, gained: (heads.get(chain)?.gained ?? 0) + 1 });
  }
  return [...heads.values()];
}

/** The ledger's read models, for the module that runs them and for `rtop projections rebuild`. */
export const LEDGER_PROJECTIONS: readonly Projection[] = [new LedgerTreeProjection()];
