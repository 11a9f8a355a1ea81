import { Actor, CaseNoted } from '@rtop/kernel';
import {
  CouncilDecisionNoted,
  MeasureRegistered,
  MeasureStatusUpdated,
  RegionalDecisionNoted,
  StateConsentNoted,
} from './responses-events';

export const secretaryGeneral: Actor = { body: 'un-secretary-general', person: 'sg', role: 'secretary-general' };
export const securityCouncil: Actor = { body: 'un-security-council', person: 'president', role: 'president' };
export const auPsc: Actor = { body: 'au-psc', person: 'chair', role: 'chairperson' };
export const kenya: Actor = { body: 'member-state:KEN', person: 'foreign-minister', role: 'minister' };
export const undp: Actor = { body: 'un-undp', person: 'resident-coordinator', role: 'resident-coordinator' };
export const at = new Date('2008-02-01T10:00:00Z');

/** Chapter VII: determines manifest failure and authorises the AU to use force. */
export const chapterViiDecision: CouncilDecisionNoted = {
  type: 'council-decision-noted',
  data: {
    decisionId: 'draft-7',
    chapter: 'VII',
    procedural: false,
    measures: [{ kind: 'use-of-force-to-protect-civilians', coercive: true }],
    authorisedBodies: ['au-psc'],
    manifestFailureDetermined: true,
    sourceEventId: 'sc-event-7',
  },
};

/** Chapter VI: supports mediation; determines nothing and authorises no coercion. */
export const chapterViDecision: CouncilDecisionNoted = {
  type: 'council-decision-noted',
  data: {
    decisionId: 'draft-6',
    chapter: 'VI',
    procedural: false,
    measures: [{ kind: 'support-for-mediation', coercive: false }],
    authorisedBodies: [],
    manifestFailureDetermined: false,
    sourceEventId: 'sc-event-6',
  },
};

export const auDecision: RegionalDecisionNoted = {
  type: 'regional-decision-noted',
  data: { decisionId: 'psc-decision-1', body: 'au-psc', coercive: true, councilDecisionId: 'draft-7', sourceEventId: 'rb-event-1' },
};

export const kenyaRequest: StateConsentNoted = {
  type: 'state-consent-noted',
  data: { state: 'KEN', requestOrConsentId: 'request-1', form: 'request', sourceEventId: 'ms-event-1' },
};

export const mediationSupport: MeasureRegistered = {
  type: 'measure-registered',
  data: {
    measureId: 'measure-1',
    pillar: 'II',
    coercive: false,
    description: 'Electoral and mediation support team to Nairobi',
    authorisation: { kind: 'state-request-or-consent', state: 'KEN', requestOrConsentId: 'request-1' },
    implementingBody: 'un-undp',
  },
};

export const underWay: MeasureStatusUpdated = {
  type: 'measure-status-updated',
  data: { measureId: 'measure-1', from: 'planned', to: 'under-way' },
};

/** Given: the Joint Office opened the case, and this context noted it (focal-point `case-opened`). */
export const noted: CaseNoted = {
  type: 'case-noted',
  data: { caseId: 'c0ffee00-0000-4000-8000-000000000001', situation: 'Kenya, post-election violence' },
};
