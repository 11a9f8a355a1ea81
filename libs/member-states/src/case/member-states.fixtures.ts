import { Actor, CaseNoted } from '@rtop/kernel';
import { AssistanceConsented, AssistanceRequested, PostureAssessed, PostureDeclared } from './member-states-events';

export const kenya: Actor = { body: 'member-state:KEN', person: 'permanent-representative', role: 'permanent-representative' };
export const uganda: Actor = { body: 'member-state:UGA', person: 'permanent-representative', role: 'permanent-representative' };
export const jointOffice: Actor = { body: 'un-joint-office', person: 'adviser-1', role: 'special-adviser' };
export const secretaryGeneral: Actor = { body: 'un-secretary-general', person: 'sg', role: 'secretary-general' };
export const securityCouncil: Actor = { body: 'un-security-council', person: 'president', role: 'president' };
export const at = new Date('2008-01-10T09:00:00Z');
export const caseId = 'c0ffee00-0000-4000-8000-000000000001';

export const declaredWillingButUnable: PostureDeclared = {
  type: 'posture-declared',
  data: {
    caseId,
    state: 'KEN',
    posture: 'willing-but-unable',
    reasons: ['Police overwhelmed in the Rift Valley'],
    declaredAt: '2008-01-05T09:00:00.000Z',
  },
};

export const assessedUnwillingByJointOffice: PostureAssessed = {
  type: 'posture-assessed',
  data: {
    caseId,
    state: 'KEN',
    posture: 'unwilling',
    reasons: ['Security forces implicated in killings in Kisumu'],
    assessedBy: 'un-joint-office',
    assessedAt: '2008-01-06T09:00:00.000Z',
  },
};

export const mediationRequested: AssistanceRequested = {
  type: 'assistance-requested',
  data: {
    caseId,
    state: 'KEN',
    requestId: 'request-1',
    kinds: ['mediation'],
    description: 'Mediation between the parties to the disputed election',
    requestedAt: at.toISOString(),
  },
};

export const mediationConsented: AssistanceConsented = {
  type: 'assistance-consented',
  data: {
    caseId,
    state: 'KEN',
    consentId: 'consent-1',
    requestId: 'request-1',
    offeredBy: 'au-assembly',
    kinds: ['mediation'],
    description: 'The AU Panel of Eminent African Personalities',
    consentedAt: at.toISOString(),
  },
};

/** Given: the Joint Office opened the case, and this context noted it (focal-point `case-opened`). */
export const noted: CaseNoted = { type: 'case-noted', data: { caseId, situation: 'Kenya, post-election violence' } };
