/**
 * An immutable map keyed by id whose `set` copies one path of a 32-way hash trie, not the map:
 * a case keeps growing for years, and folding one more report into its state must not copy every
 * report it already holds. (No persistent-collection library is among the dependencies.)
 */
export class PersistentMap<Value> {
  private constructor(
    private readonly root: Branch<Value>,
    readonly size: number,
  ) {}

  static empty<Value>(): PersistentMap<Value> {
    return new PersistentMap<Value>(EMPTY_BRANCH, 0);
  }

  get(key: string): Value | undefined {
    const hash = hashOf(key);
    let slot: Slot<Value> = this.root;
    for (let depth = 0; isBranch(slot); depth++) slot = slot[slotOf(hash, depth)];
    return slot?.entries.find(([k]) => k === key)?.[1];
  }

  has(key: string): boolean {
    return this.get(key) !== undefined;
  }

  /** A map with `key` set to `value`; this one is left as it was. */
  set(key: string, value: Value): PersistentMap<Value> {
    const { branch, added } = insert(this.root, key, hashOf(key), value, 0);
    return new PersistentMap(branch, this.size + (added ? 1 : 0));
  }
}

const BITS = 5;
const WIDTH = 1 << BITS;
/** 7 levels of 5 bits use up a 32-bit hash; keys whose hashes are equal share a leaf there. */
const DEEPEST = 6;

type Entry<Value> = readonly [string, Value];
interface Leaf<Value> {
  readonly entries: readonly Entry<Value>[];
}
type Branch<Value> = readonly Slot<Value>[];
type Slot<Value> = Branch<Value> | Leaf<Value> | undefined;

const EMPTY_BRANCH: Branch<never> = Object.freeze(new Array<undefined>(WIDTH).fill(undefined));
const isBranch = <Value>(slot: Slot<Value>): slot is Branch<Value> => Array.isArray(slot);
const slotOf = (hash: number, depth: number) => (hash >>> (depth * BITS)) & (WIDTH - 1);

/** FNV-1a, 32 bits. */
function hashOf(key: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

function insert<Value>(
  branch: Branch<Value>,
  key: string,
  hash: number,
  value: Value,
  depth: number,
): { branch: Branch<Value>; added: boolean } {
  const index = slotOf(hash, depth);
  const { slot, added } = insertInto(branch[index], key, hash, value, depth);
  const copy = branch.slice();
  copy[index] = slot;
  return { branch: copy, added };
}

function insertInto<Value>(
  slot: Slot<Value>,
  key: string,
  hash: number,
  value: Value,
  depth: number,
): { slot: Slot<Value>; added: boolean } {
  if (slot === undefined) return { slot: { entries: [[key, value]] }, added: true };
  if (isBranch(slot)) {
    const { branch, added } = insert(slot, key, hash, value, depth + 1);
    return { slot: branch, added };
  }
  if (slot.entries.some(([k]) => k === key)) {
    return { slot: { entries: slot.entries.map((entry): Entry<Value> => (entry[0] === key ? [key, value] : entry)) }, added: false };
  }
  if (depth === DEEPEST) return { slot: { entries: [...slot.entries, [key, value]] }, added: true };
  // Two keys meet above the deepest level: the leaf becomes a branch one level down.
  let split: Branch<Value> = EMPTY_BRANCH;
  for (const [k, v] of [...slot.entries, [key, value] as const]) split = insert(split, k, hashOf(k), v, depth + 1).branch;
  return { slot: split, added: true };
}
