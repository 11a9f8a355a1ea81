import { isBody, isMemberStateBody } from './actor';
import { RuleViolated } from './domain-error';
import { UN_MEMBERS, UN_OBSERVER_STATES } from './un-members';
import { isIso3166Alpha3, requireUnMember, requireUnState, unStandingOf } from './un-membership';

const refusal = (act: () => void) => {
  try {
    act();
  } catch (error) {
    return error;
  }
  throw new Error('expected a refusal');
};

describe('a state is named by a code ISO 3166-1 assigns', () => {
  it('given a code ISO assigns, when checked, then it names a state', () => {
    expect(['KEN', 'FRA', 'PSE', 'VAT', 'PRI'].every(isIso3166Alpha3)).toBe(true);
  });

  it('given a made-up, lower-case or two-letter code, when checked, then it names none', () => {
    expect(['XXX', 'AAA', 'ZZZ', 'YUG', 'ken', 'KE', 'KENY', ''].some(isIso3166Alpha3)).toBe(false);
  });

  it('given a body member-state:<code>, when known, then only an ISO code makes it a body', () => {
    expect(isMemberStateBody('member-state:KEN')).toBe(true);
    expect(isBody('member-state:KEN')).toBe(true);
    expect(isBody('member-state:XXX')).toBe(false);
    expect(isBody('member-state:ken')).toBe(false);
    expect(isMemberStateBody('KEN')).toBe(false);
  });
});

describe('the membership of the United Nations', () => {
  it('lists 193 Members, each once, each by an ISO code', () => {
    expect(UN_MEMBERS).toHaveLength(193);
    expect(new Set(UN_MEMBERS).size).toBe(193);
    expect(UN_MEMBERS.filter((code) => !isIso3166Alpha3(code))).toEqual([]);
  });

  it('lists the Holy See and the State of Palestine as observer States, not as Members', () => {
    expect(UN_OBSERVER_STATES).toEqual(['VAT', 'PSE']);
    expect(UN_OBSERVER_STATES.filter((code) => UN_MEMBERS.includes(code))).toEqual([]);
  });

  it('given a state by code or by body, when its standing is asked, then it is member, observer State or none', () => {
    expect(unStandingOf('KEN')).toBe('member');
    expect(unStandingOf('member-state:SSD')).toBe('member');
    expect(unStandingOf('member-state:PSE')).toBe('observer-state');
    expect(unStandingOf('VAT')).toBe('observer-state');
    expect(unStandingOf('PRI')).toBe('none');
    expect(unStandingOf('ATA')).toBe('none');
  });
});

describe('acts that need membership', () => {
  it('given a Member, when it acts as a Member, then nothing is refused', () => {
    expect(() => requireUnMember('member-state:KEN', 'a vote in the General Assembly')).not.toThrow();
  });

  it('given an observer State, when it acts as a Member, then the refusal names the rule un-membership (422)', () => {
    const error = refusal(() => requireUnMember('member-state:PSE', 'a vote in the General Assembly'));
    expect(error).toBeInstanceOf(RuleViolated);
    expect(error).toMatchObject({
      rule: 'un-membership',
      message: expect.stringMatching(/member-state:PSE is a non-member observer State/),
    });
  });

  it('given a territory, when it acts as a Member, then it is refused the same way', () => {
    expect(refusal(() => requireUnMember('PRI', 'a seat on the Security Council'))).toMatchObject({ rule: 'un-membership' });
  });
});

describe('acts open to observer States', () => {
  it('given a Member or an observer State, when it acts as a State, then nothing is refused', () => {
    expect(() => requireUnState('KEN', 'a request for assistance')).not.toThrow();
    expect(() => requireUnState('VAT', 'a request for assistance')).not.toThrow();
  });

  it('given a territory that is no State of the UN, when it acts as a State, then the refusal names the rule (422)', () => {
    const error = refusal(() => requireUnState('member-state:PRI', 'a request for assistance'));
    expect(error).toBeInstanceOf(RuleViolated);
    expect(error).toMatchObject({ rule: 'un-member-or-observer-state' });
  });
});
