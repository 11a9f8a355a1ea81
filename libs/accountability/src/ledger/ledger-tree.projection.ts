import { RecordedEvent } from '@rtop/event-store';
import { Context } from '@rtop/kernel';
import { Projection, ProjectionScope } from '@rtop/read-model';
import { LedgerEntry } from './ledger-entry';
import { LEDGER_ENTRY_APPENDED, LEDGER_STREAM } from './ledger-stream';
import { TreeFrontier } from './tree-frontier';
import { TreeNode, nodeKey } from './tree-node';
import { LEDGER_TABLES, fetchNodes, ledgerTablesSetup, treeSize } from './ledger-tree.tables';

/**
 * The ledger as its readers need it, kept as entries are appended: the Merkle tree's complete
 * aligned subtrees (so a root or a proof reads O(log n) rows, not the ledger), each case's entries
 * (so a case's bundle reads only its own), and the head of every chain (so a writer starting up
 * reads one row per chain it meets). All three move with the projection's checkpoint in one
 * transaction, so they always describe the same prefix of the ledger.
 */
export class LedgerTreeProjection implements Projection {
  readonly name = 'accountability.ledger-tree';
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
    const size = await treeSize(tx, schema);
    const stored = new Map((await fetchNodes(tx, schema, TreeFrontier.keysAt(size))).map((node) => [nodeKey(node), node.hash]));
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
    await insertNodes(tx, schema, nodes);
    await insertCaseEntries(tx, schema, fresh);
    await advanceChainHeads(tx, schema, fresh);
  }
}

async function insertNodes(tx: ProjectionScope['tx'], schema: string, nodes: readonly TreeNode[]): Promise<void> {
  await tx.query(
    `insert into ${schema}.ledger_tree_nodes (level, index, hash)
     select level, index, decode(hash, 'hex') from unnest($1::int[], $2::bigint[], $3::text[]) as n(level, index, hash)
     on conflict do nothing`,
    [nodes.map((n) => n.level), nodes.map((n) => n.index), nodes.map((n) => n.hash.toString('hex'))],
  );
}

async function insertCaseEntries(tx: ProjectionScope['tx'], schema: string, entries: readonly LedgerEntry[]): Promise<void> {
  await tx.query(
    `insert into ${schema}.ledger_case_entries (case_id, ledger_index, event_id, entry)
     select case_id, ledger_index, event_id, entry::jsonb from unnest($1::text[], $2::bigint[], $3::text[], $4::text[]) as e(case_id, ledger_index, event_id, entry)
     on conflict do nothing`,
    [
      entries.map((e) => e.event.caseId),
      entries.map((e) => e.index),
      entries.map((e) => e.event.eventId),
      entries.map((e) => JSON.stringify(e)),
    ],
  );
}

/** Each chain's new head and how many links it gained in the batch. */
async function advanceChainHeads(tx: ProjectionScope['tx'], schema: string, entries: readonly LedgerEntry[]): Promise<void> {
  const heads = new Map<string, { caseId: string; streamId: string; index: number; entryHash: string; gained: number }>();
  for (const { event, index, entryHash } of entries) {
    const chain = `${event.caseId} ${event.streamId}`;
    heads.set(chain, { caseId: event.caseId, streamId: event.streamId, index, entryHash, gained: (heads.get(chain)?.gained ?? 0) + 1 });
  }
  const rows = [...heads.values()];
  await tx.query(
    `insert into ${schema}.ledger_chain_heads as h (case_id, stream_id, ledger_index, entry_hash, length)
     select * from unnest($1::text[], $2::text[], $3::bigint[], $4::text[], $5::int[])
     on conflict (case_id, stream_id) do update
       set ledger_index = excluded.ledger_index, entry_hash = excluded.entry_hash, length = h.length + excluded.length`,
    [
      rows.map((r) => r.caseId),
      rows.map((r) => r.streamId),
      rows.map((r) => r.index),
      rows.map((r) => r.entryHash),
      rows.map((r) => r.gained),
    ],
  );
}

/** The ledger's read models, for the module that runs them and for `rtop projections rebuild`. */
export const LEDGER_PROJECTIONS: readonly Projection[] = [new LedgerTreeProjection()];
