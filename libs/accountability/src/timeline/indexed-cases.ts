/** Cases one process remembers having indexed: enough for the cases in hand, a bounded memory still. */
const CASES_REMEMBERED = 10_000;

/**
 * The cases this process has seen written to the case index, the most recently met kept. It only
 * spares appends: a case it does not remember (a new process, or one it let go) is appended
 * again, and the entry's id, derived from the case, makes that a no-op in the store.
 */
export class IndexedCases {
  private readonly cases = new Set<string>();

  constructor(private readonly remembered = CASES_REMEMBERED) {}

  has(caseId: string): boolean {
    if (!this.cases.delete(caseId)) return false;
    this.cases.add(caseId);
    return true;
  }

  /** After the case's index entry is in the store, never before: what is remembered is written. */
  add(caseId: string): void {
    this.cases.delete(caseId);
    this.cases.add(caseId);
    const oldest = this.cases.values().next();
    if (this.cases.size > this.remembered && !oldest.done) this.cases.delete(oldest.value);
  }
}
