import { Actor, CaseNoted, UN_MEMBERS, contentDigest } from '@rtop/kernel';
import {
  AssessmentPlacedOnAgenda,
  DraftResolutionTabled,
  EmergencySpecialSessionConvened,
  EmergencySpecialSessionDue,
  VetoNoted,
  VoteRecorded,
} from './general-assembly-events';
import { MemberState, Vote, VotingRules } from './resolution';

export const assembly: Actor = { body: 'un-general-assembly', person: 'pga', role: 'president-of-the-general-assembly' };
export const secretaryGeneral: Actor = { body: 'un-secretary-general', person: 'sg', role: 'secretary-general' };
export const securityCouncil: Actor = { body: 'un-security-council', person: 'president', role: 'president' };
export const delegation = (state: MemberState): Actor => ({ body: state, person: 'pr', role: 'permanent-representative' });
export const kenya: MemberState = 'member-state:KEN';

export const at = new Date('2008-02-04T10:00:00Z');
export const hoursAfter = (hours: number) => new Date(at.getTime() + hours * 3_600_000);
export const caseId = 'c0ffee00-0000-4000-8000-000000000001';

/** The i-th Member of the United Nations in the list's order, for counting votes. */
export const nthMemberState = (i: number): MemberState => `member-state:${UN_MEMBERS[i]}`;

export const content = {
  assessmentId: 'assessment-1',
  caseId,
  situation: 'Kenya, post-election violence',
  summary: 'High risk',
};

export const assessmentPlaced: AssessmentPlacedOnAgenda = {
  type: 'assessment-placed-on-agenda',
  data: { assessmentId: 'assessment-1', transmissionId: 'transmission-1', contentDigest: contentDigest(content), content },
};

export const noArrears: VotingRules = { abstentionsCountAsVoting: false, inArrears: [], exemptedFromArrears: [] };

export const tabled = (overrides: Partial<DraftResolutionTabled['data']> = {}): DraftResolutionTabled => ({
  type: 'draft-resolution-tabled',
  data: {
    resolutionId: 'resolution-1',
    title: 'The situation in Kenya',
    text: 'Calls upon all parties to end the violence',
    importantQuestion: true,
    peaceAndSecurityRecommendation: true,
    votingRules: noArrears,
    tabledAt: at.toISOString(),
    ...overrides,
  },
});

/** Votes by distinct member states, yes first, then no, then abstentions. */
export function votesCast(counts: { yes?: number; no?: number; abstain?: number }, resolutionId = 'resolution-1'): VoteRecorded[] {
  const sequence: Vote[] = [
    ...Array<Vote>(counts.yes ?? 0).fill('yes'),
    ...Array<Vote>(counts.no ?? 0).fill('no'),
    ...Array<Vote>(counts.abstain ?? 0).fill('abstain'),
  ];
  return sequence.map((vote, i) => ({
    type: 'vote-recorded',
    data: { resolutionId, memberState: nthMemberState(i), vote, castAt: at.toISOString() },
  }));
}

export const councilSessionDue: EmergencySpecialSessionDue = {
  type: 'emergency-special-session-due',
  data: { basis: 'security-council', draftId: 'draft-2', dueBy: hoursAfter(24).toISOString() },
};

export const sessionConvened: EmergencySpecialSessionConvened = {
  type: 'emergency-special-session-convened',
  data: { caseId, sessionId: 'session-1' },
};

export const vetoNoted = (debateDueBy: string | null = '2008-02-18T10:00:00.000Z', draftId = 'draft-1'): VetoNoted => ({
  type: 'veto-noted',
  data: { draftId, vetoedBy: ['member-state:RUS'], debateDueBy, vetoedAt: at.toISOString() },
});

/** Given: the Joint Office opened the case, and this context noted it (focal-point `case-opened`). */
export const noted: CaseNoted = { type: 'case-noted', data: { caseId, situation: 'Kenya, post-election violence' } };
