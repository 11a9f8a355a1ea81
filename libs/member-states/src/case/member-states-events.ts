import { ASSISTANCE_CONSENTED, ASSISTANCE_REQUESTED, DomainEvent, PublishedEvent } from '@rtop/kernel';
import { AssistanceRequest, ConsentTerms } from './assistance';
import { AssessedPosture, DeclaredPosture } from './posture';

interface OfState {
  readonly caseId: string;
  readonly state: string;
}

export type PostureDeclared = DomainEvent<'posture-declared', OfState & DeclaredPosture>;
export type PostureAssessed = DomainEvent<'posture-assessed', OfState & AssessedPosture>;
/** Published (v1): their data must fit the contracts, or this does not compile. */
export type AssistanceRequested = PublishedEvent<typeof ASSISTANCE_REQUESTED, AssistanceRequest>;
export type AssistanceConsented = PublishedEvent<typeof ASSISTANCE_CONSENTED, ConsentTerms>;
export type AssistanceConsentWithdrawn = DomainEvent<
  'assistance-consent-withdrawn',
  OfState & { readonly consentId: string; readonly reason: string }
>;

export type MemberStatesEvent = PostureDeclared | PostureAssessed | AssistanceRequested | AssistanceConsented | AssistanceConsentWithdrawn;
