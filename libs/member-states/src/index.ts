export { MemberStatesModule } from './member-states.module';
export { MEMBER_STATES, memberStatesStreamId } from './application/member-states-case-stream';
export { MEMBER_STATES_PROJECTIONS } from './read/member-states-read-models';
export type {
  MemberStatesEvent,
  PostureDeclared,
  PostureAssessed,
  AssistanceRequested,
  AssistanceConsented,
  AssistanceConsentWithdrawn,
} from './case/member-states-events';
