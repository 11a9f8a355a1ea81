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
    expect(decodeCursor(first.next!, 1)).toEqual(['b']);
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
    expect(() => decodeCursor('not-a-cursor', 2)).toThrow(InvalidCommand);
    expect(() => decodeCursor(encodeCursor(['only-one']), 2)).toThrow(expect.objectContaining({ rule: 'page-cursor' }));
  });

  it('takes a limit from 1 to 500 and defaults to 50', () => {
    expect(pageLimit(undefined)).toBe(50);
    expect(pageLimit('500')).toBe(500);
    for (const bad of ['0', '501', '2.5', 'ten', '-1'])
      expect(() => pageLimit(bad)).toThrow(expect.objectContaining({ rule: 'page-limit' }));
  });
});
