import {
  DomainEvent,
  EARLY_WARNING_REPORT_SUBMITTED,
  MemberStateBody,
  PublishedEvent,
  REGIONAL_DECISION_ADOPTED,
  RegionalBody,
} from '@rtop/kernel';
import { Article4hCrime } from './decision-rules/article-4h';
import { AppliedMajority, Majority, Tally, VoteChoice } from './majority';

/** What a draft asks the body to decide: most are ordinary; the AU's Art. 4(h) path has two steps of its own. */
export type DraftSubject =
  | { readonly kind: 'ordinary' }
  /** The PSC recommends intervention to the Assembly (PSC Protocol Art. 7(1)(e) [unverified]). */
  | { readonly kind: 'article-4h-recommendation'; readonly grounds: readonly Article4hCrime[] }
  /** The Assembly decides to intervene (Constitutive Act Art. 4(h)), on the PSC's recommendation. */
  | { readonly kind: 'article-4h-intervention'; readonly grounds: readonly Article4hCrime[]; readonly pscRecommendationId: string };

export const MATTERS = ['substantive', 'procedural'] as const;
export type Matter = (typeof MATTERS)[number];

export interface DraftDecision {
  readonly draftId: string;
  readonly caseId: string;
  readonly body: RegionalBody;
  readonly title: string;
  readonly text: string;
  readonly matter: Matter;
  /** Enforcement (coercive) action, which Art. 53(1) reserves to Council authorisation, or preventive action. */
  readonly coercive: boolean;
  /** The Council decision authorising this action, as noted on the case. */
  readonly councilDecisionId: string | null;
  /** Member states party to the situation or dispute; whether they are excluded is the body's rule. */
  readonly parties: readonly MemberStateBody[];
  /** OAS only: the matter is one its instruments reserve for a two-thirds vote. */
  readonly twoThirdsRequired: boolean;
  readonly subject: DraftSubject;
  /** When the draft was tabled before the body, at its meeting (the act's occurred time). */
  readonly tabledAt?: string;
}

/** How the ASEAN Summit decided a specific decision is to be made (Charter Art. 20(2)). */
export type SummitDecisionMode =
  | { readonly kind: 'consensus-minus'; readonly notCounted: readonly MemberStateBody[] }
  | { readonly kind: 'vote'; readonly majority: Majority };

export interface CastVote {
  readonly state: MemberStateBody;
  readonly vote: VoteChoice;
}

export interface AuthorisedMeasure {
  readonly kind: string;
  readonly coercive: boolean;
}

export type AssessmentPlacedBeforeBody = DomainEvent<
  'assessment-placed-before-body',
  {
    readonly body: RegionalBody;
    readonly transmissionId: string;
    readonly assessmentId: string;
    readonly contentDigest: string;
    readonly content: Readonly<Record<string, unknown>>;
  }
>;

export type CouncilAuthorisationNoted = DomainEvent<
  'council-authorisation-noted',
  {
    readonly councilDecisionId: string;
    readonly chapter: string;
    /** The regional bodies among those the Council authorised. */
    readonly bodies: readonly RegionalBody[];
    readonly measures: readonly AuthorisedMeasure[];
    /** Whether any measure authorised is coercive: only then may a body link enforcement action to it. */
    readonly authorisesEnforcement: boolean;
  }
>;

export type DraftDecisionTabled = DomainEvent<'draft-decision-tabled', DraftDecision>;

export type ConsensusReached = DomainEvent<
  'consensus-reached',
  {
    readonly draftId: string;
    readonly body: RegionalBody;
    /** Objections raised but not counted, by an explicit procedural decision on this draft. */
    readonly disregarded: readonly MemberStateBody[];
  }
>;

export type ConsensusFailed = DomainEvent<
  'consensus-failed',
  {
    readonly draftId: string;
    readonly body: RegionalBody;
    readonly objectors: readonly MemberStateBody[];
    readonly disregarded: readonly MemberStateBody[];
    /** When consensus was sought and failed, at the body's meeting (the act's occurred time). */
    readonly failedAt?: string;
  }
>;

export type ConsensusMinusOneApplied = DomainEvent<
  'consensus-minus-one-applied',
  { readonly draftId: string; readonly stateConcerned: MemberStateBody; readonly basis: string }
>;

export type SummitDecisionModeRecorded = DomainEvent<
  'summit-decision-mode-recorded',
  { readonly draftId: string; readonly mode: SummitDecisionMode; readonly basis: string }
>;

export type RegionalVoteTaken = DomainEvent<
  'regional-vote-taken',
  {
    readonly draftId: string;
    readonly body: RegionalBody;
    readonly votes: readonly CastVote[];
    readonly tally: Tally;
    readonly majority: AppliedMajority;
    readonly carried: boolean;
  }
>;

/** Published contract, schema version 1: the decision id is the id of the draft adopted. */
/** Published (v1): its data must fit the `regional-decision-adopted` contract, or this does not compile. */
export type RegionalDecisionAdopted = PublishedEvent<
  typeof REGIONAL_DECISION_ADOPTED,
  {
    readonly decisionId: string;
    readonly caseId: string;
    readonly body: RegionalBody;
    readonly coercive: boolean;
    readonly councilDecisionId: string | null;
  }
>;

export type RegionalDecisionRejected = DomainEvent<
  'regional-decision-rejected',
  { readonly draftId: string; readonly body: RegionalBody; readonly reason: string }
>;

/**
 * An AU Assembly Art. 4(h) intervention adopted without a Council authorisation. Whether Art. 53
 * requires one is disputed, so the decision stands and the conflict is on the record.
 */
export type Article53ConflictRecorded = DomainEvent<
  'article-53-conflict-recorded',
  {
    readonly decisionId: string;
    readonly body: RegionalBody;
    readonly authority: 'au-constitutive-act-article-4h';
    readonly grounds: readonly Article4hCrime[];
  }
>;

export type EarlyWarningReportSubmitted = PublishedEvent<
  typeof EARLY_WARNING_REPORT_SUBMITTED,
  {
    readonly reportId: string;
    readonly caseId: string;
    readonly summary: string;
    readonly indicators: readonly CewarnIndicator[];
    readonly observedAt: string;
    readonly location: string;
  }
>;

/** CEWARN Reporter indicators are either peace indicators or conflict indicators, each in its own categories. */
export const CEWARN_INDICATOR_CATEGORIES = {
  peace: ['alliance-formation', 'exchange-behaviour', 'mitigating-behaviour', 'peace-initiatives'],
  conflict: ['armed-intervention', 'aggravating-behaviour', 'provocative-behaviour', 'environmental-pressure'],
} as const;

export type CewarnIndicator = {
  [Kind in keyof typeof CEWARN_INDICATOR_CATEGORIES]: {
    readonly kind: Kind;
    readonly category: (typeof CEWARN_INDICATOR_CATEGORIES)[Kind][number];
    readonly description: string;
  };
}[keyof typeof CEWARN_INDICATOR_CATEGORIES];

export type RegionalCaseEvent =
  | AssessmentPlacedBeforeBody
  | CouncilAuthorisationNoted
  | DraftDecisionTabled
  | ConsensusReached
  | ConsensusFailed
  | ConsensusMinusOneApplied
  | SummitDecisionModeRecorded
  | RegionalVoteTaken
  | RegionalDecisionAdopted
  | RegionalDecisionRejected
  | Article53ConflictRecorded
  | EarlyWarningReportSubmitted;
