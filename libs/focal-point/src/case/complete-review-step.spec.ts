import { given } from '@rtop/testing';
import { caseDecider } from './case';
import { CompleteReviewStep } from './complete-review-step';
import {
  assessmentDrafted,
  at,
  caseClosed,
  caseId,
  caseOpened,
  jointOffice,
  reportFiled,
  reviewed,
  secondReader,
  securityCouncil,
  stepCompleted,
} from './case.fixtures';

const complete = (overrides: Partial<CompleteReviewStep> = {}): CompleteReviewStep => ({
  type: 'complete-review-step',
  caseId,
  assessmentId: 'assessment-1',
  step: 'legal-review',
  note: 'Checked against the Rome Statute, art. 7',
  actor: jointOffice,
  at,
  ...overrides,
});

const drafted = [caseOpened, reportFiled, assessmentDrafted];

describe('complete a review step', () => {
  it('records the step, who completed it and their note', () => {
    given(caseDecider, drafted)
      .when(complete())
      .then([
        {
          type: 'review-step-completed',
          data: {
            assessmentId: 'assessment-1',
            step: 'legal-review',
            completedBy: 'adviser-1',
            note: 'Checked against the Rome Statute, art. 7',
          },
        },
      ]);
  });

  it('completes only the steps of the draft’s checklist', () => {
    given(caseDecider, drafted)
      .when(complete({ step: 'sign-off-by-ambassador' }))
      .thenRefuses('invalid', 'review-step-on-checklist', /legal-review/);
  });

  it('completes a step once', () => {
    given(caseDecider, [...drafted, stepCompleted('legal-review')])
      .when(complete())
      .thenRefuses('conflict', 'review-step-completed-once');
  });

  it('has the second reading done by someone other than the drafter', () => {
    given(caseDecider, drafted)
      .when(complete({ step: 'second-reader' }))
      .thenRefuses('rule-violated', 'second-reader-is-another-person');
    const [read] = given(caseDecider, drafted)
      .when(complete({ step: 'second-reader', actor: secondReader }))
      .result();
    expect(read.data).toMatchObject({ step: 'second-reader', completedBy: 'adviser-2' });
  });

  it('reviews a drafted assessment that is not yet issued', () => {
    given(caseDecider, [caseOpened, reportFiled]).when(complete()).thenRefuses('not-found', 'assessment-drafted');
    const history = [...drafted, ...reviewed];
    const [issued] = given(caseDecider, history)
      .when({ type: 'issue-assessment', caseId, assessmentId: 'assessment-1', actor: jointOffice, at })
      .result();
    given(caseDecider, [...history, issued])
      .when(complete({ step: 'evidence-linked' }))
      .thenRefuses('conflict', 'reviewed-before-issue');
  });

  it('does not work on a closed case', () => {
    given(caseDecider, [...drafted, caseClosed])
      .when(complete())
      .thenRefuses('conflict', 'case-not-closed');
  });

  it('is the Joint Office’s to do', () => {
    given(caseDecider, drafted)
      .when(complete({ actor: securityCouncil }))
      .thenRefuses('forbidden', 'remit');
  });
});
