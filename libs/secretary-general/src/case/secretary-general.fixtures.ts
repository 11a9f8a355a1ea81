import { Actor, CaseNoted, contentDigest } from '@rtop/kernel';
import {
  AssessmentReceived,
  GoodOfficesOffered,
  OptionTabled,
  StandingGroupConvened,
  StandingGroupMeetingHeld,
  VergeOfManifestFailureFound,
} from './secretary-general-events';

export const jointOffice: Actor = { body: 'un-joint-office', person: 'adviser-1', role: 'special-adviser' };
export const secretaryGeneral: Actor = { body: 'un-secretary-general', person: 'sg', role: 'secretary-general' };
export const auPsc: Actor = { body: 'au-psc', person: 'chair', role: 'chairperson' };
export const dpa: Actor = { body: 'un-dpa', person: 'usg-dpa', role: 'under-secretary-general' };
export const ocha: Actor = { body: 'un-ocha', person: 'erc', role: 'emergency-relief-coordinator' };
export const unicef: Actor = { body: 'un-unicef', person: 'ed-unicef', role: 'executive-director' };
export const at = new Date('2008-01-03T10:00:00Z');
export const caseId = 'c0ffee00-0000-4000-8000-000000000001';

/** `at` moved on by whole days. */
export const daysAfter = (from: Date, days: number) => new Date(from.getTime() + days * 86_400_000);

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

export const offered: GoodOfficesOffered = {
  type: 'good-offices-offered',
  data: {
    offerId: 'offer-1',
    parties: ['Government of Kenya (PNU)', 'Orange Democratic Movement'],
    mandate: 'Help the parties end the violence and settle the electoral dispute',
  },
};

export const moderateContent = {
  ...content,
  assessmentId: 'assessment-2',
  risks: [{ ...content.risks[0], level: 'moderate' }],
  summary: 'Moderate risk',
};

export const moderateAssessmentReceived: AssessmentReceived = {
  type: 'assessment-received',
  data: { assessmentId: 'assessment-2', content: moderateContent, contentDigest: contentDigest(moderateContent), issuedEventId: 'event-2' },
};

export const vergeFound: VergeOfManifestFailureFound = {
  type: 'verge-of-manifest-failure-found',
  data: {
    findingId: 'finding-1',
    assessmentId: 'assessment-1',
    contentDigest: contentDigest(content),
    crimesAtHighRisk: [{ crime: 'crimes-against-humanity', level: 'high' }],
    reasons: 'Police unable to stop organised attacks; displacement doubling within days',
  },
};

export const groupConvened: StandingGroupConvened = {
  type: 'standing-group-convened',
  data: { findingId: 'finding-1', members: ['un-dpa', 'un-ocha', 'un-ohchr'], meetingCadenceDays: 7, convenedAt: at.toISOString() },
};

export const meetingHeld: StandingGroupMeetingHeld = {
  type: 'standing-group-meeting-held',
  data: { meetingId: 'meeting-1', heldAt: daysAfter(at, 1).toISOString(), attendees: ['un-dpa', 'un-ocha'] },
};

export const optionTabled: OptionTabled = {
  type: 'option-tabled',
  data: {
    optionId: 'option-1',
    meetingId: 'meeting-1',
    pillar: 'II',
    description: 'Support mediation between the parties with a team of mediation experts',
    coercive: false,
    proposedBy: 'un-dpa',
    assessmentId: 'assessment-1',
    assessmentDigest: contentDigest(content),
  },
};

/** A case where the standing group has been convened on a finding resting on the high-risk assessment. */
export const convenedCase = [assessmentReceived, vergeFound, groupConvened];

/** Given: the Joint Office opened the case, and this context noted it (focal-point `case-opened`). */
export const noted: CaseNoted = { type: 'case-noted', data: { caseId, situation: 'Kenya, post-election violence' } };
