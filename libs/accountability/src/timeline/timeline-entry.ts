import { Actor } from '@rtop/kernel';

/** One event of a case, from whichever context recorded it, as the accountability record keeps it. */
export interface TimelineEntry {
  readonly eventId: string;
  readonly type: string;
  readonly context: string;
  readonly actor: Actor;
  /** When the actor acted. */
  readonly occurredAt: string;
  /** When the system recorded it: what was known, and from when. */
  readonly recordedAt: string;
  readonly data: unknown;
}

/**
 * The timeline as it stood at an instant: only what had been recorded by then, in the order it
 * was recorded. Entries arrive per producing context, so arrival order is not the case's order.
 */
export function timelineAsOf(entries: readonly TimelineEntry[], asOf?: Date): readonly TimelineEntry[] {
  const known = asOf ? entries.filter((entry) => new Date(entry.recordedAt) <= asOf) : [...entries];
  return known.sort((a, b) => Date.parse(a.recordedAt) - Date.parse(b.recordedAt));
}
