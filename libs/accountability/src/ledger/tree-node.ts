/**
 * The ledger's Merkle tree kept as its complete aligned subtrees: node (level, index) is
 * MTH(D[index * 2^level : (index + 1) * 2^level]), stored once every leaf under it is in. Level
 * 0 holds the leaf hashes. A node never changes once written, so the tree grows by appending.
 */
export interface NodeKey {
  readonly level: number;
  readonly index: number;
}

export interface TreeNode extends NodeKey {
  readonly hash: Buffer;
}

export const nodeKey = ({ level, index }: NodeKey): string => `${level}:${index}`;

/**
 * The complete aligned subtrees that make up D[start:end], left to right, largest first: one per
 * set bit of end - start. Holds for every range the RFC's recursion names (start is a multiple
 * of a power of two at least end - start), whose MTH is then their fold from the right, and for
 * every prefix D[0:n].
 */
export function blocksOf(start: number, end: number): NodeKey[] {
  const blocks: NodeKey[] = [];
  let at = start;
  let top = 0;
  while (2 ** (top + 1) <= end - start) top += 1;
  for (let level = top; level >= 0 && at < end; level--) {
    const width = 2 ** level;
    if (end - at < width) continue;
    if (at % width !== 0) throw new RangeError(`D[${start}:${end}] is not made of aligned subtrees`);
    blocks.push({ level, index: at / width });
    at += width;
  }
  return blocks;
}
