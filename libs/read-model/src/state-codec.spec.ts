import { decodeState, encodeState } from './state-codec';

describe('stored decider states', () => {
  it('come back with their Maps and Sets, nested, as folded', () => {
    const state = { status: 'open', reports: new Map([['r1', { tags: new Set(['a', 'b']), factors: [1, 2] }]]), nothing: null };
    const back = decodeState(encodeState(state)) as typeof state;
    expect(back).toEqual(state);
    expect(back.reports.get('r1')!.tags).toBeInstanceOf(Set);
  });

  it('reads a state PostgreSQL handed back as an object (jsonb)', () => {
    const state = { lessons: new Map([['l', 'x']]) };
    expect(decodeState(JSON.parse(encodeState(state)))).toEqual(state);
  });
});
