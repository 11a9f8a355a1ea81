import { Body, MemberStateBody } from '@rtop/kernel';
import { CouncilMember } from './composition';

/** VI pacific settlement, VII action with respect to threats to the peace, VIII regional arrangements. */
export const CHAPTERS = ['VI', 'VII', 'VIII'] as const;
export type Chapter = (typeof CHAPTERS)[number];

export const VOTES = ['yes', 'no', 'abstain'] as const;
export type Vote = (typeof VOTES)[number];

export interface Measure {
  readonly kind: string;
  readonly coercive: boolean;
}

/** A draft resolution on the situation, with what adopting it would decide. */
export interface ResolutionProposal {
  readonly kind: 'resolution';
  readonly title: string;
  readonly chapter: Chapter;
  readonly measures: readonly Measure[];
  /** Bodies it would authorise to act, e.g. a regional body's enforcement action under Art. 53(1). */
  readonly authorisedBodies: readonly Body[];
  /** Whether it determines that the national authorities are manifestly failing to protect (2005 World Summit, para 139). */
  readonly manifestFailureDetermined: boolean;
  /** Whether it is a credible draft on timely and decisive action against atrocity crimes, as the ACT code of conduct means it. */
  readonly credibleAtrocityPrevention: boolean;
  /** States party to a dispute the draft concerns; empty when it concerns a situation rather than a dispute. */
  readonly partiesToDispute: readonly MemberStateBody[];
  /** A Chapter VIII draft encouraging pacific settlement of a local dispute through regional arrangements. */
  readonly underArticle52Paragraph3: boolean;
}

/** Uniting for Peace, res. 377 A (V): the Council's call for an emergency special session of the General Assembly. */
export interface EmergencySpecialSessionRequestProposal {
  readonly kind: 'emergency-special-session-request';
  readonly title: string;
}

export type Proposal = ResolutionProposal | EmergencySpecialSessionRequestProposal;

export type Outcome =
  | { readonly kind: 'adopted' }
  | { readonly kind: 'failed'; readonly affirmativeVotes: number }
  | { readonly kind: 'vetoed'; readonly vetoedBy: readonly MemberStateBody[]; readonly vetoDebateDueBy: string | null };

/** A draft moves one way: tabled, classified, put to the vote, decided. */
export type Draft =
  | { readonly status: 'tabled'; readonly draftId: string; readonly proposal: Proposal }
  | { readonly status: 'classified'; readonly draftId: string; readonly proposal: Proposal; readonly procedural: boolean }
  | {
      readonly status: 'under-vote';
      readonly draftId: string;
      readonly proposal: Proposal;
      readonly procedural: boolean;
      readonly members: readonly CouncilMember[];
      readonly actCodeSignatories: readonly MemberStateBody[];
      readonly votes: ReadonlyMap<MemberStateBody, Vote>;
      /** When the draft was put to the vote (unknown for a vote opened before the time was kept). */
      readonly putToVoteAt?: string;
      /** When the latest vote recorded was cast. */
      readonly lastVoteAt?: string;
    }
  | {
      readonly status: 'decided';
      readonly draftId: string;
      readonly proposal: Proposal;
      readonly procedural: boolean;
      readonly members: readonly CouncilMember[];
      readonly votes: ReadonlyMap<MemberStateBody, Vote>;
      readonly outcome: Outcome;
    };

export type DraftUnderVote = Extract<Draft, { status: 'under-vote' }>;

/**
 * Art. 27(3) proviso: in non-procedural decisions under Chapter VI and Art. 52(3), a party to a
 * dispute shall abstain. Practice has not enforced it since 2000, so it warns, never blocks.
 */
export function obligedToAbstain(draft: DraftUnderVote, member: MemberStateBody): boolean {
  const { proposal } = draft;
  if (draft.procedural || proposal.kind !== 'resolution') return false;
  const pacificSettlement = proposal.chapter === 'VI' || proposal.underArticle52Paragraph3;
  return pacificSettlement && proposal.partiesToDispute.includes(member);
}
