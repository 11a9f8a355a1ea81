/**
 * A time axis on which seconds and months both stay readable: each event gets its own step, and
 * the space between neighbours grows with the logarithm of the time between them. A linear axis
 * would pile a day's events onto one point beside a month's silence.
 */
export const STEP = 30;
const PIXELS_PER_DOUBLING = 14;
const HOUR = 3_600_000;

export const spacing = (elapsedMs: number): number => STEP + PIXELS_PER_DOUBLING * Math.log2(1 + Math.max(0, elapsedMs) / HOUR);

export interface Stop {
  readonly time: number;
  readonly x: number;
}

/** One stop per instant given, in order; equal instants still get a step each so nothing overlaps. */
export function stops(times: readonly number[]): readonly Stop[] {
  const result: Stop[] = [];
  for (const time of times) {
    const previous = result.at(-1);
    result.push({ time, x: previous ? previous.x + spacing(time - previous.time) : 0 });
  }
  return result;
}

/**
 * Where any instant falls: on the first stop at that instant, between two stops in proportion,
 * before the first on it, after the last one spaced as a next stop would be.
 */
export function positionOf(axis: readonly Stop[], time: number): number {
  const next = axis.findIndex((stop) => stop.time >= time);
  if (next === -1) {
    const last = axis.at(-1);
    return last ? last.x + spacing(time - last.time) : 0;
  }
  const at = axis[next];
  if (at.time === time || next === 0) return at.x;
  const before = axis[next - 1];
  return before.x + ((time - before.time) / (at.time - before.time)) * (at.x - before.x);
}
