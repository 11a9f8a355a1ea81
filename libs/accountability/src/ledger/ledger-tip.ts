import { LedgerEntry, LedgerEvent, ZERO_HASH, chainOf, ledgerEntry } from './ledger-entry';

/**
 * What entering the next event needs to know of the ledger: its size, the last link of each
 * chain, and which source events it already holds (delivery is at-least-once).
 */
export class LedgerTip {
  private readonly heads = new Map<string, string>();
  private readonly entered = new Set<string>();
  private length = 0;

  static of(entries: readonly LedgerEntry[]): LedgerTip {
    const tip = new LedgerTip();
    for (const entry of entries) tip.advance(entry);
    return tip;
  }

  get size(): number {
    return this.length;
  }

  holds(sourceEventId: string): boolean {
    return this.entered.has(sourceEventId);
  }

  /** The entry that would come next for this event. */
  next(event: LedgerEvent): LedgerEntry {
    return ledgerEntry(this.length, this.heads.get(chainOf(event)) ?? ZERO_HASH, event);
  }

  advance(entry: LedgerEntry): void {
    if (entry.index !== this.length) throw new RangeError(`ledger entry ${entry.index} does not follow entry ${this.length - 1}`);
    this.heads.set(chainOf(entry.event), entry.entryHash);
    this.entered.add(entry.event.eventId);
    this.length += 1;
  }
}
