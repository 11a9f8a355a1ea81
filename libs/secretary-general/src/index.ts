export { SecretaryGeneralModule } from './secretary-general.module';
export { SECRETARY_GENERAL, secretaryGeneralStreamId } from './application/secretary-general-case-stream';
export { responsesStreamId } from './application/responses-stream';
export { SECRETARY_GENERAL_PROJECTIONS } from './read/secretary-general-read-models';
export type {
  Article99NotificationSent,
  GoodOfficesOffered,
  OptionTabled,
  RecommendationMade,
  SecretaryGeneralEvent,
  SpecialEnvoyAppointed,
  StandingGroupConvened,
  StandingGroupMeetingHeld,
  StandingGroupMeetingOverdue,
  VergeOfManifestFailureFound,
} from './case/secretary-general-events';
export type { ResponsesEvent } from './responses/responses-events';
