import { Actor, contentDigest } from '@rtop/kernel';
import { AssessmentReceived } from './secretary-general-events';

export const jointOffice: Actor = { body: 'un-joint-office', person: 'adviser-1', role: 'special-adviser' };
export const secretaryGeneral: Actor = { body: 'un-secretary-general', person: 'sg', role: 'secretary-general' };
export const auPsc: Actor = { body: 'au-psc', person: 'chair', role: 'chairperson' };
export const at = new Date('2008-01-03T10:00:00Z');
export const caseId = 'c0ffee00-0000-4000-8000-000000000001';

export const content = {
  assessmentId: 'assessment-1',
  caseId,
  situation: 'Kenya, post-election violence',
  risks: [{ crime: 'crimes-against-humanity', level: 'high', riskFactors: [8, 11], reportIds: ['report-1'], rationale: 'r' }],
  summary: 'High risk',
  issuedAt: '2008-01-02T09:00:00.000Z',
};

export const assessmentReceived: AssessmentReceived = {
  type: 'assessment-received',
  data: { assessmentId: 'assessment-1', content, contentDigest: contentDigest(content), issuedEventId: 'event-1' },
};
