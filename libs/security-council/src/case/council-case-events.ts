import {
  Body,
  COUNCIL_DECISION_ADOPTED,
  DomainEvent,
  DRAFT_VETOED,
  EMERGENCY_SPECIAL_SESSION_REQUESTED,
  MemberStateBody,
  PublishedEvent,
} from '@rtop/kernel';
import { CouncilMember } from './composition';
import { Chapter, Measure, Proposal, Vote } from './draft';

export type AssessmentPlacedOnAgenda = DomainEvent<
  'assessment-placed-on-agenda',
  { readonly assessmentId: string; readonly transmissionId: string; readonly contentDigest: string }
>;
export type Article99NotificationPlacedOnAgenda = DomainEvent<
  'article-99-notification-placed-on-agenda',
  { readonly notificationId: string; readonly summary: string }
>;
/** The Council takes up a situation of its own motion (Charter Arts. 34–35): it is then on its agenda. */
export type SituationTakenUp = DomainEvent<'situation-taken-up', { readonly reason: string }>;
/** What the General Assembly told the Council about an emergency special session on this situation. */
export type EmergencySpecialSessionNoted = DomainEvent<
  'emergency-special-session-noted',
  { readonly sessionId: string; readonly status: 'convened' | 'closed' }
>;

export type DraftTabled = DomainEvent<'draft-tabled', { readonly draftId: string; readonly proposal: Proposal }>;
export type DraftClassified = DomainEvent<'draft-classified', { readonly draftId: string; readonly procedural: boolean }>;
export type DraftPutToVote = DomainEvent<
  'draft-put-to-vote',
  {
    readonly draftId: string;
    readonly members: readonly CouncilMember[];
    /** The ACT code signatories as configured when the vote opened, so the record explains every breach it shows. */
    readonly actCodeSignatories: readonly MemberStateBody[];
    /** When the draft was put to the vote in the chamber (the act's occurred time). */
    readonly putToVoteAt?: string;
  }
>;
export type VoteCast = DomainEvent<
  'vote-cast',
  {
    readonly draftId: string;
    readonly member: MemberStateBody;
    readonly vote: Vote;
    /** When the vote was cast in the chamber (the act's occurred time). */
    readonly castAt?: string;
  }
>;
export type ObligatoryAbstentionWarningRecorded = DomainEvent<
  'obligatory-abstention-warning-recorded',
  {
    readonly draftId: string;
    readonly member: MemberStateBody;
    readonly vote: Exclude<Vote, 'abstain'>;
    readonly provision: 'Charter Art. 27(3)';
  }
>;
export type PledgeBreached = DomainEvent<
  'pledge-breached',
  { readonly state: MemberStateBody; readonly draftId: string; readonly caseId: string; readonly pledge: 'ACT code of conduct' }
>;
/** The tally as it stood at the close: a member with no vote recorded is absent. */
export type VoteClosed = DomainEvent<
  'vote-closed',
  {
    readonly draftId: string;
    readonly yes: readonly MemberStateBody[];
    readonly no: readonly MemberStateBody[];
    readonly abstain: readonly MemberStateBody[];
    readonly absent: readonly MemberStateBody[];
  }
>;

/** Published contract, v1. */
/** Published contract, v1: its data must fit `council-decision-adopted`, or this does not compile. */
export type CouncilDecisionAdopted = PublishedEvent<
  typeof COUNCIL_DECISION_ADOPTED,
  {
    readonly draftId: string;
    readonly caseId: string;
    readonly chapter: Chapter;
    readonly procedural: boolean;
    readonly measures: readonly Measure[];
    readonly authorisedBodies: readonly Body[];
    readonly manifestFailureDetermined: boolean;
  }
>;
/** Published contract, v1. */
export type EmergencySpecialSessionRequested = PublishedEvent<typeof EMERGENCY_SPECIAL_SESSION_REQUESTED>;
/** Published contract, v1. */
export type DraftVetoed = PublishedEvent<
  typeof DRAFT_VETOED,
  {
    readonly draftId: string;
    readonly caseId: string;
    readonly vetoedBy: readonly MemberStateBody[];
    readonly vetoDebateDueBy: string | null;
  }
>;
export type DraftFailed = DomainEvent<
  'draft-failed',
  { readonly draftId: string; readonly caseId: string; readonly affirmativeVotes: number; readonly required: number }
>;

export type CouncilCaseEvent =
  | AssessmentPlacedOnAgenda
  | Article99NotificationPlacedOnAgenda
  | SituationTakenUp
  | EmergencySpecialSessionNoted
  | DraftTabled
  | DraftClassified
  | DraftPutToVote
  | VoteCast
  | ObligatoryAbstentionWarningRecorded
  | PledgeBreached
  | VoteClosed
  | CouncilDecisionAdopted
  | EmergencySpecialSessionRequested
  | DraftVetoed
  | DraftFailed;
