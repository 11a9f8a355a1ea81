import { DomainEvent } from '@rtop/kernel';

/**
 * The assessment as the Joint Office issued it. The Secretary-General's context keeps its own
 * copy, taken from the event log, and never reads the Joint Office's store.
 */
export interface ReceivedAssessment {
  readonly assessmentId: string;
  readonly content: Readonly<Record<string, unknown>>;
  readonly contentDigest: string;
}

export type AssessmentReceived = DomainEvent<'assessment-received', ReceivedAssessment & { readonly issuedEventId: string }>;

export type AssessmentTransmitted = DomainEvent<
  'assessment-transmitted',
  {
    readonly transmissionId: string;
    readonly assessmentId: string;
    readonly recipients: readonly string[];
    readonly contentDigest: string;
    readonly content: Readonly<Record<string, unknown>>;
  }
>;

export type SecretaryGeneralEvent = AssessmentReceived | AssessmentTransmitted;
