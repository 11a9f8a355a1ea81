import { applyMajority } from './majority';

describe('majorities', () => {
  it('more than half of the members voting counts yes and no, never abstentions', () => {
    expect(applyMajority({ fraction: 'more-than-half', of: 'members-voting' }, { yes: 5, no: 4, abstain: 6 }, 15)).toMatchObject({
      base: 9,
      required: 5,
    });
    expect(applyMajority({ fraction: 'more-than-half', of: 'members-voting' }, { yes: 4, no: 4, abstain: 0 }, 15)).toMatchObject({
      base: 8,
      required: 5,
    });
  });

  it('two-thirds of the members voting rounds up', () => {
    expect(applyMajority({ fraction: 'two-thirds', of: 'members-voting' }, { yes: 10, no: 5, abstain: 0 }, 15)).toMatchObject({
      base: 15,
      required: 10,
    });
    expect(applyMajority({ fraction: 'two-thirds', of: 'members-voting' }, { yes: 9, no: 5, abstain: 1 }, 15)).toMatchObject({
      base: 14,
      required: 10,
    });
  });

  it('a majority of the member states counts every state entitled to take part, voting or not', () => {
    expect(applyMajority({ fraction: 'more-than-half', of: 'member-states' }, { yes: 10, no: 0, abstain: 0 }, 34)).toMatchObject({
      base: 34,
      required: 18,
    });
    expect(applyMajority({ fraction: 'two-thirds', of: 'member-states' }, { yes: 10, no: 0, abstain: 0 }, 55)).toMatchObject({
      base: 55,
      required: 37,
    });
  });

  it('never carries without a single vote in favour', () => {
    expect(applyMajority({ fraction: 'two-thirds', of: 'members-voting' }, { yes: 0, no: 0, abstain: 15 }, 15)).toMatchObject({
      base: 0,
      required: 1,
    });
  });
});
