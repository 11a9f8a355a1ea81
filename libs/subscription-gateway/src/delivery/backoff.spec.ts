import { backoffMs } from './backoff';

describe('the wait between two attempts at a webhook', () => {
  it('doubles from the base, with jitter in the upper half', () => {
    expect([1, 2, 3, 4].map((attempt) => backoffMs(attempt, 5_000, 3_600_000, () => 1))).toEqual([5_000, 10_000, 20_000, 40_000]);
    expect([1, 2, 3, 4].map((attempt) => backoffMs(attempt, 5_000, 3_600_000, () => 0))).toEqual([2_500, 5_000, 10_000, 20_000]);
  });

  it('never exceeds the longest wait, however many attempts failed', () => {
    expect(backoffMs(60, 5_000, 3_600_000, () => 1)).toBe(3_600_000);
    expect(backoffMs(1_000, 5_000, 3_600_000, () => 0)).toBe(1_800_000);
  });

  it('spreads a day of retries over some thirty to sixty attempts with the defaults', () => {
    const attemptsInADay = (jitter: number) => {
      let elapsed = 0;
      let attempts = 1;
      while (elapsed < 24 * 3_600_000) elapsed += backoffMs(attempts++, 5_000, 3_600_000, () => jitter);
      return attempts;
    };
    expect(attemptsInADay(1)).toBeGreaterThanOrEqual(30);
    expect(attemptsInADay(0)).toBeLessThanOrEqual(60);
  });
});
