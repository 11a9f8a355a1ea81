import { DEFAULT_SECURITY_COUNCIL_CONFIG, securityCouncilConfigFromEnv } from './security-council.config';

describe('the Council context’s configuration', () => {
  it('defaults to no ACT code signatories, no UN holidays and Headquarters time', () => {
    expect(securityCouncilConfigFromEnv({})).toEqual(DEFAULT_SECURITY_COUNCIL_CONFIG);
    expect(DEFAULT_SECURITY_COUNCIL_CONFIG).toEqual({ actCodeSignatories: [], calendar: { holidays: [], timeZone: 'America/New_York' } });
  });

  it('reads signatories as ISO codes or member-state bodies, and holidays as dates', () => {
    expect(
      securityCouncilConfigFromEnv({
        RTOP_ACT_CODE_SIGNATORIES: 'FRA, member-state:GBR',
        RTOP_UN_HOLIDAYS: '2022-12-26,2023-01-02',
        RTOP_UN_TIME_ZONE: 'UTC',
      }),
    ).toEqual({
      actCodeSignatories: ['member-state:FRA', 'member-state:GBR'],
      calendar: { holidays: ['2022-12-26', '2023-01-02'], timeZone: 'UTC' },
    });
  });

  it('refuses to start on a setting it cannot use', () => {
    expect(() => securityCouncilConfigFromEnv({ RTOP_ACT_CODE_SIGNATORIES: 'France' })).toThrow(/France is not a member state/);
    expect(() => securityCouncilConfigFromEnv({ RTOP_ACT_CODE_SIGNATORIES: 'XXX' })).toThrow(/member-state:XXX is not a member state/);
    expect(() => securityCouncilConfigFromEnv({ RTOP_ACT_CODE_SIGNATORIES: 'VAT' })).toThrow(
      /member-state:VAT is not a Member of the United Nations/,
    );
    expect(() => securityCouncilConfigFromEnv({ RTOP_UN_HOLIDAYS: '26/12/2022' })).toThrow(/not a date/);
    expect(() => securityCouncilConfigFromEnv({ RTOP_UN_TIME_ZONE: 'Mars/Olympus' })).toThrow(/not an IANA time zone/);
  });
});
