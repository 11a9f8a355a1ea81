import { InvalidCommand } from '@rtop/kernel';
import { decodeCursor, encodeCursor, pageLimit, pageOf } from './page';

describe('pages of a list', () => {
  it('gives the next cursor only when a row beyond the limit came back', () => {
    const rows = [{ k: 'a' }, { k: 'b' }, { k: 'c' }];
    const first = pageOf(
      rows,
      2,
      (r) => r.k,
      (r) => [r.k],
    );
    expect(first.items).toEqual(['a', 'b']);
    expect(decodeCursor(first.next!, ['text'])).toEqual(['b']);
    expect(
      pageOf(
        rows,
        3,
        (r) => r.k,
        (r) => [r.k],
      ).next,
    ).toBeNull();
  });

  it('refuses a cursor it did not give out, naming the rule', () => {
    expect(() => decodeCursor('not-a-cursor', ['text', 'text'])).toThrow(InvalidCommand);
    expect(() => decodeCursor(encodeCursor(['only-one']), ['text', 'text'])).toThrow(expect.objectContaining({ rule: 'page-cursor' }));
  });

  it('refuses a cursor whose parts are not of their kind, before the database would fail to read them', () => {
    const cursor = (...key: string[]) => encodeCursor(key);
    expect(decodeCursor(cursor('2008-01-08T15:00:00.000000Z', '7'), ['instant', 'whole-number'])).toEqual([
      '2008-01-08T15:00:00.000000Z',
      '7',
    ]);
    expect(decodeCursor(cursor('9223372036854775807'), ['whole-number'])).toEqual(['9223372036854775807']);
    for (const instant of ['+275760-09-13T00:00:00.000Z', '99999-01-01', 'Tue, 08 Jan 2008 15:00:00 GMT', '1 2 3'])
      expect(() => decodeCursor(cursor(instant, 'x'), ['instant', 'text'])).toThrow(expect.objectContaining({ rule: 'page-cursor' }));
    for (const number of ['9223372036854775808', '99999999999999999999', '-1', '1.5', 'abc', ''])
      expect(() => decodeCursor(cursor('x', number), ['text', 'whole-number'])).toThrow(expect.objectContaining({ rule: 'page-cursor' }));
  });

  it('names the query parameter a cursor came in', () => {
    expect(() => decodeCursor('garbage', ['text'], 'after')).toThrow(/^after is not one this list gave out/);
  });

  it('takes a limit from 1 to 500 and defaults to 50', () => {
    expect(pageLimit(undefined)).toBe(50);
    expect(pageLimit('500')).toBe(500);
    for (const bad of ['0', '501', '2.5', 'ten', '-1'])
      expect(() => pageLimit(bad)).toThrow(expect.objectContaining({ rule: 'page-limit' }));
  });
});
