import { given } from '@rtop/testing';
import { secretaryGeneralDecider } from './secretary-general-case';
import { AssessmentTransmitted } from './secretary-general-events';
import { TransmitAssessment } from './transmit-assessment';
import { assessmentReceived, at, auPsc, caseId, content, secretaryGeneral, noted } from './secretary-general.fixtures';

const transmit = (overrides: Partial<TransmitAssessment> = {}): TransmitAssessment => ({
  type: 'transmit-assessment',
  caseId,
  transmissionId: 'transmission-1',
  assessmentId: 'assessment-1',
  recipients: ['un-security-council', 'un-general-assembly', 'au-psc'],
  content,
  actor: secretaryGeneral,
  at,
  ...overrides,
});

const transmitted = (recipients: string[], transmissionId = 'transmission-1'): AssessmentTransmitted => ({
  type: 'assessment-transmitted',
  data: {
    transmissionId,
    caseId,
    assessmentId: 'assessment-1',
    recipients,
    contentDigest: assessmentReceived.data.contentDigest,
    content,
    transmittedAt: at.toISOString(),
  },
});

describe('transmit an assessment', () => {
  it('transmits the assessment as issued to the Council, the Assembly and a regional body at once', () => {
    given(secretaryGeneralDecider, [noted, assessmentReceived])
      .when(transmit())
      .then([transmitted(['un-security-council', 'un-general-assembly', 'au-psc'])]);
  });

  it('transmits in sequence: the Council first, the Assembly later, the same content', () => {
    given(secretaryGeneralDecider, [noted, assessmentReceived, transmitted(['un-security-council'])])
      .when(transmit({ transmissionId: 'transmission-2', recipients: ['un-general-assembly'] }))
      .then([transmitted(['un-general-assembly'], 'transmission-2')]);
  });

  it('refuses content that differs from the assessment as issued, and says where', () => {
    const softened = { ...content, risks: [{ ...content.risks[0], level: 'moderate' }] };
    given(secretaryGeneralDecider, [noted, assessmentReceived])
      .when(transmit({ content: softened }))
      .thenRefuses('rule-violated', 'transmit-the-assessment-as-issued', /risks\[0\]\.level/);
  });

  it('refuses a field dropped from the assessment', () => {
    const filtered = Object.fromEntries(Object.entries(content).filter(([field]) => field !== 'summary'));
    given(secretaryGeneralDecider, [noted, assessmentReceived])
      .when(transmit({ content: filtered }))
      .thenRefuses('rule-violated', 'transmit-the-assessment-as-issued', /\$\.summary/);
  });

  it('cannot transmit an assessment it has not received', () => {
    given(secretaryGeneralDecider, [noted]).when(transmit()).thenRefuses('not-found', 'assessment-received');
  });

  it('transmits to each organ once', () => {
    given(secretaryGeneralDecider, [noted, assessmentReceived, transmitted(['un-security-council'])])
      .when(transmit({ transmissionId: 'transmission-2', recipients: ['un-security-council'] }))
      .thenRefuses('conflict', 'transmitted-once-per-organ');
  });

  it('names known organs, each once', () => {
    given(secretaryGeneralDecider, [noted, assessmentReceived])
      .when(transmit({ recipients: [] }))
      .thenRefuses('invalid', 'transmission-recipients');
    given(secretaryGeneralDecider, [noted, assessmentReceived])
      .when(transmit({ recipients: ['world-bank'] }))
      .thenRefuses('invalid', 'transmission-recipients', /world-bank/);
    given(secretaryGeneralDecider, [noted, assessmentReceived])
      .when(transmit({ recipients: ['au-psc', 'au-psc'] }))
      .thenRefuses('invalid', 'transmission-recipients');
  });

  it('is the Secretary-General’s to do', () => {
    given(secretaryGeneralDecider, [noted, assessmentReceived])
      .when(transmit({ actor: auPsc }))
      .thenRefuses('forbidden', 'remit');
  });
});
