import { given } from '@rtop/testing';
import { NoteAssessmentTransmitted } from './note-assessment-transmitted';
import { actorOf, assessmentContent, assessmentDigest, at, caseId, decider, secretaryGeneral, noted } from './regional.fixtures';
import { AssessmentPlacedBeforeBody } from './regional-events';

const note = (overrides: Partial<NoteAssessmentTransmitted> = {}): NoteAssessmentTransmitted => ({
  type: 'note-assessment-transmitted',
  caseId,
  transmissionId: 'transmission-1',
  assessmentId: 'assessment-1',
  recipients: ['un-security-council', 'au-psc', 'igad'],
  contentDigest: assessmentDigest,
  content: assessmentContent,
  actor: secretaryGeneral,
  at,
  ...overrides,
});

const placed = (body: 'au-psc' | 'igad'): AssessmentPlacedBeforeBody => ({
  type: 'assessment-placed-before-body',
  data: {
    body,
    transmissionId: 'transmission-1',
    assessmentId: 'assessment-1',
    contentDigest: assessmentDigest,
    content: assessmentContent,
  },
});

describe('note an assessment transmitted to regional bodies', () => {
  it('puts the assessment before each regional body named, and leaves the UN organs to their own contexts', () => {
    given(decider, [noted])
      .when(note())
      .then([placed('au-psc'), placed('igad')]);
  });

  it('changes nothing when the same transmission is delivered again', () => {
    given(decider, [noted, placed('au-psc'), placed('igad')])
      .when(note())
      .then([]);
  });

  it('refuses content that does not match the digest it was transmitted with', () => {
    given(decider, [noted])
      .when(note({ content: { ...assessmentContent, summary: 'Low risk' } }))
      .thenRefuses('rule-violated', 'assessment-unaltered');
  });

  it('refuses a transmission that names no regional body', () => {
    given(decider, [noted])
      .when(note({ recipients: ['un-security-council'] }))
      .thenRefuses('invalid', 'regional-recipient');
  });

  it('comes from the Secretary-General only', () => {
    given(decider, [noted])
      .when(note({ actor: actorOf('au-psc') }))
      .thenRefuses('forbidden', 'remit', /un-secretary-general only/);
  });
});
