import { createHash } from 'node:crypto';
import { MerkleTree } from './merkle-tree';
import { StoredMerkleTree, nodesRead, treeOver } from './stored-merkle-tree';
import { TreeFrontier } from './tree-frontier';
import { NodeKey, TreeNode, blocksOf, nodeKey } from './tree-node';

const entryHashes = (n: number) => Array.from({ length: n }, (_, i) => createHash('sha256').update(`entry ${i}`).digest('hex'));

/** Every node a frontier stores while taking the leaves one by one. */
function storedNodes(leaves: readonly string[]): Map<string, TreeNode> {
  const frontier = TreeFrontier.empty();
  const nodes = new Map<string, TreeNode>();
  for (const leaf of leaves) for (const node of frontier.append(leaf)) nodes.set(nodeKey(node), node);
  return nodes;
}

/** A tree over stored nodes that counts which it reads. */
function storedTree(leaves: readonly string[], nodes = storedNodes(leaves)) {
  const read = new Set<string>();
  const tree = new StoredMerkleTree(leaves.length, (key: NodeKey) => {
    read.add(nodeKey(key));
    const node = nodes.get(nodeKey(key));
    if (!node) throw new Error(`node ${nodeKey(key)} is not stored`);
    return node.hash;
  });
  return { tree, read };
}

const SMALL = Array.from({ length: 70 }, (_, i) => i + 1);
const LARGE = [127, 128, 129, 255, 256, 257, 1000, 1023, 1024, 1025, 4097];
/** Some leaves and older sizes of a large tree: both ends, the powers of two around, and a stride. */
const sampleOf = (n: number) =>
  [
    ...new Set([
      0,
      1,
      2,
      n - 2,
      n - 1,
      ...[1, 2, 4, 64, 512, 1024].flatMap((p) => [p - 1, p, p + 1]),
      ...Array.from({ length: 40 }, (_, i) => Math.floor((i * n) / 40)),
    ]),
  ].filter((i) => i >= 0 && i < n);
const popcount = (n: number) => n.toString(2).replace(/0/g, '').length;
const log2 = (n: number) => Math.ceil(Math.log2(Math.max(n, 2)));

// Loops collect what went wrong and assert once.
describe('the tree kept as its complete aligned subtrees', () => {
  it('stores, leaf by leaf, exactly the complete aligned subtrees, each with the MTH of its leaves', () => {
    const wrong: string[] = [];
    for (const n of SMALL) {
      const leaves = entryHashes(n);
      const nodes = storedNodes(leaves);
      let expected = 0;
      for (let level = 0; 2 ** level <= n; level++) {
        const width = 2 ** level;
        expected += Math.floor(n / width);
        for (let index = 0; (index + 1) * width <= n; index++) {
          const node = nodes.get(`${level}:${index}`);
          if (node?.hash.toString('hex') !== new MerkleTree(leaves.slice(index * width, (index + 1) * width)).root())
            wrong.push(`${level}:${index} of ${n}`);
        }
      }
      if (nodes.size !== expected) wrong.push(`${nodes.size} nodes for ${n} leaves, not ${expected}`);
    }
    expect(wrong).toEqual([]);
  });

  it('goes on from its stored right edge as if it had never stopped, whatever the batch boundaries', () => {
    const leaves = entryHashes(70);
    const whole = storedNodes(leaves);
    for (const stop of [0, 1, 5, 31, 32, 33, 64, 69]) {
      const before = storedNodes(leaves.slice(0, stop));
      const frontier = TreeFrontier.at(stop, (key) => before.get(nodeKey(key))!.hash);
      expect(frontier.size).toBe(stop);
      const after = leaves.slice(stop).flatMap((leaf) => frontier.append(leaf));
      expect(new Map([...before, ...after.map((node) => [nodeKey(node), node] as const)])).toEqual(whole);
    }
  });

  it('has the in-memory tree’s root, inclusion proofs and consistency proofs at every size up to 70', () => {
    const wrong: string[] = [];
    for (const n of SMALL) {
      const leaves = entryHashes(n);
      const memory = new MerkleTree(leaves);
      const { tree } = storedTree(leaves);
      if (tree.root() !== memory.root()) wrong.push(`root ${n}`);
      for (let i = 0; i < n; i++)
        if (JSON.stringify(tree.inclusionProof(i)) !== JSON.stringify(memory.inclusionProof(i))) wrong.push(`path ${i}/${n}`);
      for (let m = 0; m <= n; m++) {
        if (JSON.stringify(tree.consistencyProof(m)) !== JSON.stringify(memory.consistencyProof(m))) wrong.push(`proof ${m}/${n}`);
        if (tree.prefix(m).root() !== new MerkleTree(leaves.slice(0, m)).root()) wrong.push(`prefix ${m}/${n}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(new StoredMerkleTree(0, () => Buffer.alloc(0)).root()).toBe(new MerkleTree([]).root());
  });

  it('has the in-memory tree’s answers at larger sizes, reading O(log n) nodes for a root and at most O(log² n) for a proof', () => {
    const wrong: string[] = [];
    for (const n of LARGE) {
      const leaves = entryHashes(n);
      const memory = new MerkleTree(leaves);
      const nodes = storedNodes(leaves);
      const reads = (compute: (tree: StoredMerkleTree) => unknown) => {
        const { tree, read } = storedTree(leaves, nodes);
        return { answer: JSON.stringify(compute(tree)), read: read.size };
      };
      const root = reads((tree) => tree.root());
      if (root.answer !== JSON.stringify(memory.root())) wrong.push(`root ${n}`);
      if (root.read !== popcount(n)) wrong.push(`root ${n} read ${root.read} nodes`);
      for (const i of sampleOf(n)) {
        const path = reads((tree) => tree.inclusionProof(i));
        if (path.answer !== JSON.stringify(memory.inclusionProof(i))) wrong.push(`path ${i}/${n}`);
        if (path.read > 2 * log2(n)) wrong.push(`path ${i}/${n} read ${path.read} nodes`);
        const proof = reads((tree) => tree.consistencyProof(i));
        if (proof.answer !== JSON.stringify(memory.consistencyProof(i))) wrong.push(`proof ${i}/${n}`);
        if (proof.read > (log2(n) + 1) ** 2) wrong.push(`proof ${i}/${n} read ${proof.read} nodes`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('answers from just the nodes a computation was found to read, and refuses to guess any other', () => {
    const leaves = entryHashes(45);
    const nodes = storedNodes(leaves);
    const memory = new MerkleTree(leaves);
    const compute = (tree: StoredMerkleTree) => ({
      root: tree.root(),
      older: tree.prefix(17).root(),
      proof: tree.consistencyProof(17),
      path: tree.inclusionProof(30),
    });
    const keys = nodesRead(45, compute);
    expect(keys.length).toBeLessThan(20);
    const fetched = treeOver(
      45,
      keys.map((key) => nodes.get(nodeKey(key))!),
    );
    expect(compute(fetched)).toEqual({
      root: memory.root(),
      older: new MerkleTree(leaves.slice(0, 17)).root(),
      proof: memory.consistencyProof(17),
      path: memory.inclusionProof(30),
    });
    expect(() => fetched.inclusionProof(3)).toThrow(/was not read/);
  });

  it('splits a range the RFC names into its aligned subtrees, and refuses one that is not aligned', () => {
    expect(blocksOf(0, 13)).toEqual([
      { level: 3, index: 0 },
      { level: 2, index: 2 },
      { level: 0, index: 12 },
    ]);
    expect(blocksOf(16, 23)).toEqual([
      { level: 2, index: 4 },
      { level: 1, index: 10 },
      { level: 0, index: 22 },
    ]);
    expect(blocksOf(5, 5)).toEqual([]);
    expect(() => blocksOf(2, 7)).toThrow(RangeError);
  });
});
