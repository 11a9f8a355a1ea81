import { contentDigest } from '@rtop/kernel';
import { given } from '@rtop/testing';
import { caseDecider } from './case';
import { IssueAssessment } from './issue-assessment';
import {
  assessmentDrafted,
  at,
  caseClosed,
  caseId,
  caseOpened,
  incitement,
  jointOffice,
  reportFiled,
  retracted,
  reviewed,
  risk,
  securityCouncil,
} from './case.fixtures';

const issue = (overrides: Partial<IssueAssessment> = {}): IssueAssessment => ({
  type: 'issue-assessment',
  caseId,
  assessmentId: 'assessment-1',
  actor: jointOffice,
  at,
  ...overrides,
});

const readyToIssue = [caseOpened, reportFiled, assessmentDrafted, ...reviewed];

describe('issue an assessment', () => {
  it('issues the reviewed draft as drafted, with the digest of its content, the situation taken from the case', () => {
    const content = {
      assessmentId: 'assessment-1',
      caseId,
      situation: caseOpened.data.situation,
      risks: [risk],
      incitement: [],
      ethnicCleansing: null,
      summary: 'High risk of crimes against humanity in the Rift Valley',
      issuedAt: at.toISOString(),
    };
    given(caseDecider, readyToIssue)
      .when(issue())
      .then([{ type: 'assessment-issued', data: { content, contentDigest: contentDigest(content) } }]);
  });

  it('issues only once every step of the review is complete', () => {
    given(caseDecider, [caseOpened, reportFiled, assessmentDrafted, ...reviewed.slice(0, 3)])
      .when(issue())
      .thenRefuses('rule-violated', 'review-checklist-complete', /still to pass review: second-reader/);
    given(caseDecider, [caseOpened, reportFiled, assessmentDrafted])
      .when(issue())
      .thenRefuses('rule-violated', 'review-checklist-complete', /sources-graded, evidence-linked, legal-review, second-reader/);
  });

  it('issues a drafted assessment', () => {
    given(caseDecider, [caseOpened, reportFiled]).when(issue()).thenRefuses('not-found', 'assessment-drafted');
  });

  it('is not issued on a report retracted since it was drafted', () => {
    given(caseDecider, [...readyToIssue, retracted('report-1')])
      .when(issue())
      .thenRefuses('rule-violated', 'retracted-report-not-cited', /risks\[0\]\.findings\[0\]: report report-1/);
    const speech = { type: 'information-report-filed', data: { ...reportFiled.data, reportId: 'report-9' } } as const;
    const withIncitement = {
      ...assessmentDrafted,
      data: { ...assessmentDrafted.data, incitement: [{ ...incitement, reportIds: ['report-9'] }] },
    };
    given(caseDecider, [caseOpened, reportFiled, speech, withIncitement, ...reviewed, retracted('report-9')])
      .when(issue())
      .thenRefuses('rule-violated', 'retracted-report-not-cited', /incitement\[0\]/);
  });

  it('issues an assessment once', () => {
    const [issued] = given(caseDecider, readyToIssue).when(issue()).result();
    given(caseDecider, [...readyToIssue, issued])
      .when(issue())
      .thenRefuses('conflict', 'assessment-issued-once');
  });

  it('issues nothing on a closed case', () => {
    given(caseDecider, [...readyToIssue, caseClosed])
      .when(issue())
      .thenRefuses('conflict', 'case-not-closed');
  });

  it('is the Joint Office’s to do', () => {
    given(caseDecider, readyToIssue)
      .when(issue({ actor: securityCouncil }))
      .thenRefuses('forbidden', 'remit');
  });
});
