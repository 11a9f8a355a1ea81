import { DEFAULT_REGIONAL_RULES } from '../case/regional-rules';
import { regionalRules } from './regional-rules.config';

describe('the regional rules a deployment sets', () => {
  it('are the stated defaults unless changed', () => {
    expect(regionalRules()).toEqual(DEFAULT_REGIONAL_RULES);
  });

  it('change one body’s parameters and leave the rest', () => {
    const rules = regionalRules({
      auPsc: { excludePartiesToSituation: false },
      igad: { rule: { kind: 'vote', majority: { fraction: 'two-thirds', of: 'member-states' } } },
    });
    expect(rules.auPsc).toEqual({ ...DEFAULT_REGIONAL_RULES.auPsc, excludePartiesToSituation: false });
    expect(rules.igad.memberStates).toBe(DEFAULT_REGIONAL_RULES.igad.memberStates);
    expect(rules.oas).toEqual(DEFAULT_REGIONAL_RULES.oas);
  });

  it('refuse a membership that is not a whole number of states, naming the setting', () => {
    expect(() => regionalRules({ oas: { memberStates: 0 } })).toThrow(/oas\.memberStates/);
  });

  it('refuse a majority they cannot count, naming the setting', () => {
    expect(() => regionalRules({ auPsc: { substantive: { fraction: 'three-quarters', of: 'members-voting' } as never } })).toThrow(
      /auPsc\.substantive/,
    );
  });
});
