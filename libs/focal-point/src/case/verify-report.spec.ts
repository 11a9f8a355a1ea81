import { given } from '@rtop/testing';
import { caseDecider } from './case';
import { VerifyReport } from './verify-report';
import {
  at,
  caseClosed,
  caseId,
  caseOpened,
  jointOffice,
  otherReportFiled,
  reportFiled,
  retracted,
  sameSourceReportFiled,
  securityCouncil,
} from './case.fixtures';

const verify = (overrides: Partial<VerifyReport> = {}): VerifyReport => ({
  type: 'verify-report',
  caseId,
  reportId: 'report-1',
  credibility: 1,
  corroboratedBy: ['report-2'],
  method: 'Site visit by the field presence; matched against the Red Cross account',
  actor: jointOffice,
  at,
  ...overrides,
});

describe('verify a report', () => {
  it('confirms the report on an independent report, setting its credibility', () => {
    const history = [caseOpened, reportFiled, otherReportFiled];
    given(caseDecider, history)
      .when(verify())
      .then([
        {
          type: 'report-verified',
          data: { reportId: 'report-1', credibility: 1, corroboratedBy: ['report-2'], method: verify().method },
        },
      ]);
    const [verified] = given(caseDecider, history).when(verify()).result();
    const state = [...history, verified].reduce(caseDecider.evolve, caseDecider.initialState);
    expect(state.status === 'open' && state.reports.get('report-1')).toMatchObject({
      verification: 'verified',
      moderation: 'awaiting-approval',
      report: { credibility: 1, corroboratedBy: ['report-2'] },
    });
  });

  it('may verify at a lower credibility without corroboration', () => {
    const [verified] = given(caseDecider, [caseOpened, reportFiled])
      .when(verify({ credibility: 3, corroboratedBy: [] }))
      .result();
    expect(verified.data).toMatchObject({ credibility: 3, corroboratedBy: [] });
  });

  it('confirms (credibility 1) only on corroboration', () => {
    given(caseDecider, [caseOpened, reportFiled])
      .when(verify({ corroboratedBy: [] }))
      .thenRefuses('rule-violated', 'confirmed-needs-corroboration');
  });

  it('refuses the report itself, or its own source, as corroboration', () => {
    given(caseDecider, [caseOpened, reportFiled])
      .when(verify({ corroboratedBy: ['report-1'] }))
      .thenRefuses('rule-violated', 'independent-corroboration');
    given(caseDecider, [caseOpened, reportFiled, sameSourceReportFiled])
      .when(verify({ corroboratedBy: ['report-3'] }))
      .thenRefuses('rule-violated', 'independent-corroboration');
  });

  it('refuses a credibility outside the Admiralty scale', () => {
    given(caseDecider, [caseOpened, reportFiled])
      .when(verify({ credibility: 7 as never }))
      .thenRefuses('invalid', 'admiralty-credibility');
  });

  it('states how the report was verified', () => {
    given(caseDecider, [caseOpened, reportFiled, otherReportFiled])
      .when(verify({ method: ' ' }))
      .thenRefuses('invalid', 'verification-method-stated');
  });

  it('verifies only a report on the case that stands', () => {
    given(caseDecider, [caseOpened]).when(verify()).thenRefuses('not-found', 'report-on-case');
    given(caseDecider, [caseOpened, reportFiled, otherReportFiled, retracted('report-1')])
      .when(verify())
      .thenRefuses('conflict', 'report-not-retracted');
  });

  it('does not work on a closed case', () => {
    given(caseDecider, [caseOpened, reportFiled, otherReportFiled, caseClosed]).when(verify()).thenRefuses('conflict', 'case-not-closed');
  });

  it('is the Joint Office’s to do', () => {
    given(caseDecider, [caseOpened, reportFiled, otherReportFiled])
      .when(verify({ actor: securityCouncil }))
      .thenRefuses('forbidden', 'remit');
  });
});
