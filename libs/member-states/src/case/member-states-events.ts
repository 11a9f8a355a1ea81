import { DomainEvent } from '@rtop/kernel';
import { AssistanceRequest, ConsentTerms } from './assistance';
import { AssessedPosture, DeclaredPosture } from './posture';

interface OfState {
  readonly caseId: string;
  readonly state: string;
}

export type PostureDeclared = DomainEvent<'posture-declared', OfState & DeclaredPosture>;
export type PostureAssessed = DomainEvent<'posture-assessed', OfState & AssessedPosture>;
export type AssistanceRequested = DomainEvent<'assistance-requested', AssistanceRequest>;
export type AssistanceConsented = DomainEvent<'assistance-consented', ConsentTerms>;
export type AssistanceConsentWithdrawn = DomainEvent<
  'assistance-consent-withdrawn',
  OfState & { readonly consentId: string; readonly reason: string }
>;

export type MemberStatesEvent =
  | PostureDeclared
  | PostureAssessed
  | AssistanceRequested
  | AssistanceConsented
  | AssistanceConsentWithdrawn;
