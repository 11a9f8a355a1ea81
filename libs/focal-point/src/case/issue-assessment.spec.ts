import { contentDigest } from '@rtop/kernel';
import { given } from '@rtop/testing';
import { CrimeRisk } from './assessment';
import { caseDecider } from './case';
import { IssueAssessment } from './issue-assessment';
import { at, caseId, caseOpened, jointOffice, reportFiled, securityCouncil } from './case.fixtures';

const risk: CrimeRisk = {
  crime: 'crimes-against-humanity',
  level: 'high',
  riskFactors: [8, 11],
  reportIds: ['report-1'],
  rationale: 'Organised attacks on civilians of one community',
};

const issue = (overrides: Partial<IssueAssessment> = {}): IssueAssessment => ({
  type: 'issue-assessment',
  caseId,
  assessmentId: 'assessment-1',
  risks: [risk],
  summary: 'High risk of crimes against humanity in the Rift Valley',
  actor: jointOffice,
  at,
  ...overrides,
});

describe('issue an assessment', () => {
  it('issues the assessment with the digest of its content, the situation taken from the case', () => {
    const content = {
      assessmentId: 'assessment-1',
      caseId,
      situation: caseOpened.data.situation,
      risks: [risk],
      summary: 'High risk of crimes against humanity in the Rift Valley',
      issuedAt: at.toISOString(),
    };
    given(caseDecider, [caseOpened, reportFiled])
      .when(issue())
      .then([{ type: 'assessment-issued', data: { content, contentDigest: contentDigest(content) } }]);
  });

  it('rests each risk on reports filed on the case', () => {
    given(caseDecider, [caseOpened, reportFiled])
      .when(issue({ risks: [{ ...risk, reportIds: ['report-x'] }] }))
      .thenRefuses('invalid', 'assessment-rests-on-reports', /report-x/);
    given(caseDecider, [caseOpened, reportFiled])
      .when(issue({ risks: [{ ...risk, reportIds: [] }] }))
      .thenRefuses('invalid', 'assessment-rests-on-reports');
  });

  it('assesses only the crimes the case was opened for, each once', () => {
    given(caseDecider, [caseOpened, reportFiled])
      .when(issue({ risks: [{ ...risk, crime: 'genocide' }] }))
      .thenRefuses('invalid', 'assess-the-crimes-of-the-case');
    given(caseDecider, [caseOpened, reportFiled]).when(issue({ risks: [risk, risk] })).thenRefuses('invalid', 'risk-per-crime');
    given(caseDecider, [caseOpened, reportFiled]).when(issue({ risks: [] })).thenRefuses('invalid', 'risk-per-crime');
  });

  it('issues an assessment once', () => {
    const [issued] = given(caseDecider, [caseOpened, reportFiled]).when(issue()).result();
    given(caseDecider, [caseOpened, reportFiled, issued]).when(issue()).thenRefuses('conflict', 'assessment-issued-once');
  });

  it('is the Joint Office’s to do', () => {
    given(caseDecider, [caseOpened, reportFiled]).when(issue({ actor: securityCouncil })).thenRefuses('forbidden', 'remit');
  });
});
