import { createHash } from 'node:crypto';
import { EMPTY_ROOT, MerkleTree, verifyConsistency, verifyInclusion } from './merkle-tree';

const sha = (...parts: Buffer[]) => createHash('sha256').update(Buffer.concat(parts)).digest();
const entryHashes = (n: number) => Array.from({ length: n }, (_, i) => sha(Buffer.from(`entry ${i}`)).toString('hex'));

/** RFC 9162 sections 2.1.1 to 2.1.4.1 written as the RFC states them: the oracle. */
const rfc = {
  k: (n: number) => 2 ** Math.ceil(Math.log2(n) - 1),
  mth(d: readonly string[]): Buffer {
    if (d.length === 0) return sha();
    if (d.length === 1) return sha(Buffer.from([0]), Buffer.from(d[0], 'hex'));
    const k = rfc.k(d.length);
    return sha(Buffer.from([1]), rfc.mth(d.slice(0, k)), rfc.mth(d.slice(k)));
  },
  path(m: number, d: readonly string[]): string[] {
    if (d.length === 1) return [];
    const k = rfc.k(d.length);
    return m < k
      ? [...rfc.path(m, d.slice(0, k)), rfc.mth(d.slice(k)).toString('hex')]
      : [...rfc.path(m - k, d.slice(k)), rfc.mth(d.slice(0, k)).toString('hex')];
  },
  subproof(m: number, d: readonly string[], b: boolean): string[] {
    if (m === d.length) return b ? [] : [rfc.mth(d).toString('hex')];
    const k = rfc.k(d.length);
    return m <= k
      ? [...rfc.subproof(m, d.slice(0, k), b), rfc.mth(d.slice(k)).toString('hex')]
      : [...rfc.subproof(m - k, d.slice(k), false), rfc.mth(d.slice(0, k)).toString('hex')];
  },
};

const flipByte = (hex: string, byte: number) => {
  const bytes = Buffer.from(hex, 'hex');
  bytes[byte] ^= 0x01;
  return bytes.toString('hex');
};
/** Every variant of `hashes` with one byte of one hash changed. */
const oneByteChanged = (hashes: readonly string[]) =>
  hashes.flatMap((_, k) => Array.from({ length: 32 }, (__, byte) => hashes.map((hash, at) => (at === k ? flipByte(hash, byte) : hash))));

const SIZES = Array.from({ length: 64 }, (_, i) => i + 1);

// Loops collect what went wrong and assert once: thousands of expect() calls would be most of the run.
describe('the Merkle tree over the ledger (RFC 9162 section 2.1)', () => {
  it('has the root of the RFC definition at every size up to 64, and the hash of nothing when empty', () => {
    expect(new MerkleTree([]).root()).toBe(EMPTY_ROOT);
    expect(EMPTY_ROOT).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    const wrong = SIZES.filter((n) => new MerkleTree(entryHashes(n)).root() !== rfc.mth(entryHashes(n)).toString('hex'));
    expect(wrong).toEqual([]);
  });

  it('gives every leaf of every tree up to 64 the RFC inclusion path, which verifies for that leaf at that index only (every other index checked up to 32)', () => {
    const wrong: string[] = [];
    for (const n of SIZES) {
      const leaves = entryHashes(n);
      const tree = new MerkleTree(leaves);
      for (let i = 0; i < n; i++) {
        const path = tree.inclusionProof(i);
        if (JSON.stringify(path) !== JSON.stringify(rfc.path(i, leaves))) wrong.push(`path ${i}/${n}`);
        if (!verifyInclusion(leaves[i], i, n, path, tree.root())) wrong.push(`fails ${i}/${n}`);
        for (let j = 0; j < Math.min(n, 32); j++)
          if (j !== i && verifyInclusion(leaves[i], j, n, path, tree.root())) wrong.push(`leaf ${i} passes at ${j}/${n}`);
        if (n > 1 && verifyInclusion(leaves[(i + 1) % n], i, n, path, tree.root())) wrong.push(`another leaf passes at ${i}/${n}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('gives every older size m < n <= 64 the RFC consistency proof, which verifies only with both right roots and sizes', () => {
    const wrong: string[] = [];
    for (const n of SIZES) {
      const leaves = entryHashes(n);
      const tree = new MerkleTree(leaves);
      for (let m = 1; m < n; m++) {
        const proof = tree.consistencyProof(m);
        const older = new MerkleTree(leaves.slice(0, m)).root();
        if (JSON.stringify(proof) !== JSON.stringify(rfc.subproof(m, leaves, true))) wrong.push(`proof ${m}/${n}`);
        if (!verifyConsistency(m, n, older, tree.root(), proof)) wrong.push(`fails ${m}/${n}`);
        if (verifyConsistency(m, n, tree.root(), older, proof)) wrong.push(`roots swapped pass ${m}/${n}`);
        if (verifyConsistency(m, n, new MerkleTree(entryHashes(m + 1).slice(1)).root(), tree.root(), proof))
          wrong.push(`a different older tree passes ${m}/${n}`);
        if (m + 1 < n && verifyConsistency(m + 1, n, older, tree.root(), proof)) wrong.push(`another older size passes ${m}/${n}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('fails an inclusion proof when any byte of the entry, the path or the root is changed, or a hash is dropped or added', () => {
    const passed: string[] = [];
    for (const n of SIZES.slice(0, 24)) {
      const leaves = entryHashes(n);
      const tree = new MerkleTree(leaves);
      for (let i = 0; i < n; i++) {
        const path = tree.inclusionProof(i);
        const root = tree.root();
        if (oneByteChanged([leaves[i]]).some(([leaf]) => verifyInclusion(leaf, i, n, path, root))) passed.push(`entry ${i}/${n}`);
        if (oneByteChanged([root]).some(([changed]) => verifyInclusion(leaves[i], i, n, path, changed))) passed.push(`root ${i}/${n}`);
        if (oneByteChanged(path).some((changed) => verifyInclusion(leaves[i], i, n, changed, root))) passed.push(`path ${i}/${n}`);
        if (path.length && verifyInclusion(leaves[i], i, n, path.slice(1), root)) passed.push(`dropped ${i}/${n}`);
        if (verifyInclusion(leaves[i], i, n, [...path, leaves[i]], root)) passed.push(`added ${i}/${n}`);
      }
    }
    expect(passed).toEqual([]);
  });

  it('fails a consistency proof when any byte of the proof or of either root is changed, or a hash is dropped or added', () => {
    const passed: string[] = [];
    for (const n of SIZES.slice(0, 24)) {
      const leaves = entryHashes(n);
      const tree = new MerkleTree(leaves);
      const root = tree.root();
      for (let m = 1; m < n; m++) {
        const proof = tree.consistencyProof(m);
        const older = new MerkleTree(leaves.slice(0, m)).root();
        if (oneByteChanged([older]).some(([changed]) => verifyConsistency(m, n, changed, root, proof))) passed.push(`older root ${m}/${n}`);
        if (oneByteChanged([root]).some(([changed]) => verifyConsistency(m, n, older, changed, proof))) passed.push(`newer root ${m}/${n}`);
        if (oneByteChanged(proof).some((changed) => verifyConsistency(m, n, older, root, changed))) passed.push(`proof ${m}/${n}`);
        if (verifyConsistency(m, n, older, root, proof.slice(1))) passed.push(`dropped ${m}/${n}`);
        if (verifyConsistency(m, n, older, root, [...proof, older])) passed.push(`added ${m}/${n}`);
      }
    }
    expect(passed).toEqual([]);
  });

  it('needs no proof between a tree and itself, or from the empty tree, and refuses sizes that cannot hold', () => {
    const leaves = entryHashes(5);
    const tree = new MerkleTree(leaves);
    expect(tree.consistencyProof(5)).toEqual([]);
    expect(tree.consistencyProof(0)).toEqual([]);
    expect(verifyConsistency(5, 5, tree.root(), tree.root(), [])).toBe(true);
    expect(verifyConsistency(0, 5, EMPTY_ROOT, tree.root(), [])).toBe(true);
    expect(verifyConsistency(6, 5, tree.root(), tree.root(), [])).toBe(false);
    expect(verifyInclusion(leaves[0], 5, 5, [], tree.root())).toBe(false);
    expect(() => tree.inclusionProof(5)).toThrow(RangeError);
    expect(() => tree.consistencyProof(6)).toThrow(RangeError);
  });

  it('refuses proofs that are not lists of lower-case SHA-256 hashes', () => {
    const leaves = entryHashes(4);
    const tree = new MerkleTree(leaves);
    const path = tree.inclusionProof(1);
    expect(verifyInclusion(leaves[1], 1, 4, [path[0].toUpperCase(), path[1]], tree.root())).toBe(false);
    expect(verifyInclusion(leaves[1], 1, 4, [path[0], 42 as unknown as string], tree.root())).toBe(false);
    expect(verifyConsistency(3, 4, new MerkleTree(leaves.slice(0, 3)).root(), tree.root(), 'x' as unknown as string[])).toBe(false);
  });
});
