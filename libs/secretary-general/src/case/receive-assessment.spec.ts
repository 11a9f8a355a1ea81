import { contentDigest } from '@rtop/kernel';
import { given } from '@rtop/testing';
import { ReceiveAssessment } from './receive-assessment';
import { secretaryGeneralDecider } from './secretary-general-case';
import { assessmentReceived, at, content, jointOffice, secretaryGeneral, noted } from './secretary-general.fixtures';

const receive = (overrides: Partial<ReceiveAssessment> = {}): ReceiveAssessment => ({
  type: 'receive-assessment',
  assessmentId: 'assessment-1',
  content,
  contentDigest: contentDigest(content),
  issuedEventId: 'event-1',
  actor: jointOffice,
  at,
  ...overrides,
});

describe('receive an assessment from the Joint Office', () => {
  it('keeps the assessment exactly as issued', () => {
    given(secretaryGeneralDecider, [noted]).when(receive()).then([assessmentReceived]);
  });

  it('changes nothing when the same assessment is delivered again', () => {
    given(secretaryGeneralDecider, [noted, assessmentReceived]).when(receive()).then([]);
  });

  it('refuses content that does not match the digest it was issued with', () => {
    given(secretaryGeneralDecider, [noted])
      .when(receive({ content: { ...content, summary: 'Low risk' } }))
      .thenRefuses('rule-violated', 'assessment-unaltered');
  });

  it('comes from the Joint Office only', () => {
    given(secretaryGeneralDecider, [noted])
      .when(receive({ actor: secretaryGeneral }))
      .thenRefuses('forbidden', 'remit');
  });
});
