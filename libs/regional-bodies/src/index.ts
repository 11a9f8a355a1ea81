export { RegionalBodiesModule } from './regional-bodies.module';
export { REGIONAL_BODIES_CONTEXT, regionalCaseStreamId } from './application/regional-case-stream';
export { REGIONAL_BODIES_PROJECTIONS } from './read/regional-bodies-read-models';
export { REGIONAL_RULES, regionalRules } from './application/regional-rules.config';
export type { RegionalRulesOverrides } from './application/regional-rules.config';
export { DEFAULT_REGIONAL_RULES } from './case/regional-rules';
export type { ConfiguredRule, RegionalRules } from './case/regional-rules';
export type {
  RegionalCaseEvent,
  RegionalDecisionAdopted,
  RegionalDecisionRejected,
  Article53ConflictRecorded,
  EarlyWarningReportSubmitted,
  CewarnIndicator,
} from './case/regional-events';
