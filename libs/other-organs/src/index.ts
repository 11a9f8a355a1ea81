export { OtherOrgansModule } from './other-organs.module';
export { OTHER_ORGANS, otherOrgansStreamId } from './application/other-organs-case-stream';
export { OTHER_ORGANS_PROJECTIONS } from './read/other-organs-read-models';
export type { LessonEntry } from './application/lessons';
export { LESSON_CONTRIBUTORS } from './case/organs';
export type { LessonContributor } from './case/organs';
export type {
  OtherOrgansEvent,
  LessonRecorded,
  HumanRightsReportPublished,
  ReviewConducted,
  RelapsePreventionEngaged,
  RelapsePreventionConcluded,
  EcosocRecommendationMade,
} from './case/other-organs-events';
