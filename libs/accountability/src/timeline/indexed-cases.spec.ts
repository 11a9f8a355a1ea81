import { IndexedCases } from './indexed-cases';

describe('the cases a process remembers having indexed', () => {
  it('knows a case only once its index entry is written', () => {
    const indexed = new IndexedCases();
    expect(indexed.has('case-a')).toBe(false);

    indexed.add('case-a');

    expect(indexed.has('case-a')).toBe(true);
    expect(indexed.has('case-b')).toBe(false);
  });

  it('lets go of the case met least recently when it holds as many as it may', () => {
    const indexed = new IndexedCases(2);
    indexed.add('case-a');
    indexed.add('case-b');
    indexed.has('case-a');

    indexed.add('case-c');

    expect(['case-a', 'case-b', 'case-c'].filter((caseId) => indexed.has(caseId))).toEqual(['case-a', 'case-c']);
  });
});
