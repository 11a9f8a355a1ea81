import { DomainEvent, EMERGENCY_SPECIAL_SESSION_CLOSED, EMERGENCY_SPECIAL_SESSION_CONVENED, PublishedEvent } from '@rtop/kernel';
import { MemberState, Tally, Vote, VotingRules } from './resolution';

/** An assessment the Secretary-General transmitted to the Assembly, as the Assembly received it. */
export type AssessmentPlacedOnAgenda = DomainEvent<
  'assessment-placed-on-agenda',
  {
    readonly assessmentId: string;
    readonly transmissionId: string;
    readonly contentDigest: string;
    readonly content: Readonly<Record<string, unknown>>;
  }
>;

export type DraftResolutionTabled = DomainEvent<
  'draft-resolution-tabled',
  {
    readonly resolutionId: string;
    readonly title: string;
    readonly text: string;
    /** Art. 18(2): decided by two-thirds of the members present and voting. */
    readonly importantQuestion: boolean;
    readonly peaceAndSecurityRecommendation: boolean;
    /** The rules the vote is counted by, fixed when the draft is tabled so every vote on it is counted alike. */
    readonly votingRules: VotingRules;
    /** When it was tabled: from then it is open to the vote. */
    readonly tabledAt?: string;
  }
>;

export type VoteRecorded = DomainEvent<
  'vote-recorded',
  {
    readonly resolutionId: string;
    readonly memberState: MemberState;
    readonly vote: Vote;
    /** When the vote was cast in the hall (the act's occurred time). */
    readonly castAt?: string;
  }
>;
export type ResolutionAdopted = DomainEvent<'resolution-adopted', { readonly resolutionId: string; readonly tally: Tally }>;
export type ResolutionRejected = DomainEvent<'resolution-rejected', { readonly resolutionId: string; readonly tally: Tally }>;

/** Uniting for Peace, requested by the Council in a procedural vote (noted from the Council's log). */
export type CouncilRequestForSessionNoted = DomainEvent<'council-request-for-session-noted', { readonly draftId: string }>;
/** Uniting for Peace, requested by members: the request collects concurrences until a majority of the membership. */
export type SessionRequestOpened = DomainEvent<
  'session-request-opened',
  { readonly requestId: string; readonly requestedBy: MemberState; readonly membership: number }
>;
export type SessionRequestConcurred = DomainEvent<
  'session-request-concurred',
  { readonly requestId: string; readonly memberState: MemberState }
>;
/** A valid request: the session must be convened by `dueBy`, 24 hours after the request became valid. */
export type EmergencySpecialSessionDue = DomainEvent<
  'emergency-special-session-due',
  | { readonly basis: 'security-council'; readonly draftId: string; readonly dueBy: string }
  | { readonly basis: 'members'; readonly requestId: string; readonly concurrences: number; readonly dueBy: string }
>;
/** Published contract v1: exactly these fields. */
/** Published contract v1. */
export type EmergencySpecialSessionConvened = PublishedEvent<typeof EMERGENCY_SPECIAL_SESSION_CONVENED>;
/** Kept apart from the published `convened` event so its contract stays as published. */
export type EmergencySpecialSessionConvenedLate = DomainEvent<
  'emergency-special-session-convened-late',
  { readonly sessionId: string; readonly dueBy: string; readonly convenedAt: string }
>;
/** Published contract v1: exactly these fields. */
export type EmergencySpecialSessionClosed = PublishedEvent<typeof EMERGENCY_SPECIAL_SESSION_CLOSED>;

/** A veto cast in the Council (noted from its log); `debateDueBy` is null when no debate is owed. */
export type VetoNoted = DomainEvent<
  'veto-noted',
  {
    readonly draftId: string;
    readonly vetoedBy: readonly string[];
    readonly debateDueBy: string | null;
    /** When the veto was cast (the Council's draft-vetoed occurred time). */
    readonly vetoedAt?: string;
  }
>;
/** Res. 76/262 OP1: the Assembly met in an emergency special session on the situation before the debate fell due. */
export type VetoDebateSuperseded = DomainEvent<'veto-debate-superseded', { readonly draftId: string; readonly sessionId: string }>;
export type VetoDebateHeld = DomainEvent<'veto-debate-held', { readonly draftId: string; readonly heldAt: string }>;

/** The Assembly takes up a situation of its own initiative (Charter Arts. 10–14): it is then before the Assembly. */
export type SituationTakenUp = DomainEvent<'situation-taken-up', { readonly reason: string }>;

export type GeneralAssemblyEvent =
  | AssessmentPlacedOnAgenda
  | SituationTakenUp
  | DraftResolutionTabled
  | VoteRecorded
  | ResolutionAdopted
  | ResolutionRejected
  | CouncilRequestForSessionNoted
  | SessionRequestOpened
  | SessionRequestConcurred
  | EmergencySpecialSessionDue
  | EmergencySpecialSessionConvened
  | EmergencySpecialSessionConvenedLate
  | EmergencySpecialSessionClosed
  | VetoNoted
  | VetoDebateSuperseded
  | VetoDebateHeld;
