import type { RtopEnvironment } from '@rtop/config';

/** How many requests one actor may make in a minute, of each kind; `off` lifts that limit. */
export interface RateLimits {
  readonly writesPerMinute: number | 'off';
  readonly heavyReadsPerMinute: number | 'off';
}

/**
 * Far above what a person, `npm run demo` or the test suite does with one token in a minute (the
 * busiest, the Joint Office in the demo, makes a few dozen writes), yet low enough that one runaway
 * client cannot take the service from everyone else.
 */
export const DEFAULT_RATE_LIMITS: RateLimits = { writesPerMinute: 1200, heavyReadsPerMinute: 600 };

/** For measuring the service itself (bench/), where one token is the load. */
export const NO_RATE_LIMITS: RateLimits = { writesPerMinute: 'off', heavyReadsPerMinute: 'off' };

/** RTOP_RATE_LIMIT_WRITES and RTOP_RATE_LIMIT_HEAVY_READS: requests per minute per token, or `off`. */
export function rateLimitsOf(environment: RtopEnvironment): RateLimits {
  return { writesPerMinute: environment.RTOP_RATE_LIMIT_WRITES, heavyReadsPerMinute: environment.RTOP_RATE_LIMIT_HEAVY_READS };
}
