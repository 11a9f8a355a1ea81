import { leafHash, nodeHash } from './merkle-tree';
import { NodeKey, TreeNode, blocksOf } from './tree-node';

/**
 * The right edge of the tree as it grows: the complete aligned subtrees of D[0:size], one per
 * set bit of size. Appending a leaf completes the nodes it closes, each from the edge's last
 * node and the one just made; those (the leaf first) are all that is new to store.
 */
export class TreeFrontier {
  private constructor(
    private readonly edge: TreeNode[],
    private length: number,
  ) {}

  /** The stored nodes the frontier of a tree of `size` leaves is made of. */
  static keysAt(size: number): NodeKey[] {
    return blocksOf(0, size);
  }

  /** The frontier of a tree of `size` leaves from its stored nodes (those `keysAt(size)` names). */
  static at(size: number, node: (key: NodeKey) => Buffer): TreeFrontier {
    return new TreeFrontier(
      TreeFrontier.keysAt(size).map((key) => ({ ...key, hash: node(key) })),
      size,
    );
  }

  static empty(): TreeFrontier {
    return new TreeFrontier([], 0);
  }

  get size(): number {
    return this.length;
  }

  /** Takes the next leaf; answers the nodes it completed, leaf first. */
  append(entryHash: string): TreeNode[] {
    let node: TreeNode = { level: 0, index: this.length, hash: leafHash(entryHash) };
    const made = [node];
    for (let left = this.last(); left?.level === node.level; left = this.last()) {
      this.edge.pop();
      node = { level: node.level + 1, index: left.index / 2, hash: nodeHash(left.hash, node.hash) };
      made.push(node);
    }
    this.edge.push(node);
    this.length += 1;
    return made;
  }

  private last(): TreeNode | undefined {
    return this.edge[this.edge.length - 1];
  }
}
