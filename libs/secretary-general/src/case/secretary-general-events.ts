import { ARTICLE_99_NOTIFICATION_SENT, ASSESSMENT_RECEIVED, ASSESSMENT_TRANSMITTED, DomainEvent, PublishedEvent } from '@rtop/kernel';
import { OptionPillar } from '../pillar';
import { StandingGroupMember } from './standing-group';

/**
 * The assessment as the Joint Office issued it. The Secretary-General's context keeps its own
 * copy, taken from the event log, and never reads the Joint Office's store.
 */
export interface ReceivedAssessment {
  readonly assessmentId: string;
  readonly content: Readonly<Record<string, unknown>>;
  readonly contentDigest: string;
}

/** Published: its data must fit the `assessment-received` contract, or this does not compile. */
export type AssessmentReceived = PublishedEvent<typeof ASSESSMENT_RECEIVED, ReceivedAssessment & { readonly issuedEventId: string }>;

/** Published, schema version 2 (the case and when it was transmitted in the data). */
export type AssessmentTransmitted = PublishedEvent<typeof ASSESSMENT_TRANSMITTED>;

/** Art. 99: the Secretary-General brings a matter to the Security Council's attention. */
export type Article99NotificationSent = PublishedEvent<typeof ARTICLE_99_NOTIFICATION_SENT>;

export type GoodOfficesOffered = DomainEvent<
  'good-offices-offered',
  { readonly offerId: string; readonly parties: readonly string[]; readonly mandate: string }
>;

export type SpecialEnvoyAppointed = DomainEvent<
  'special-envoy-appointed',
  { readonly envoyId: string; readonly offerId: string; readonly envoy: string; readonly mandate: string }
>;

export type RecommendationMade = DomainEvent<
  'recommendation-made',
  { readonly recommendationId: string; readonly recipient: string; readonly content: string; readonly optionIds: readonly string[] }
>;

/** A crime the assessment puts at high or very high risk: what a verge-of-manifest-failure finding rests on. */
export interface CrimeAtHighRisk {
  readonly crime: string;
  readonly level: 'high' | 'very-high';
}

export type VergeOfManifestFailureFound = DomainEvent<
  'verge-of-manifest-failure-found',
  {
    readonly findingId: string;
    readonly assessmentId: string;
    readonly contentDigest: string;
    readonly crimesAtHighRisk: readonly CrimeAtHighRisk[];
    readonly reasons: string;
  }
>;

export type StandingGroupConvened = DomainEvent<
  'standing-group-convened',
  {
    readonly findingId: string;
    readonly members: readonly StandingGroupMember[];
    readonly meetingCadenceDays: number;
    readonly convenedAt: string;
  }
>;

export type StandingGroupMeetingHeld = DomainEvent<
  'standing-group-meeting-held',
  { readonly meetingId: string; readonly heldAt: string; readonly attendees: readonly StandingGroupMember[] }
>;

export type OptionTabled = DomainEvent<
  'option-tabled',
  {
    readonly optionId: string;
    readonly meetingId: string;
    readonly pillar: OptionPillar;
    readonly description: string;
    readonly coercive: boolean;
    readonly proposedBy: StandingGroupMember;
    readonly assessmentId: string;
    readonly assessmentDigest: string;
  }
>;

/** One missed meeting interval: recorded once, so the gap stays on the record after the group meets again. */
export type StandingGroupMeetingOverdue = DomainEvent<
  'standing-group-meeting-overdue',
  { readonly dueBy: string; readonly lastMetAt: string | null; readonly meetingCadenceDays: number }
>;

export type SecretaryGeneralEvent =
  | AssessmentReceived
  | AssessmentTransmitted
  | Article99NotificationSent
  | GoodOfficesOffered
  | SpecialEnvoyAppointed
  | RecommendationMade
  | VergeOfManifestFailureFound
  | StandingGroupConvened
  | StandingGroupMeetingHeld
  | OptionTabled
  | StandingGroupMeetingOverdue;
