import fc from 'fast-check';
import { PersistentMap } from './persistent-map';

describe('a persistent map', () => {
  it('given any keys set in any order, then it answers as a Map does, and every earlier version still answers as it did', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.string({ maxLength: 6 }), fc.integer()), { maxLength: 200 }), (writes) => {
        let map = PersistentMap.empty<number>();
        const versions: { map: PersistentMap<number>; expected: Map<string, number> }[] = [];
        const expected = new Map<string, number>();
        for (const [key, value] of writes) {
          versions.push({ map, expected: new Map(expected) });
          map = map.set(key, value);
          expected.set(key, value);
        }
        versions.push({ map, expected });
        for (const version of versions) {
          expect(version.map.size).toBe(version.expected.size);
          for (const [key] of writes) expect(version.map.get(key)).toBe(version.expected.get(key));
        }
      }),
    );
  });

  it('given 10,000 ids, when one more is set, then the others are all still there', () => {
    let map = PersistentMap.empty<string>();
    for (let i = 0; i < 10_000; i++) map = map.set(`report-${String(i)}`, `record ${String(i)}`);
    const more = map.set('report-10000', 'record 10000');
    expect([map.size, more.size]).toEqual([10_000, 10_001]);
    expect(map.has('report-10000')).toBe(false);
    for (let i = 0; i <= 10_000; i++) expect(more.get(`report-${String(i)}`)).toBe(`record ${String(i)}`);
  });
});
