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
 * The two clocks a timeline can be replayed by: `recorded`, when the system recorded each event
 * (what was known then), and `occurred`, when the actor acted (what had happened by then, including
 * what was only recorded later).
 */
export const TIMELINE_CLOCKS = ['recorded', 'occurred'] as const;
export type TimelineClock = (typeof TIMELINE_CLOCKS)[number];

export const timeOn = (clock: TimelineClock, entry: TimelineEntry): number =>
  Date.parse(clock === 'recorded' ? entry.recordedAt : entry.occurredAt);

/**
 * The timeline as it stood at an instant by one clock: only the entries up to it, in that clock's
 * order (ties by recording order). Entries arrive per producing context, so arrival order is not
 * the case's order.
 */
export function timelineAsOf(entries: readonly TimelineEntry[], asOf?: Date, by: TimelineClock = 'recorded'): readonly TimelineEntry[] {
  const known = asOf ? entries.filter((entry) => timeOn(by, entry) <= asOf.getTime()) : [...entries];
  return known.sort((a, b) => timeOn(by, a) - timeOn(by, b) || timeOn('recorded', a) - timeOn('recorded', b));
}
