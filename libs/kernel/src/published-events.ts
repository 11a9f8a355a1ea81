/**
 * The data of the events contexts publish for one another, version 1: the contract a consumer
 * reads (docs/asyncapi.yaml documents them on the wire). Additive changes only within a version.
 */

/** focal-point `assessment-issued` */
export interface AssessmentIssuedV1 {
  readonly content: Readonly<Record<string, unknown>>;
  readonly contentDigest: string;
}

/** secretary-general `assessment-transmitted` */
export interface AssessmentTransmittedV1 {
  readonly transmissionId: string;
  readonly assessmentId: string;
  readonly recipients: readonly string[];
  readonly contentDigest: string;
  readonly content: Readonly<Record<string, unknown>>;
}

/** security-council `council-decision-adopted` */
export interface CouncilDecisionAdoptedV1 {
  readonly draftId: string;
  readonly caseId: string;
  readonly chapter: 'VI' | 'VII' | 'VIII';
  readonly procedural: boolean;
  readonly measures: readonly { readonly kind: string; readonly coercive: boolean }[];
  readonly authorisedBodies: readonly string[];
  readonly manifestFailureDetermined: boolean;
}

/** security-council `draft-vetoed` */
export interface DraftVetoedV1 {
  readonly draftId: string;
  readonly caseId: string;
  readonly vetoedBy: readonly string[];
  readonly vetoDebateDueBy: string | null;
}

/** security-council `emergency-special-session-requested` (Uniting for Peace) */
export interface EmergencySpecialSessionRequestedV1 {
  readonly caseId: string;
  readonly draftId: string;
}

/** regional-bodies `regional-decision-adopted` */
export interface RegionalDecisionAdoptedV1 {
  readonly decisionId: string;
  readonly caseId: string;
  readonly body: string;
  readonly coercive: boolean;
  readonly councilDecisionId: string | null;
}

/** member-states `assistance-requested` */
export interface AssistanceRequestedV1 {
  readonly caseId: string;
  readonly state: string;
  readonly requestId: string;
}

/** member-states `assistance-consented`; consent given unprompted names no request, only itself. */
export interface AssistanceConsentedV1 {
  readonly caseId: string;
  readonly state: string;
  readonly requestId: string | null;
  readonly consentId?: string;
}

/** other-organs `lesson-recorded` */
export interface LessonRecordedV1 {
  readonly lessonId: string;
  readonly caseId: string;
  readonly contributor: string;
  readonly lesson: string;
}
