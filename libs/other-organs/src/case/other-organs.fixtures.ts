import { Actor, CaseNoted } from '@rtop/kernel';
import { LessonRecorded, RelapsePreventionEngaged } from './other-organs-events';

export const humanRightsCouncil: Actor = { body: 'un-human-rights-council', person: 'president', role: 'president' };
export const peacebuildingCommission: Actor = { body: 'un-peacebuilding-commission', person: 'chair', role: 'chair' };
export const ecosoc: Actor = { body: 'un-ecosoc', person: 'president', role: 'president' };
export const jointOffice: Actor = { body: 'un-joint-office', person: 'adviser-1', role: 'special-adviser' };
export const secretaryGeneral: Actor = { body: 'un-secretary-general', person: 'sg', role: 'secretary-general' };
export const securityCouncil: Actor = { body: 'un-security-council', person: 'president', role: 'president' };
export const kenya: Actor = { body: 'member-state:KEN', person: 'permanent-representative', role: 'permanent-representative' };
export const at = new Date('2009-03-01T09:00:00Z');
export const caseId = 'c0ffee00-0000-4000-8000-000000000001';

export const engaged: RelapsePreventionEngaged = {
  type: 'relapse-prevention-engaged',
  data: { caseId, engagementId: 'engagement-1', state: 'KEN', priorities: ['National reconciliation', 'Police reform'] },
};

export const lessonRecorded: LessonRecorded = {
  type: 'lesson-recorded',
  data: {
    lessonId: 'lesson-1',
    caseId,
    contributor: 'un-peacebuilding-commission',
    lesson: 'Regional mediation started within weeks; the UN followed the AU lead rather than opening a parallel track',
  },
};

/** Given: the Joint Office opened the case, and this context noted it (focal-point `case-opened`). */
export const noted: CaseNoted = { type: 'case-noted', data: { caseId, situation: 'Kenya, post-election violence' } };
