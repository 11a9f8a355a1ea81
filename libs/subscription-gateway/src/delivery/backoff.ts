/**
 * The wait before retry `attempt` (1 for the first retry): doubling from `baseMs` up to `maxMs`,
 * then drawn in its upper half ("equal jitter"), so endpoints that failed together are not all
 * retried in the same instant, and none sooner than half the schedule.
 */
export function backoffMs(attempt: number, baseMs: number, maxMs: number, random: () => number = Math.random): number {
  const ceiling = Math.min(maxMs, baseMs * 2 ** Math.min(attempt - 1, 40));
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}
