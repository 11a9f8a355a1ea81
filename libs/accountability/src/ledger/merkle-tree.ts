import { sha256 } from './ledger-entry';

/**
 * A Merkle tree in the shape of RFC 9162 section 2.1 over the ledger's entry hashes, in ledger
 * order. Hashes travel as lower-case hex.
 */

const LEAF = Buffer.from([0x00]);
const NODE = Buffer.from([0x01]);
const HEX_HASH = /^[0-9a-f]{64}$/;

export const EMPTY_ROOT = sha256().toString('hex');

/** MTH({d}) = SHA-256(0x00 || d), where d is the entry hash. */
export const leafHash = (entryHash: string): Buffer => sha256(LEAF, Buffer.from(entryHash, 'hex'));
/** MTH(D[n]) = SHA-256(0x01 || MTH(D[0:k]) || MTH(D[k:n])). */
export const nodeHash = (left: Buffer, right: Buffer): Buffer => sha256(NODE, left, right);

/** The largest power of two smaller than n (n > 1): where RFC 9162 splits a tree of n leaves. */
export function split(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

/**
 * The RFC 9162 recursions for a root and its proofs, over whatever holds the subtrees they name:
 * every one is D[start:end] with start a multiple of a power of two at least end - start, so it
 * is either a whole aligned subtree or one at the right edge of the tree.
 */
export abstract class Rfc9162Tree {
  abstract readonly size: number;

  /** MTH(D[start:end]) for a subtree the recursion names. */
  protected abstract subtree(start: number, end: number): Buffer;

  root(): string {
    return this.size === 0 ? EMPTY_ROOT : this.subtree(0, this.size).toString('hex');
  }

  /** PATH(index, D[size]) of RFC 9162 section 2.1.3.1. */
  inclusionProof(index: number): string[] {
    if (!Number.isSafeInteger(index) || index < 0 || index >= this.size) {
      throw new RangeError(`leaf ${index} is not in a tree of ${this.size}`);
    }
    return this.path(index, 0, this.size).map((hash) => hash.toString('hex'));
  }

  /** PROOF(from, D[size]) of RFC 9162 section 2.1.4.1: the tree of `from` leaves is a prefix of this one. */
  consistencyProof(from: number): string[] {
    if (!Number.isSafeInteger(from) || from < 0 || from > this.size) {
      throw new RangeError(`a tree of ${from} cannot be a prefix of a tree of ${this.size}`);
    }
    // The RFC defines proofs for 0 < from < size; an empty tree and the tree itself need none.
    if (from === 0) return [];
    return this.subproof(from, 0, this.size, true).map((hash) => hash.toString('hex'));
  }

  private path(m: number, start: number, end: number): Buffer[] {
    if (end - start === 1) return [];
    const k = split(end - start);
    return m < k
      ? [...this.path(m, start, start + k), this.subtree(start + k, end)]
      : [...this.path(m - k, start + k, end), this.subtree(start, start + k)];
  }

  private subproof(m: number, start: number, end: number, whole: boolean): Buffer[] {
    if (m === end - start) return whole ? [] : [this.subtree(start, end)];
    const k = split(end - start);
    return m <= k
      ? [...this.subproof(m, start, start + k, whole), this.subtree(start + k, end)]
      : [...this.subproof(m - k, start + k, end, false), this.subtree(start, start + k)];
  }
}

/** The whole tree in memory, built from every entry hash: for a bundle made from a ledger at hand. */
export class MerkleTree extends Rfc9162Tree {
  /**
   * Level 0 holds the leaves; each higher level pairs the one below, carrying a last unpaired
   * node up unchanged. Every subtree the RFC's recursion names is then one stored node, so the
   * tree is built in n hashes and each proof is read off in O(log n).
   */
  private readonly levels: Buffer[][];

  constructor(entryHashes: readonly string[]) {
    super();
    const levels = [entryHashes.map(leafHash)];
    for (let below = levels[0]; below.length > 1; below = levels[levels.length - 1]) {
      const level: Buffer[] = [];
      for (let i = 0; i < below.length; i += 2) level.push(i + 1 < below.length ? nodeHash(below[i], below[i + 1]) : below[i]);
      levels.push(level);
    }
    this.levels = levels;
  }

  get size(): number {
    return this.levels[0].length;
  }

  /** Aligned, and whole or at the right edge: one stored node. */
  protected subtree(start: number, end: number): Buffer {
    let level = 0;
    while (2 ** level < end - start) level += 1;
    return this.levels[level][start / 2 ** level];
  }
}

const isHash = (value: unknown): value is string => typeof value === 'string' && HEX_HASH.test(value);
const odd = (n: number) => n % 2 === 1;
const half = (n: number) => Math.floor(n / 2);
const isPowerOfTwo = (n: number) => n > 0 && split(n + 1) === n;

/** RFC 9162 section 2.1.3.2: is the entry with this hash at `index` in the tree of `treeSize` with this root? */
export function verifyInclusion(entryHash: string, index: number, treeSize: number, path: readonly string[], rootHash: string): boolean {
  if (!isHash(entryHash) || !isHash(rootHash) || !Array.isArray(path) || !path.every(isHash)) return false;
  if (!Number.isSafeInteger(index) || !Number.isSafeInteger(treeSize) || index < 0 || index >= treeSize) return false;
  let fn = index;
  let sn = treeSize - 1;
  let r: Buffer = leafHash(entryHash);
  for (const p of path.map((hash) => Buffer.from(hash, 'hex'))) {
    if (sn === 0) return false;
    if (odd(fn) || fn === sn) {
      r = nodeHash(p, r);
      while (!odd(fn) && fn !== 0) {
        fn = half(fn);
        sn = half(sn);
      }
    } else {
      r = nodeHash(r, p);
    }
    fn = half(fn);
    sn = half(sn);
  }
  return sn === 0 && r.toString('hex') === rootHash;
}

/** RFC 9162 section 2.1.4.2: is the tree of `first` leaves with `firstRoot` a prefix of the tree of `second` with `secondRoot`? */
export function verifyConsistency(first: number, second: number, firstRoot: string, secondRoot: string, proof: readonly string[]): boolean {
  if (!isHash(firstRoot) || !isHash(secondRoot) || !Array.isArray(proof) || !proof.every(isHash)) return false;
  if (!Number.isSafeInteger(first) || !Number.isSafeInteger(second) || first < 0 || first > second) return false;
  if (first === second) return proof.length === 0 && firstRoot === secondRoot;
  if (first === 0) return proof.length === 0 && firstRoot === EMPTY_ROOT;
  if (proof.length === 0) return false;
  const path = (isPowerOfTwo(first) ? [firstRoot, ...proof] : [...proof]).map((hash) => Buffer.from(hash, 'hex'));
  let fn = first - 1;
  let sn = second - 1;
  while (odd(fn)) {
    fn = half(fn);
    sn = half(sn);
  }
  let fr: Buffer = path[0];
  let sr: Buffer = path[0];
  for (const c of path.slice(1)) {
    if (sn === 0) return false;
    if (odd(fn) || fn === sn) {
      fr = nodeHash(c, fr);
      sr = nodeHash(c, sr);
      while (!odd(fn) && fn !== 0) {
        fn = half(fn);
        sn = half(sn);
      }
    } else {
      sr = nodeHash(sr, c);
    }
    fn = half(fn);
    sn = half(sn);
  }
  return fr.toString('hex') === firstRoot && sr.toString('hex') === secondRoot && sn === 0;
}
