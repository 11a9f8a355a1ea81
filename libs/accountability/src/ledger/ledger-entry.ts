import { createHash } from 'node:crypto';
import { Actor, canonicalJson } from '@rtop/kernel';

/**
 * A source event as the ledger hashes it: every field the producing context recorded, with
 * `data` exactly as stored. A protected source's fields are hashed as they are stored (a
 * pseudonym, or ciphertext), so checking a hash never needs them in clear, and shredding
 * the key to a field leaves the history verifiable.
 */
export interface LedgerEvent {
  readonly eventId: string;
  readonly type: string;
  readonly context: string;
  readonly streamId: string;
  /** Its revision in its source stream. */
  readonly revision: number;
  readonly caseId: string;
  /** Null where the producer's record names none, so the hashed encoding is always explicit. */
  readonly actor: Actor | null;
  readonly occurredAt: string | null;
  readonly recordedAt: string;
  readonly data: unknown;
}

/** One event entered in the ledger: its place in the global order and its link in its chain. */
export interface LedgerEntry {
  /** Its place in the ledger, and its leaf index in the Merkle tree. */
  readonly index: number;
  readonly event: LedgerEvent;
  /** SHA-256 of the event's RFC 8785 encoding, hex. */
  readonly eventHash: string;
  /** The entry hash of the previous entry of the same chain, or ZERO_HASH for its first. */
  readonly prevHash: string;
  /** SHA-256(prevHash || eventHash), hex: the chain link, and what the Merkle leaf commits to. */
  readonly entryHash: string;
}

export const ZERO_HASH = '0'.repeat(64);

export const sha256 = (...parts: readonly Buffer[]): Buffer => {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part);
  return hash.digest();
};

export function eventHash(event: LedgerEvent): string {
  return sha256(Buffer.from(canonicalJson(event), 'utf8')).toString('hex');
}

/**
 * Folding the previous link into each entry hash is what makes the chain: leaving an event out,
 * or slipping one in, changes every later link of its chain, and the Merkle leaves commit to them.
 */
export function linkHash(prevHash: string, ofEvent: string): string {
  return sha256(Buffer.from(prevHash, 'hex'), Buffer.from(ofEvent, 'hex')).toString('hex');
}

export function ledgerEntry(index: number, prevHash: string, event: LedgerEvent): LedgerEntry {
  const hash = eventHash(event);
  return { index, event, eventHash: hash, prevHash, entryHash: linkHash(prevHash, hash) };
}

/**
 * Chains run per source stream within a case: a stream holding several cases' events (a
 * source's stream) then still gives each case an unbroken chain of its own to export.
 */
export const chainOf = (event: Pick<LedgerEvent, 'caseId' | 'streamId'>): string => `${event.caseId} ${event.streamId}`;
