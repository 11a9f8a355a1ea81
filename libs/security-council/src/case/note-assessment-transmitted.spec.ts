import { contentDigest } from '@rtop/kernel';
import { given } from '@rtop/testing';
import { councilCaseDecider } from './council-case';
import { AssessmentPlacedOnAgenda } from './council-case-events';
import { NoteAssessmentTransmitted } from './note-assessment-transmitted';
import { at, caseId, secretaryGeneral, securityCouncil, noted } from './council-case.fixtures';

const content = { assessmentId: 'assessment-1', caseId, situation: 'Kenya, post-election violence', summary: 'High risk' };

const note = (overrides: Partial<NoteAssessmentTransmitted> = {}): NoteAssessmentTransmitted => ({
  type: 'note-assessment-transmitted',
  caseId,
  transmissionId: 'transmission-1',
  assessmentId: 'assessment-1',
  recipients: ['un-security-council', 'un-general-assembly'],
  content,
  contentDigest: contentDigest(content),
  actor: secretaryGeneral,
  at,
  ...overrides,
});

const placed: AssessmentPlacedOnAgenda = {
  type: 'assessment-placed-on-agenda',
  data: { assessmentId: 'assessment-1', transmissionId: 'transmission-1', contentDigest: contentDigest(content) },
};

describe('note an assessment transmitted to the Council', () => {
  it('places the assessment on the Council’s agenda for the case, with its id and digest', () => {
    given(councilCaseDecider, [noted]).when(note()).then([placed]);
  });

  it('changes nothing when the same assessment arrives again', () => {
    given(councilCaseDecider, [noted, placed])
      .when(note({ transmissionId: 'transmission-2' }))
      .then([]);
  });

  it('takes only transmissions addressed to the Council', () => {
    given(councilCaseDecider, [noted])
      .when(note({ recipients: ['un-general-assembly', 'au-psc'] }))
      .thenRefuses('rule-violated', 'transmitted-to-the-council', /not to un-security-council/);
  });

  it('refuses content that does not match the digest it was sent with', () => {
    given(councilCaseDecider, [noted])
      .when(note({ content: { ...content, summary: 'Low risk' } }))
      .thenRefuses('rule-violated', 'assessment-unaltered');
  });

  it('comes from the Secretary-General only', () => {
    given(councilCaseDecider, [noted])
      .when(note({ actor: securityCouncil }))
      .thenRefuses('forbidden', 'remit', /un-secretary-general only/);
  });
});
