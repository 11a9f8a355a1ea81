export { FocalPointModule } from './focal-point.module';
export { FOCAL_POINT, caseStreamId } from './application/case-command.handler';
export type { CaseEvent, AssessmentIssued } from './case/case-events';
