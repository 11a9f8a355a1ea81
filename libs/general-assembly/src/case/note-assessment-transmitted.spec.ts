import { given } from '@rtop/testing';
import { generalAssemblyDecider } from './general-assembly-case';
import { assembly, assessmentPlaced, at, content, secretaryGeneral } from './general-assembly.fixtures';
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
    given(generalAssemblyDecider).when(note()).then([assessmentPlaced]);
  });

  it('changes nothing when the same transmission is delivered again', () => {
    given(generalAssemblyDecider, [assessmentPlaced]).when(note()).then([]);
  });

  it('takes only transmissions addressed to the Assembly', () => {
    given(generalAssemblyDecider)
      .when(note({ recipients: ['un-security-council'] }))
      .thenRefuses('invalid', 'addressed-to-the-assembly');
  });

  it('refuses content that does not match the digest it was transmitted with', () => {
    given(generalAssemblyDecider)
      .when(note({ content: { ...content, summary: 'Low risk' } }))
      .thenRefuses('rule-violated', 'assessment-unaltered');
  });

  it('comes from the Secretary-General only', () => {
    given(generalAssemblyDecider).when(note({ actor: assembly })).thenRefuses('forbidden', 'remit');
  });
});
