import { SqlSession } from '@rtop/event-store';
import { TreeFrontier } from './tree-frontier';
import { NodeKey, TreeNode } from './tree-node';

type Sql = Pick<SqlSession, 'query'>;

export const LEDGER_TABLES = ['ledger_tree_nodes', 'ledger_case_entries', 'ledger_chain_heads'] as const;

/**
 * The ledger tree projection's tables. Nodes are addressed by (level, index): a root or a proof
 * asks for a handful of them by key. The leaves (level 0) also give the tree's size.
 */
export const ledgerTablesSetup = (schema: string) => `
create table if not exists ${schema}.ledger_tree_nodes (
  level int not null,
  index bigint not null,
  hash bytea not null,
  primary key (level, index)
);
create table if not exists ${schema}.ledger_case_entries (
  ledger_index bigint primary key,
  case_id text not null,
  event_id text not null,
  entry jsonb not null
);
create index if not exists ledger_case_entries_by_case on ${schema}.ledger_case_entries (case_id, ledger_index);
create table if not exists ${schema}.ledger_chain_heads (
  case_id text not null,
  stream_id text not null,
  ledger_index bigint not null,
  entry_hash text not null,
  length int not null,
  primary key (case_id, stream_id)
);`;

/** How many leaves the stored tree holds: one index probe. */
export const TREE_SIZE = (schema: string) => `select coalesce(max(index) + 1, 0) from ${schema}.ledger_tree_nodes where level = 0`;

export async function treeSize(sql: Sql, schema: string): Promise<number> {
  const [row] = await sql.query<{ size: string }>(`select (${TREE_SIZE(schema)})::text as size`);
  return Number(row.size);
}

interface NodeRow {
  readonly level: number;
  readonly index: string;
  readonly hash: string;
}

const NODES_WITH_KEYS = (schema: string) => `${schema}.ledger_tree_nodes n
  join unnest($1::int[], $2::bigint[]) as k(level, index) on n.level = k.level and n.index = k.index`;
const NODE_COLUMNS = `n.level, n.index::text as index, encode(n.hash, 'hex') as hash`;
const keyParams = (keys: readonly NodeKey[]) => [keys.map((k) => k.level), keys.map((k) => k.index)];
const nodeOf = (row: NodeRow): TreeNode => ({ level: row.level, index: Number(row.index), hash: Buffer.from(row.hash, 'hex') });

/** The stored nodes with these keys, in one query. */
export async function fetchNodes(sql: Sql, schema: string, keys: readonly NodeKey[]): Promise<TreeNode[]> {
  if (!keys.length) return [];
  const rows = await sql.query<NodeRow>(`select ${NODE_COLUMNS} from ${NODES_WITH_KEYS(schema)}`, keyParams(keys));
  return rows.map(nodeOf);
}

/**
 * The tree's size and the stored nodes of its frontier: in one read when the tree holds
 * `expected` leaves, as it does when a batch begins with the entry after the tree's last; when
 * it does not, the nodes are read again for the size found.
 */
export async function storedFrontier(sql: Sql, schema: string, expected: number): Promise<{ size: number; nodes: TreeNode[] }> {
  const rows = await sql.query<{ size: string } & (NodeRow | { [K in keyof NodeRow]: null })>(
    `select s.size::text as size, ${NODE_COLUMNS}
       from (${TREE_SIZE(schema)}) as s(size)
       left join (${NODES_WITH_KEYS(schema)}) on true`,
    keyParams(TreeFrontier.keysAt(expected)),
  );
  const size = Number(rows[0].size);
  if (size !== expected) return { size, nodes: await fetchNodes(sql, schema, TreeFrontier.keysAt(size)) };
  return { size, nodes: rows.flatMap((row) => (row.level === null ? [] : [nodeOf(row)])) };
}
