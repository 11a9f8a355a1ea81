import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { OtherOrgansCase, RelapsePreventionEngagement } from '../case/other-organs-case';
import { ECOSOC_ADDRESSEES, HUMAN_RIGHTS_REPORT_KINDS } from '../case/other-organs-events';
import { LESSON_CONTRIBUTORS } from '../case/organs';

export class HumanRightsReportView {
  @ApiProperty() reportId!: string;
  @ApiProperty({ enum: HUMAN_RIGHTS_REPORT_KINDS }) kind!: string;
  @ApiProperty() title!: string;
  @ApiProperty() summary!: string;
}

export class ReviewView {
  @ApiProperty() reviewId!: string;
  @ApiProperty({ example: 'KEN' }) state!: string;
  @ApiProperty() findings!: string;
  @ApiProperty({ type: [String] }) recommendations!: readonly string[];
}

export class EngagementView {
  @ApiProperty() engagementId!: string;
  @ApiProperty({ example: 'KEN' }) state!: string;
  @ApiProperty({ type: [String] }) priorities!: readonly string[];
  @ApiProperty({ enum: ['engaged', 'concluded'] }) status!: string;
  @ApiPropertyOptional({ description: 'What came of it; present once concluded.' }) outcome?: string;
}

export class EcosocRecommendationView {
  @ApiProperty() recommendationId!: string;
  @ApiProperty({ enum: ECOSOC_ADDRESSEES, isArray: true }) addressees!: readonly string[];
  @ApiProperty() text!: string;
}

export class OtherOrgansCaseView {
  @ApiProperty() caseId!: string;
  @ApiProperty({ type: [HumanRightsReportView], description: 'Human Rights Council reports.' }) reports!: HumanRightsReportView[];
  @ApiProperty({ type: [ReviewView], description: 'Human Rights Council reviews of the states concerned.' }) reviews!: ReviewView[];
  @ApiProperty({ type: [EngagementView], description: 'Peacebuilding Commission relapse-prevention engagements.' })
  engagements!: EngagementView[];
  @ApiProperty({ type: [EcosocRecommendationView], description: 'ECOSOC recommendations.' }) recommendations!: EcosocRecommendationView[];
  @ApiProperty({ description: 'The stream revision; send it back as If-Match.' }) revision!: string;
}

export class LessonView {
  @ApiProperty() lessonId!: string;
  @ApiProperty() caseId!: string;
  @ApiProperty({ enum: LESSON_CONTRIBUTORS }) contributor!: string;
  @ApiProperty() lesson!: string;
  @ApiProperty({ format: 'date-time', description: 'When the contributor recorded it.' }) occurredAt!: string;
}

export class OtherOrgansLessonPage {
  @ApiProperty({ type: [LessonView] }) items!: LessonView[];
  @ApiProperty({ type: String, nullable: true, description: 'Pass as `cursor` for the next page; null on the last.' }) next!: string | null;
}

export function otherOrgansCaseView(caseId: string, state: OtherOrgansCase, revision: bigint): OtherOrgansCaseView {
  return {
    caseId,
    reports: [...state.reports.values()].map(({ reportId, kind, title, summary }) => ({ reportId, kind, title, summary })),
    reviews: [...state.reviews.values()].map(({ reviewId, state: of, findings, recommendations }) => ({
      reviewId,
      state: of,
      findings,
      recommendations,
    })),
    engagements: [...state.engagements.values()].map(engagementView),
    recommendations: [...state.recommendations.values()].map(({ recommendationId, addressees, text }) => ({
      recommendationId,
      addressees,
      text,
    })),
    revision: revision.toString(),
  };
}

function engagementView(engagement: RelapsePreventionEngagement): EngagementView {
  const { engagementId, state, priorities, status } = engagement;
  return engagement.status === 'concluded'
    ? { engagementId, state, priorities, status, outcome: engagement.outcome }
    : { engagementId, state, priorities, status };
}
