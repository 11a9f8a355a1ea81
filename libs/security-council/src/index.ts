export { SecurityCouncilModule } from './security-council.module';
export { SECURITY_COUNCIL, securityCouncilStreamId } from './application/council-case-stream';
export { SECURITY_COUNCIL_PROJECTIONS } from './read/security-council-read-models';
export { DEFAULT_SECURITY_COUNCIL_CONFIG, SECURITY_COUNCIL_CONFIG } from './application/security-council.config';
export type { SecurityCouncilConfig } from './application/security-council.config';
export { PERMANENT_MEMBERS } from './case/composition';
export type { CouncilMember } from './case/composition';
export type { WorkingCalendar } from './case/working-days';
export type {
  CouncilCaseEvent,
  CouncilDecisionAdopted,
  DraftVetoed,
  DraftFailed,
  EmergencySpecialSessionRequested,
  PledgeBreached,
} from './case/council-case-events';
