/** Milliseconds from one ISO instant to another. */
export const msBetween = (from: string, to: string): number => Date.parse(to) - Date.parse(from);

/** How a duration was spread over the cases that had one; null where no case had it. */
export interface DurationStats {
  readonly count: number;
  readonly medianMs: number | null;
  readonly maxMs: number | null;
}

export function durationStats(values: readonly number[]): DurationStats {
  if (!values.length) return { count: 0, medianMs: null, maxMs: null };
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const medianMs = sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  return { count: sorted.length, medianMs, maxMs: sorted[sorted.length - 1] };
}

const UNITS: readonly [string, number][] = [
  ['d', 86_400_000],
  ['h', 3_600_000],
  ['min', 60_000],
  ['s', 1_000],
];

/** A duration for a reader, to its two largest units: "3 d 4 h", "12 min 5 s", "0 s". */
export function humanDuration(ms: number): string {
  const parts: string[] = [];
  let rest = Math.abs(ms);
  for (const [unit, size] of UNITS) {
    const count = Math.floor(rest / size);
    rest -= count * size;
    if (count && parts.length < 2) parts.push(`${count} ${unit}`);
    else if (parts.length) break;
  }
  return (ms < 0 ? '-' : '') + (parts.length ? parts.join(' ') : `${Math.round(rest)} ms`);
}
