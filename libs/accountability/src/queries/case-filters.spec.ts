import { encodeCursor } from '@rtop/read-model';
import { parseCaseFilters } from './case-filters';

describe('the filters of the case list', () => {
  it('takes a cursor the list gave out: the last activity and the case', () => {
    const cursor = encodeCursor(['2008-01-08T15:00:00.000Z', '0b7e2f4c-5b9a-4c1e-9d3f-2a6b8c0d1e2f']);
    expect(parseCaseFilters({ cursor }).after).toEqual(['2008-01-08T15:00:00.000Z', '0b7e2f4c-5b9a-4c1e-9d3f-2a6b8c0d1e2f']);
  });

  it('refuses a cursor whose instant the database would not read, with page-cursor', () => {
    for (const at of ['+275760-09-13T00:00:00.000Z', '1 2 3', 'Tue'])
      expect(() => parseCaseFilters({ cursor: encodeCursor([at, 'x']) })).toThrow(expect.objectContaining({ rule: 'page-cursor' }));
  });

  it('refuses a filter given twice, naming it, and ignores a parameter it does not take, quoting nothing of it', () => {
    const twice = (params: Record<string, unknown>) => parseCaseFilters(params);
    expect(() => twice({ status: ['open', 'closed'] })).toThrow(
      expect.objectContaining({ rule: 'case-filter-once', message: 'status may be given once' }),
    );
    expect(twice({ 'ECHO-7f3a91': ['1', '2'], status: 'open' })).toMatchObject({ status: 'open' });
  });
});
