/**
 * Answers that are costly to compute (figures across every case) are computed once for all who
 * ask the same question at the same time, and kept for a moment after: a hundred readers asking
 * at once cost one computation, not a hundred queued in front of everything else.
 */
export class SharedAnswers<T> {
  private readonly answers = new Map<string, { answer: Promise<T>; settledAt?: number }>();

  constructor(private readonly freshForMs: number) {}

  get(question: string, compute: () => Promise<T>): Promise<T> {
    this.forgetStale();
    const kept = this.answers.get(question);
    if (kept) return kept.answer;
    const entry: { answer: Promise<T>; settledAt?: number } = { answer: compute() };
    this.answers.set(question, entry);
    entry.answer.then(
      () => (entry.settledAt = Date.now()),
      () => this.answers.delete(question),
    );
    return entry.answer;
  }

  private forgetStale(): void {
    const now = Date.now();
    for (const [question, entry] of this.answers) {
      if (entry.settledAt !== undefined && now - entry.settledAt >= this.freshForMs) this.answers.delete(question);
    }
  }
}
