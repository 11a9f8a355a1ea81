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

function perMinute(name: string, value: string | undefined, fallback: number | 'off'): number | 'off' {
  if (value === undefined || value.trim() === '') return fallback;
  if (value.trim() === 'off') return 'off';
  if (/^[1-9]\d{0,8}$/.test(value.trim())) return Number(value);
  throw new Error(`${name} is a whole number of requests per minute per token, or off; it is ${JSON.stringify(value)}`);
}

/** RTOP_RATE_LIMIT_WRITES and RTOP_RATE_LIMIT_HEAVY_READS: requests per minute per token, or `off`. */
export function rateLimitsFromEnv(env: NodeJS.ProcessEnv): RateLimits {
  return {
    writesPerMinute: perMinute('RTOP_RATE_LIMIT_WRITES', env.RTOP_RATE_LIMIT_WRITES, DEFAULT_RATE_LIMITS.writesPerMinute),
    heavyReadsPerMinute: perMinute('RTOP_RATE_LIMIT_HEAVY_READS', env.RTOP_RATE_LIMIT_HEAVY_READS, DEFAULT_RATE_LIMITS.heavyReadsPerMinute),
  };
}
