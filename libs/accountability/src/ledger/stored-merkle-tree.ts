import { Rfc9162Tree, nodeHash } from './merkle-tree';
import { NodeKey, TreeNode, blocksOf, nodeKey } from './tree-node';

export type NodeLookup = (key: NodeKey) => Buffer;

/**
 * The RFC 9162 tree of `size` leaves read from its stored complete nodes: any subtree the
 * recursion names is the fold of at most log2(n) + 1 stored nodes, so a root costs O(log n)
 * nodes and a proof O(log^2 n) at most (in practice O(log n): only right-edge subtrees fold).
 */
export class StoredMerkleTree extends Rfc9162Tree {
  constructor(
    readonly size: number,
    private readonly node: NodeLookup,
  ) {
    super();
    if (!Number.isSafeInteger(size) || size < 0) throw new RangeError(`no tree has ${size} leaves`);
  }

  /** The tree of the first `size` leaves, over the same nodes. */
  prefix(size: number): StoredMerkleTree {
    if (size > this.size) throw new RangeError(`a tree of ${size} is not a prefix of a tree of ${this.size}`);
    return new StoredMerkleTree(size, this.node);
  }

  /** The proofs of a case's entries share most of their subtrees: each is folded once. */
  private readonly folded = new Map<string, Buffer>();

  protected subtree(start: number, end: number): Buffer {
    const key = `${start}:${end}`;
    let hash = this.folded.get(key);
    if (!hash) {
      hash = blocksOf(start, end)
        .map(this.node)
        .reduceRight((right, left) => nodeHash(left, right));
      this.folded.set(key, hash);
    }
    return hash;
  }
}

/** A placeholder: which nodes a computation reads does not depend on their hashes. */
const ANY_HASH = Buffer.alloc(32);

/**
 * The stored nodes a computation over a tree of `size` reads, found by running it over
 * placeholders: they can then be fetched in one query, and the computation run again on them.
 */
export function nodesRead(size: number, compute: (tree: StoredMerkleTree) => unknown): NodeKey[] {
  const read = new Map<string, NodeKey>();
  compute(
    new StoredMerkleTree(size, (key) => {
      read.set(nodeKey(key), key);
      return ANY_HASH;
    }),
  );
  return [...read.values()];
}

/** A tree over the nodes fetched for it; asking for any other is a fault, not a wrong answer. */
export function treeOver(size: number, nodes: readonly TreeNode[]): StoredMerkleTree {
  const byKey = new Map(nodes.map((node) => [nodeKey(node), node.hash]));
  return new StoredMerkleTree(size, (key) => {
    const hash = byKey.get(nodeKey(key));
    if (!hash) throw new Error(`ledger tree node ${nodeKey(key)} was not read for a tree of ${size}`);
    return hash;
  });
}
