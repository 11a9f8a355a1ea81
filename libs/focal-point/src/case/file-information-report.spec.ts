import { given } from '@rtop/testing';
import { caseDecider } from './case';
import { FileInformationReport } from './file-information-report';
import { at, caseId, caseOpened, jointOffice, report, reportFiled, securityCouncil } from './case.fixtures';

const file = (overrides: Partial<FileInformationReport> = {}): FileInformationReport => ({
  type: 'file-information-report',
  caseId,
  ...report,
  actor: jointOffice,
  at,
  ...overrides,
});

describe('file an information report', () => {
  it('records the graded report on the case, a protected source by pseudonym only', () => {
    given(caseDecider, [caseOpened]).when(file()).then([reportFiled]);
  });

  it('keeps risk factors in order and once each', () => {
    const [filed] = given(caseDecider, [caseOpened]).when(file({ riskFactors: [11, 8, 11] })).result();
    expect(filed.data).toMatchObject({ riskFactors: [8, 11] });
  });

  it('needs an opened case', () => {
    given(caseDecider).when(file()).thenRefuses('not-found', 'case-exists');
  });

  it('refuses risk factors outside the Framework of Analysis', () => {
    given(caseDecider, [caseOpened])
      .when(file({ riskFactors: [15 as never] }))
      .thenRefuses('invalid', 'framework-of-analysis-risk-factors');
    given(caseDecider, [caseOpened]).when(file({ riskFactors: [] })).thenRefuses('invalid', 'framework-of-analysis-risk-factors');
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
    given(caseDecider, [caseOpened]).when(file({ actor: securityCouncil })).thenRefuses('forbidden', 'remit');
  });
});
