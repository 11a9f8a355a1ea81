import { SignedCheckpoint, TreeHead, signCheckpoint } from '../checkpoint';
import { LedgerEntry } from '../ledger-entry';
import { LedgerKey, PublishedKey, signStatement } from '../ledger-key';
import { MerkleTree } from '../merkle-tree';

export const BUNDLE_FORMAT = 'rtop-case-bundle/1';
export const SEAL_KIND = 'rtop-case-seal/1';

/** Where one source stream's chain of the case stood when the bundle was sealed. */
export interface ChainHead {
  readonly streamId: string;
  readonly length: number;
  readonly headEventId: string;
  readonly headEntryHash: string;
}

export interface InclusionProof {
  readonly eventId: string;
  /** RFC 9162 inclusion path of the entry's leaf (at its ledger index) in the checkpoint's tree. */
  readonly path: readonly string[];
}

/**
 * The signed statement of what the bundle must hold: every chain of the case, to its head. The
 * checkpoint alone proves that what is in the bundle is in the log; the seal proves that nothing
 * of the case was left out, even at the end of a chain, where no later link would show the gap.
 */
export interface CaseSeal {
  readonly kind: typeof SEAL_KIND;
  readonly caseId: string;
  readonly treeSize: number;
  readonly rootHash: string;
  readonly chains: readonly ChainHead[];
  readonly keyId: string;
}

export interface CaseBundle {
  readonly format: typeof BUNDLE_FORMAT;
  readonly caseId: string;
  /** Every ledger entry of the case, in ledger order, each with the event's full recorded fields. */
  readonly entries: readonly LedgerEntry[];
  readonly inclusionProofs: readonly InclusionProof[];
  readonly chains: readonly ChainHead[];
  readonly checkpoint: SignedCheckpoint;
  /** Ed25519 over the RFC 8785 encoding of the CaseSeal built from the fields above, base64. */
  readonly sealSignature: string;
  readonly publicKey: PublishedKey;
}

export function caseSeal(bundle: Pick<CaseBundle, 'caseId' | 'chains' | 'checkpoint'>): CaseSeal {
  const { caseId, chains, checkpoint } = bundle;
  return { kind: SEAL_KIND, caseId, treeSize: checkpoint.treeSize, rootHash: checkpoint.rootHash, chains, keyId: checkpoint.keyId };
}

export function chainHeads(entries: readonly LedgerEntry[]): ChainHead[] {
  const heads = new Map<string, ChainHead>();
  for (const { event, entryHash } of entries) {
    const length = (heads.get(event.streamId)?.length ?? 0) + 1;
    heads.set(event.streamId, { streamId: event.streamId, length, headEventId: event.eventId, headEntryHash: entryHash });
  }
  return [...heads.values()];
}

/** What a bundle needs of the tree its checkpoint covers. */
export interface ProvingTree extends TreeHead {
  inclusionProof(index: number): string[];
}

/**
 * A case's bundle out of the whole ledger (in ledger order): its entries, a proof of each in a
 * checkpoint of the whole ledger signed at `at`, and the seal over its chains.
 */
export function caseBundle(caseId: string, ledger: readonly LedgerEntry[], key: LedgerKey, at: Date): CaseBundle {
  const tree = new MerkleTree(ledger.map((entry) => entry.entryHash));
  return sealCaseBundle(
    caseId,
    ledger.filter((entry) => entry.event.caseId === caseId),
    tree,
    key,
    at,
  );
}

/**
 * The bundle of a case's entries (every one of the case in `tree`'s first `tree.size` entries,
 * in ledger order) under a checkpoint of `tree` signed at `at`: the tree may be the stored one,
 * so the bundle never needs the rest of the ledger.
 */
export function sealCaseBundle(caseId: string, entries: readonly LedgerEntry[], tree: ProvingTree, key: LedgerKey, at: Date): CaseBundle {
  const checkpoint = signCheckpoint(tree, at, key);
  const chains = chainHeads(entries);
  return {
    format: BUNDLE_FORMAT,
    caseId,
    entries,
    inclusionProofs: entries.map((entry) => ({ eventId: entry.event.eventId, path: tree.inclusionProof(entry.index) })),
    chains,
    checkpoint,
    sealSignature: signStatement(caseSeal({ caseId, chains, checkpoint }), key),
    publicKey: key.published,
  };
}
