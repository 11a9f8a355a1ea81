import { generalAssemblyConfigFromEnv } from './general-assembly.config';

describe('the General Assembly’s configuration', () => {
  it('defaults to 193 members, nobody in arrears, abstentions not counted as voting', () => {
    expect(generalAssemblyConfigFromEnv({})).toEqual({
      membership: 193,
      votingRules: { abstentionsCountAsVoting: false, inArrears: [], exemptedFromArrears: [] },
    });
  });

  it('reads the membership, the Art. 19 lists and the abstention rule from the environment', () => {
    expect(
      generalAssemblyConfigFromEnv({
        RTOP_GA_MEMBERSHIP: '194',
        RTOP_GA_ARREARS: 'member-state:AFG, member-state:SOM',
        RTOP_GA_ARREARS_EXEMPTED: 'member-state:SOM',
        RTOP_GA_ABSTENTIONS_COUNT_AS_VOTING: 'true',
      }),
    ).toEqual({
      membership: 194,
      votingRules: {
        abstentionsCountAsVoting: true,
        inArrears: ['member-state:AFG', 'member-state:SOM'],
        exemptedFromArrears: ['member-state:SOM'],
      },
    });
  });

  it('refuses to start on a malformed setting', () => {
    expect(() => generalAssemblyConfigFromEnv({ RTOP_GA_MEMBERSHIP: '0' })).toThrow(/RTOP_GA_MEMBERSHIP/);
    expect(() => generalAssemblyConfigFromEnv({ RTOP_GA_ARREARS: 'Somalia' })).toThrow(/RTOP_GA_ARREARS lists Somalia/);
    expect(() => generalAssemblyConfigFromEnv({ RTOP_GA_ARREARS: 'member-state:XXX' })).toThrow(/RTOP_GA_ARREARS lists member-state:XXX/);
    expect(() => generalAssemblyConfigFromEnv({ RTOP_GA_ARREARS_EXEMPTED: 'member-state:VAT' })).toThrow(
      /member-state:VAT, which is not a Member/,
    );
    expect(() => generalAssemblyConfigFromEnv({ RTOP_GA_ABSTENTIONS_COUNT_AS_VOTING: 'yes' })).toThrow(/true or false/);
  });
});
