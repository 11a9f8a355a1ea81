import { given } from '@rtop/testing';
import { caseDecider } from './case';
import { FileInformationReport } from './file-information-report';
import {
  at,
  caseClosed,
  caseId,
  caseOpened,
  jointOffice,
  otherReport,
  otherReportFiled,
  report,
  reportFiled,
  retracted,
  sameSourceReportFiled,
  securityCouncil,
} from './case.fixtures';

const file = (overrides: Partial<FileInformationReport> = {}): FileInformationReport => ({
  type: 'file-information-report',
  caseId,
  ...report,
  actor: jointOffice,
  at,
  ...overrides,
});

/** report-1 filed as confirmed, resting on the reports named. */
const confirmed = (corroboratedBy: string[]) => file({ credibility: 1, corroboratedBy });

describe('file an information report', () => {
  it('records the graded report on the case, a protected source by pseudonym only', () => {
    given(caseDecider, [caseOpened]).when(file()).then([reportFiled]);
  });

  it('keeps risk factors in order and once each', () => {
    const [filed] = given(caseDecider, [caseOpened])
      .when(file({ riskFactors: [11, 8, 11] }))
      .result();
    expect(filed.data).toMatchObject({ riskFactors: [8, 11] });
  });

  it('needs an opened case', () => {
    given(caseDecider).when(file()).thenRefuses('not-found', 'case-exists');
  });

  it('takes no new report on a closed case', () => {
    given(caseDecider, [caseOpened, caseClosed]).when(file()).thenRefuses('conflict', 'case-not-closed');
  });

  it('refuses risk factors outside the Framework of Analysis', () => {
    given(caseDecider, [caseOpened])
      .when(file({ riskFactors: [15 as never] }))
      .thenRefuses('invalid', 'framework-of-analysis-risk-factors');
    given(caseDecider, [caseOpened])
      .when(file({ riskFactors: [] }))
      .thenRefuses('invalid', 'framework-of-analysis-risk-factors');
  });

  it('refuses an observation dated after the filing', () => {
    given(caseDecider, [caseOpened])
      .when(file({ observedAt: '2008-02-01T00:00:00.000Z' }))
      .thenRefuses('invalid', 'observed-before-filed');
  });

  it('files a report once', () => {
    given(caseDecider, [caseOpened, reportFiled]).when(file()).thenRefuses('conflict', 'report-filed-once');
  });

  it('is the Joint Office’s to do', () => {
    given(caseDecider, [caseOpened])
      .when(file({ actor: securityCouncil }))
      .thenRefuses('forbidden', 'remit');
  });

  describe('credibility 1, confirmed by other sources', () => {
    it('rests on an independent report on the case', () => {
      given(caseDecider, [caseOpened, otherReportFiled])
        .when(confirmed([otherReport.reportId]))
        .then([{ type: 'information-report-filed', data: { ...report, credibility: 1, corroboratedBy: [otherReport.reportId] } }]);
    });

    it('is refused without a corroborating report', () => {
      given(caseDecider, [caseOpened, otherReportFiled])
        .when(confirmed([]))
        .thenRefuses('rule-violated', 'confirmed-needs-corroboration', /independent corroborating report/);
    });

    it('is refused when the corroboration is not on the case', () => {
      given(caseDecider, [caseOpened])
        .when(confirmed(['report-x']))
        .thenRefuses('invalid', 'corroborating-report-on-case', /report-x/);
    });

    it('is refused when the corroboration comes from the same source', () => {
      given(caseDecider, [caseOpened, sameSourceReportFiled])
        .when(confirmed(['report-3']))
        .thenRefuses('rule-violated', 'independent-corroboration', /same source/);
    });

    it('is refused when the corroboration was retracted', () => {
      given(caseDecider, [caseOpened, otherReportFiled, retracted(otherReport.reportId)])
        .when(confirmed([otherReport.reportId]))
        .thenRefuses('rule-violated', 'retracted-report-not-cited');
    });
  });
});
