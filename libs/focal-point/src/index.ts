export { FocalPointModule } from './focal-point.module';
export type { FocalPointConfig } from './application/review-checklist';
export { FOCAL_POINT, caseStreamId } from './application/case-stream';
export type { CaseEvent, AssessmentIssued, CaseClosed } from './case/case-events';
export { FOCAL_POINT_PROJECTIONS } from './read/focal-point-read-models';
