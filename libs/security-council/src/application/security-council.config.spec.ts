import { DEFAULT_SECURITY_COUNCIL_CONFIG, SecurityCouncilConfig, checkSecurityCouncilConfig } from './security-council.config';
import { MemberStateBody } from '@rtop/kernel';

const withConfig = (config: Partial<SecurityCouncilConfig>) =>
  checkSecurityCouncilConfig({ ...DEFAULT_SECURITY_COUNCIL_CONFIG, ...config });
const holidays = (...days: string[]) => ({ calendar: { ...DEFAULT_SECURITY_COUNCIL_CONFIG.calendar, holidays: days } });

describe('the Council context’s configuration', () => {
  it('defaults to no ACT code signatories, no UN holidays and Headquarters time', () => {
    expect(DEFAULT_SECURITY_COUNCIL_CONFIG).toEqual({ actCodeSignatories: [], calendar: { holidays: [], timeZone: 'America/New_York' } });
  });

  it('takes signatories that are Members, holidays that are dates and an IANA time zone', () => {
    const config = { actCodeSignatories: ['member-state:FRA', 'member-state:GBR'] as MemberStateBody[], ...holidays('2022-12-26') };
    expect(withConfig(config)).toEqual({ ...DEFAULT_SECURITY_COUNCIL_CONFIG, ...config });
  });

  it('refuses to start on a setting it cannot use', () => {
    expect(() => withConfig({ actCodeSignatories: ['member-state:XXX'] })).toThrow(/member-state:XXX is not a member state/);
    expect(() => withConfig({ actCodeSignatories: ['member-state:VAT'] })).toThrow(
      /member-state:VAT is not a Member of the United Nations/,
    );
    expect(() => withConfig(holidays('26/12/2022'))).toThrow(/not a date/);
    expect(() => withConfig({ calendar: { holidays: [], timeZone: 'Mars/Olympus' } })).toThrow(/not an IANA time zone/);
  });
});
