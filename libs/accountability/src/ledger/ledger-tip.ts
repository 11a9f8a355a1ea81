import { LedgerEntry, LedgerEvent, ZERO_HASH, chainOf, ledgerEntry } from './ledger-entry';

/**
 * What entering the next event needs to know of the ledger: its size, and the last link of the
 * chain the event goes on. A writer starts from the ledger's size alone and learns a chain's head
 * the first time it meets the chain, so starting never reads the whole ledger. Which events the
 * ledger already holds is the store's to say (an entry's id is derived from its event's), not
 * the tip's: that set would grow with the ledger.
 */
export class LedgerTip {
  private readonly heads = new Map<string, string>();

  /** An empty ledger (every chain known: none has begun), or one of `size` entries whose heads are learned. */
  constructor(
    private length = 0,
    private readonly knowsEveryChain = length === 0,
  ) {}

  /** The tip of a ledger of `size` entries, knowing none of its chains yet. */
  static at(size: number): LedgerTip {
    return new LedgerTip(size, size === 0);
  }

  /** The tip after these entries, the whole ledger from its first: it knows every chain. */
  static of(entries: readonly LedgerEntry[]): LedgerTip {
    const tip = new LedgerTip();
    for (const entry of entries) tip.advance(entry);
    return tip;
  }

  get size(): number {
    return this.length;
  }

  knowsChainOf(event: LedgerEvent): boolean {
    return this.knowsEveryChain || this.heads.has(chainOf(event));
  }

  /** The head of the event's chain in the ledger of exactly `size` entries, as read from the ledger. */
  learn(event: LedgerEvent, head: string): void {
    this.heads.set(chainOf(event), head);
  }

  /** The entry that would come next for this event. */
  next(event: LedgerEvent): LedgerEntry {
    if (!this.knowsChainOf(event)) throw new Error(`the head of chain ${chainOf(event)} is not known: learn it before entering the event`);
    return ledgerEntry(this.length, this.heads.get(chainOf(event)) ?? ZERO_HASH, event);
  }

  advance(entry: LedgerEntry): void {
    if (entry.index !== this.length) throw new RangeError(`ledger entry ${entry.index} does not follow entry ${this.length - 1}`);
    this.heads.set(chainOf(entry.event), entry.entryHash);
    this.length += 1;
  }
}
