import { given } from '@rtop/testing';
import { generalAssemblyDecider } from './general-assembly-case';
import { assembly, assessmentPlaced, at, content, secretaryGeneral, noted } from './general-assembly.fixtures';
import { NoteAssessmentTransmitted } from './note-assessment-transmitted';

const note = (overrides: Partial<NoteAssessmentTransmitted> = {}): NoteAssessmentTransmitted => ({
  type: 'note-assessment-transmitted',
  transmissionId: 'transmission-1',
  assessmentId: 'assessment-1',
  recipients: ['un-security-council', 'un-general-assembly'],
  contentDigest: assessmentPlaced.data.contentDigest,
  content,
  actor: secretaryGeneral,
  at,
  ...overrides,
});

describe('note an assessment transmitted to the Assembly', () => {
  it('puts the assessment before the Assembly, as transmitted', () => {
    given(generalAssemblyDecider, [noted]).when(note()).then([assessmentPlaced]);
  });

  it('changes nothing when the same transmission is delivered again', () => {
    given(generalAssemblyDecider, [noted, assessmentPlaced]).when(note()).then([]);
  });

  it('takes only transmissions addressed to the Assembly', () => {
    given(generalAssemblyDecider, [noted])
      .when(note({ recipients: ['un-security-council'] }))
      .thenRefuses('invalid', 'addressed-to-the-assembly');
  });

  it('refuses content that does not match the digest it was transmitted with', () => {
    given(generalAssemblyDecider, [noted])
      .when(note({ content: { ...content, summary: 'Low risk' } }))
      .thenRefuses('rule-violated', 'assessment-unaltered');
  });

  it('comes from the Secretary-General only', () => {
    given(generalAssemblyDecider, [noted])
      .when(note({ actor: assembly }))
      .thenRefuses('forbidden', 'remit');
  });
});
