import { Actor, CaseNoted, MemberStateBody, REGIONAL_BODIES, RegionalBody, UN_MEMBERS, contentDigest } from '@rtop/kernel';
import { RegionalFileEvent, regionalCaseDecider } from './regional-case';
import {
  AssessmentPlacedBeforeBody,
  CouncilAuthorisationNoted,
  DraftDecision,
  DraftDecisionTabled,
  RegionalCaseEvent,
} from './regional-events';

export const decider = regionalCaseDecider();
export const at = new Date('2008-01-10T10:00:00Z');
export const caseId = 'c0ffee00-0000-4000-8000-000000000001';

export const actorOf = (body: RegionalBody): Actor => ({ body, person: `${body}-chair`, role: 'chairperson' });
export const secretaryGeneral: Actor = { body: 'un-secretary-general', person: 'sg', role: 'secretary-general' };
export const securityCouncil: Actor = { body: 'un-security-council', person: 'president', role: 'president' };

/** `member-state:` bodies from ISO codes, to keep the specs readable. */
export const states = (...codes: string[]): MemberStateBody[] => codes.map((c): MemberStateBody => `member-state:${c}`);

export const draftDecision = (body: RegionalBody, overrides: Partial<DraftDecision> = {}): DraftDecision => ({
  draftId: `${body}-draft-1`,
  caseId,
  body,
  title: 'Mediation by the Panel of the Wise',
  text: 'Requests the Panel of the Wise to support the mediation between the parties.',
  matter: 'substantive',
  coercive: false,
  councilDecisionId: null,
  parties: [],
  twoThirdsRequired: false,
  subject: { kind: 'ordinary' },
  tabledAt: at.toISOString(),
  ...overrides,
});

export const tabled = (body: RegionalBody, overrides: Partial<DraftDecision> = {}): DraftDecisionTabled => ({
  type: 'draft-decision-tabled',
  data: draftDecision(body, overrides),
});

export const consensusFailed = (body: RegionalBody, objectors: MemberStateBody[], draftId = `${body}-draft-1`): RegionalCaseEvent => ({
  type: 'consensus-failed',
  data: { draftId, body, objectors, disregarded: [], failedAt: at.toISOString() },
});

export const authorisationNoted = (overrides: Partial<CouncilAuthorisationNoted['data']> = {}): CouncilAuthorisationNoted => ({
  type: 'council-authorisation-noted',
  data: {
    councilDecisionId: 'council-draft-1',
    chapter: 'VII',
    bodies: ['au-psc'],
    measures: [{ kind: 'regional-peace-operation', coercive: true }],
    authorisesEnforcement: true,
    ...overrides,
  },
});

export const adopted = (
  body: RegionalBody,
  overrides: { coercive?: boolean; councilDecisionId?: string | null; draftId?: string } = {},
): RegionalCaseEvent => ({
  type: 'regional-decision-adopted',
  data: {
    decisionId: overrides.draftId ?? `${body}-draft-1`,
    caseId,
    body,
    coercive: overrides.coercive ?? false,
    councilDecisionId: overrides.councilDecisionId ?? null,
  },
});

export const assessmentContent = {
  assessmentId: 'assessment-1',
  caseId,
  situation: 'Kenya, post-election violence',
  summary: 'High risk of crimes against humanity',
  issuedAt: '2008-01-02T09:00:00.000Z',
};
export const assessmentDigest = contentDigest(assessmentContent);

/** `count` distinct states, UN Members in the list's order, starting after `skip` of them. */
export const someStates = (count: number, skip = 0): MemberStateBody[] => states(...UN_MEMBERS.slice(skip, skip + count));

/** A roll call: `yes` states in favour, then `no` against, then `abstain` abstaining. */
export const rollCall = (yes: number, no: number, abstain = 0) => {
  const voters = someStates(yes + no + abstain);
  return voters.map((state, i) => ({ state, vote: i < yes ? ('yes' as const) : i < yes + no ? ('no' as const) : ('abstain' as const) }));
};

/** Given: the Joint Office opened the case, and this context noted it (focal-point `case-opened`). */
export const noted: CaseNoted = { type: 'case-noted', data: { caseId, situation: 'Kenya, post-election violence' } };

/** Given: an assessment the Secretary-General transmitted, placed before these bodies. */
export const placedBefore = (...bodies: RegionalBody[]): AssessmentPlacedBeforeBody[] =>
  bodies.map((body) => ({
    type: 'assessment-placed-before-body',
    data: {
      body,
      transmissionId: 'transmission-1',
      assessmentId: 'assessment-1',
      contentDigest: assessmentDigest,
      content: assessmentContent,
    },
  }));

/** Given: the case opened, and placed before every regional body, so each may table a draft on it. */
export const beforeEveryBody: RegionalFileEvent[] = [noted, ...placedBefore(...REGIONAL_BODIES)];
