import { validateEnvironment } from '@rtop/config';
import { DEFAULT_RATE_LIMITS, rateLimitsOf } from './rate-limits';

describe('rate limits from the environment', () => {
  it('are the defaults when nothing is set', () => {
    expect(rateLimitsOf(validateEnvironment({}))).toEqual(DEFAULT_RATE_LIMITS);
  });

  it('take requests per minute per token, or off', () => {
    expect(rateLimitsOf(validateEnvironment({ RTOP_RATE_LIMIT_WRITES: '30', RTOP_RATE_LIMIT_HEAVY_READS: 'off' }))).toEqual({
      writesPerMinute: 30,
      heavyReadsPerMinute: 'off',
    });
  });

  it.each(['0', '-5', '2.5', 'ten', '1e3'])('refuse %p, naming the variable', (value) => {
    expect(() => validateEnvironment({ RTOP_RATE_LIMIT_HEAVY_READS: value })).toThrow(
      /RTOP_RATE_LIMIT_HEAVY_READS is a whole number of requests per minute per token, or off/,
    );
  });
});
