import { Actor, CaseNoted, MemberStateBody } from '@rtop/kernel';
import { CouncilMember, PERMANENT_MEMBERS } from './composition';
import { AssessmentPlacedOnAgenda, DraftClassified, DraftPutToVote, DraftTabled, VoteCast } from './council-case-events';
import { ResolutionProposal, Vote } from './draft';

export const securityCouncil: Actor = { body: 'un-security-council', person: 'president', role: 'president' };
export const secretaryGeneral: Actor = { body: 'un-secretary-general', person: 'sg', role: 'secretary-general' };
export const generalAssembly: Actor = { body: 'un-general-assembly', person: 'pga', role: 'president' };
export const france: Actor = { body: 'member-state:FRA', person: 'permanent-representative', role: 'ambassador' };
export const caseId = 'c0ffee00-0000-4000-8000-000000000001';
/** Thursday 26 May 2022, 15:00 in New York: the day of the first veto res. 76/262 applied to. */
export const at = new Date('2022-05-26T19:00:00Z');

/** The Council as it sat in 2008. */
export const ELECTED: readonly MemberStateBody[] = [
  'member-state:BEL',
  'member-state:BFA',
  'member-state:CRI',
  'member-state:HRV',
  'member-state:IDN',
  'member-state:ITA',
  'member-state:LBY',
  'member-state:PAN',
  'member-state:ZAF',
  'member-state:VNM',
];
export const members: CouncilMember[] = [
  ...PERMANENT_MEMBERS.map((state) => ({ state, permanent: true })),
  ...ELECTED.map((state) => ({ state, permanent: false })),
];

export const resolution: ResolutionProposal = {
  kind: 'resolution',
  title: 'Protection of civilians in the Rift Valley',
  chapter: 'VII',
  measures: [
    { kind: 'arms-embargo', coercive: true },
    { kind: 'mediation-support', coercive: false },
  ],
  authorisedBodies: ['au-psc'],
  manifestFailureDetermined: true,
  credibleAtrocityPrevention: true,
  partiesToDispute: [],
  underArticle52Paragraph3: false,
};

export const tabled = (proposal: DraftTabled['data']['proposal'] = resolution, draftId = 'draft-1'): DraftTabled => ({
  type: 'draft-tabled',
  data: { draftId, proposal },
});
export const classified = (procedural = false, draftId = 'draft-1'): DraftClassified => ({
  type: 'draft-classified',
  data: { draftId, procedural },
});
export const putToVote = (actCodeSignatories: MemberStateBody[] = [], draftId = 'draft-1'): DraftPutToVote => ({
  type: 'draft-put-to-vote',
  data: { draftId, members, actCodeSignatories, putToVoteAt: at.toISOString() },
});
export const voteCast = (member: MemberStateBody, vote: Vote, draftId = 'draft-1'): VoteCast => ({
  type: 'vote-cast',
  data: { draftId, member, vote, castAt: at.toISOString() },
});
/** The first `count` elected members voting the same way. */
export const electedVote = (count: number, vote: Vote): VoteCast[] => ELECTED.slice(0, count).map((m) => voteCast(m, vote));

/** Given: the Joint Office opened the case, and this context noted it (focal-point `case-opened`). */
export const noted: CaseNoted = { type: 'case-noted', data: { caseId, situation: 'Kenya, post-election violence' } };

/** Given: an assessment the Secretary-General transmitted, on the Council's agenda for the case. */
export const onAgenda: AssessmentPlacedOnAgenda = {
  type: 'assessment-placed-on-agenda',
  data: { assessmentId: 'assessment-1', transmissionId: 'transmission-1', contentDigest: 'sha256:assessment-1' },
};
