import { checkpointAt } from './feed-position';

describe('a feed position read back', () => {
  it('names the checkpoint the feed wrote', () => {
    expect(checkpointAt('812.40')).toEqual({ transactionId: 812n, position: 40n });
    expect(checkpointAt('0.0')).toEqual({ transactionId: 0n, position: 0n });
    expect(checkpointAt('9223372036854775807.9223372036854775807')).toEqual({
      transactionId: 9223372036854775807n,
      position: 9223372036854775807n,
    });
  });

  it('names none for text the feed never wrote, a number past a bigint or a position given twice included', () => {
    for (const text of [
      '',
      '812',
      '812.40.1',
      '-1.0',
      '1.5e3',
      ' 812.40',
      'yesterday',
      '99999999999999999999.1',
      '1.9223372036854775808',
      ['812.40', '813.1'],
      undefined,
    ])
      expect(checkpointAt(text)).toBeUndefined();
  });
});
