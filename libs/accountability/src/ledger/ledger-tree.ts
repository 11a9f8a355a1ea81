import { Inject, Injectable, Optional } from '@nestjs/common';
import { SQL_SESSION, SqlSession, schemaOf } from '@rtop/event-store';
import { Context } from '@rtop/kernel';
import { LedgerEntry, LedgerEvent } from './ledger-entry';
import { LEDGER_STREAM } from './ledger-stream';
import { TREE_SIZE, fetchNodes, ledgerTablesSetup, treeSize } from './ledger-tree.tables';
import { StoredMerkleTree, nodesRead, treeOver } from './stored-merkle-tree';

/** The context whose store holds the ledger: the accountability context but in a test. */
export const LEDGER_CONTEXT = Symbol('LedgerContext');

/** Where a chain stood in the tree projection: the head at the projection's size. */
export interface StoredChainHead {
  /** The ledger size the projection holds, and so the size the head is at. */
  readonly treeSize: number;
  /** Undefined when the chain has no entry in the first `treeSize`. */
  readonly entryHash?: string;
}

/**
 * Reads of the ledger through its tree projection (`accountability.ledger-tree`) and the
 * store's stream table: the projection's rows only grow, so what a read finds for a tree size
 * stays true, whatever the projection has added since.
 */
@Injectable()
export class LedgerTree {
  private readonly schema: string;
  private ready?: Promise<void>;

  constructor(
    @Inject(SQL_SESSION) private readonly sql: SqlSession,
    @Optional() @Inject(LEDGER_CONTEXT) context: Context = 'accountability',
  ) {
    this.schema = schemaOf(context);
  }

  /** How many entries the tree holds: the projection may be a little behind the ledger stream. */
  async size(): Promise<number> {
    await this.setUp();
    return treeSize(this.sql, this.schema);
  }

  /**
   * The tree of `size` leaves with every node `reads` needs fetched in one query: `reads` is
   * run first over placeholders to find them. Ask the tree for nothing else.
   */
  async tree(size: number, reads: (tree: StoredMerkleTree) => unknown): Promise<StoredMerkleTree> {
    await this.setUp();
    const nodes = await fetchNodes(this.sql, this.schema, nodesRead(size, reads));
    return treeOver(size, nodes);
  }

  /** A case's entries among the first `size`, in ledger order. */
  async caseEntries(caseId: string, size: number): Promise<LedgerEntry[]> {
    await this.setUp();
    const rows = await this.sql.query<{ entry: LedgerEntry }>(
      `select entry from ${this.schema}.ledger_case_entries where case_id = $1 and ledger_index < $2::bigint order by ledger_index`,
      [caseId, size],
    );
    return rows.map((row) => row.entry);
  }

  /** The head of the event's chain with the size it is the head at, read together. */
  async chainHead(event: Pick<LedgerEvent, 'caseId' | 'streamId'>): Promise<StoredChainHead> {
    await this.setUp();
    const [row] = await this.sql.query<{ size: string; head: string | null }>(
      `select (${TREE_SIZE(this.schema)})::text as size,
              (select entry_hash from ${this.schema}.ledger_chain_heads where case_id = $1 and stream_id = $2) as head`,
      [event.caseId, event.streamId],
    );
    return { treeSize: Number(row.size), ...(row.head ? { entryHash: row.head } : {}) };
  }

  /** The ledger stream's length as the store records it: one row, whatever the ledger's size. */
  async ledgerLength(): Promise<number> {
    const rows = await this.sql.query<{ revision: string }>(
      `select revision::text as revision from ${this.schema}.rtop_streams where stream_id = $1`,
      [LEDGER_STREAM],
    );
    return rows.length ? Number(rows[0].revision) + 1 : 0;
  }

  /** The projection's runner creates the tables too; a read may come first. */
  private setUp(): Promise<void> {
    const setup = () => this.sql.exec(ledgerTablesSetup(this.schema));
    // Two sessions creating the same table at once may both try: the loser finds it there on a second go.
    this.ready ??= setup()
      .catch(setup)
      .catch((error: unknown) => {
        this.ready = undefined;
        throw error;
      });
    return this.ready;
  }
}
