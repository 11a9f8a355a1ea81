import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { RISK_LEVELS } from '../figures/case-figures';
import { REGION_SOURCES } from '../figures/regions';
import { OUTCOMES, RECEIPT_KINDS } from '../replay/organs';
import { TIMELINE_CLOCKS } from '../timeline/timeline-entry';

/*
 * The shapes the accountability API answers with, for its OpenAPI document. Every name starts with
 * Accountability so that no other context's schema of the same name replaces it.
 */

const MS = 'Milliseconds.';

export class AccountabilityOutcomeView {
  @ApiProperty({ example: 'un-security-council' }) organ!: string;
  @ApiProperty({ enum: OUTCOMES }) outcome!: string;
  @ApiProperty({ description: 'True for a decision taken; false for a draft vetoed, failed or rejected.' }) decided!: boolean;
  @ApiProperty({ description: 'The draft, resolution, decision, transmission, notification or recommendation concerned.' }) ref!: string;
  @ApiProperty({ example: 'council-decision-adopted' }) type!: string;
  @ApiProperty() eventId!: string;
  @ApiProperty({ format: 'date-time' }) occurredAt!: string;
  @ApiProperty({ format: 'date-time' }) recordedAt!: string;
}

export class AccountabilityReceiptView {
  @ApiProperty({ example: 'un-general-assembly' }) organ!: string;
  @ApiProperty({
    enum: RECEIPT_KINDS,
    description:
      '`issued` by the Joint Office, `received` by the Secretary-General, `sent` to the organ by a transmission, `placed-before-organ` on its agenda.',
  })
  kind!: string;
  @ApiProperty() assessmentId!: string;
  @ApiProperty() contentDigest!: string;
  @ApiProperty({ type: String, nullable: true }) transmissionId!: string | null;
  @ApiProperty() type!: string;
  @ApiProperty() eventId!: string;
  @ApiProperty({ format: 'date-time' }) occurredAt!: string;
  @ApiProperty({ format: 'date-time' }) recordedAt!: string;
  @ApiProperty({
    type: Boolean,
    nullable: true,
    description: 'Whether the digest that reached the organ is the one issued; null when the issue is not on the timeline replayed.',
  })
  matchesIssued!: boolean | null;
}

export class AccountabilityOrganKnowledgeView {
  @ApiProperty() organ!: string;
  @ApiProperty({ type: [AccountabilityReceiptView] }) receipts!: AccountabilityReceiptView[];
  @ApiProperty({ type: [AccountabilityOutcomeView] }) outcomes!: AccountabilityOutcomeView[];
}

export class AccountabilityIssuedAssessmentView {
  @ApiProperty() assessmentId!: string;
  @ApiProperty() contentDigest!: string;
  @ApiProperty({ format: 'date-time' }) issuedAt!: string;
  @ApiProperty({ format: 'date-time' }) recordedAt!: string;
}

export class AccountabilityKnowledgeView {
  @ApiProperty() caseId!: string;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) asOf!: string | null;
  @ApiProperty({ enum: TIMELINE_CLOCKS }) by!: string;
  @ApiProperty({ type: [AccountabilityIssuedAssessmentView] }) assessments!: AccountabilityIssuedAssessmentView[];
  @ApiProperty({
    type: [AccountabilityOrganKnowledgeView],
    description: 'Each organ in the order it first appears on the timeline replayed.',
  })
  organs!: AccountabilityOrganKnowledgeView[];
}

export class AccountabilityRegionView {
  @ApiProperty({
    example: 'East Africa',
    description: '`unassigned` when the configured region map (RTOP_ACCOUNTABILITY_REGIONS) places the case nowhere.',
  })
  region!: string;
  @ApiProperty({ enum: REGION_SOURCES, description: 'Which rule placed the case.' }) source!: string;
}

export class AccountabilityMilestoneView {
  @ApiProperty({ format: 'date-time', description: 'When it happened.' }) at!: string;
  @ApiProperty() eventId!: string;
  @ApiProperty({ type: Number, nullable: true, description: `From the first information report. ${MS} Null without a report.` })
  afterFirstReportMs!: number | null;
}

export class AccountabilityOrganMilestoneView extends AccountabilityMilestoneView {
  @ApiProperty() organ!: string;
  @ApiProperty({ example: 'council-decision-adopted' }) type!: string;
}

export class AccountabilityWarningView {
  @ApiProperty({ description: 'The organ the Secretary-General transmitted the assessment to.' }) organ!: string;
  @ApiProperty() assessmentId!: string;
  @ApiProperty() contentDigest!: string;
  @ApiProperty({ description: 'The first transmission of the assessment to the organ.' }) transmissionId!: string;
  @ApiProperty({ format: 'date-time' }) warnedAt!: string;
  @ApiProperty({
    enum: ['answered', 'open', 'case-closed'],
    description:
      '`answered`: the organ took a decision at or after the warning. `open`: none yet. `case-closed`: none before the case was closed.',
  })
  status!: string;
  @ApiProperty({
    type: [AccountabilityOutcomeView],
    description: 'Drafts the organ vetoed, failed or rejected after the warning (and before its decision).',
  })
  notDecided!: AccountabilityOutcomeView[];
  @ApiPropertyOptional({ format: 'date-time' }) decidedAt?: string;
  @ApiPropertyOptional() decisionEventId?: string;
  @ApiPropertyOptional({ description: `answered: from the warning to the decision. ${MS}` }) answeredAfterMs?: number;
  @ApiPropertyOptional({ description: `open: from the warning to \`now\`. ${MS}` }) openForMs?: number;
  @ApiPropertyOptional({ format: 'date-time' }) closedAt?: string;
  @ApiPropertyOptional({ description: `case-closed: from the warning to the closure. ${MS}` }) unansweredForMs?: number;
}

export class AccountabilityVetoView {
  @ApiProperty() draftId!: string;
  @ApiProperty({ type: [String], example: ['member-state:RUS'] }) vetoedBy!: string[];
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) vetoDebateDueBy!: string | null;
  @ApiProperty({ format: 'date-time' }) at!: string;
  @ApiProperty() eventId!: string;
}

export class AccountabilityBreachedPledgeView {
  @ApiProperty({ example: 'member-state:FRA' }) state!: string;
  @ApiProperty() draftId!: string;
  @ApiProperty({ example: 'ACT code of conduct' }) pledge!: string;
  @ApiProperty({ format: 'date-time' }) at!: string;
  @ApiProperty() eventId!: string;
}

export class AccountabilityMeasureView {
  @ApiProperty() measureId!: string;
  @ApiProperty({ enum: ['I', 'II', 'III'] }) pillar!: string;
  @ApiProperty() coercive!: boolean;
  @ApiProperty({ format: 'date-time' }) registeredAt!: string;
  @ApiProperty() eventId!: string;
}

export class AccountabilityCrimeRiskView {
  @ApiProperty({ example: 'crimes-against-humanity' }) crime!: string;
  @ApiProperty({ enum: RISK_LEVELS }) level!: string;
}

export class AccountabilityAssessedRiskView {
  @ApiProperty() assessmentId!: string;
  @ApiProperty({ format: 'date-time' }) issuedAt!: string;
  @ApiProperty({ type: [AccountabilityCrimeRiskView], description: 'The highest level the latest assessment gives each crime.' })
  crimes!: AccountabilityCrimeRiskView[];
  @ApiProperty({ enum: RISK_LEVELS, description: 'The highest level of all.' }) peak!: string;
}

export class AccountabilityFirstReportView {
  @ApiProperty({ format: 'date-time' }) at!: string;
  @ApiProperty() eventId!: string;
}

export class AccountabilityCaseFiguresView {
  @ApiProperty() caseId!: string;
  @ApiProperty({ type: String, nullable: true }) situation!: string | null;
  @ApiProperty({ type: AccountabilityRegionView }) region!: AccountabilityRegionView;
  @ApiProperty({ format: 'date-time', description: 'The instant the figures stand at.' }) now!: string;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) closedAt!: string | null;
  @ApiProperty({ type: AccountabilityFirstReportView, nullable: true }) firstReport!: AccountabilityFirstReportView | null;
  @ApiProperty({ type: AccountabilityMilestoneView, nullable: true }) firstAssessment!: AccountabilityMilestoneView | null;
  @ApiProperty({ type: AccountabilityMilestoneView, nullable: true }) firstTransmission!: AccountabilityMilestoneView | null;
  @ApiProperty({
    type: [AccountabilityOrganMilestoneView],
    description: 'Each deciding organ’s first decision taken (a draft adopted; a veto is not one).',
  })
  firstDecisionByOrgan!: AccountabilityOrganMilestoneView[];
  @ApiProperty({ type: AccountabilityMilestoneView, nullable: true, description: 'The first measure registered.' })
  firstResponse!: AccountabilityMilestoneView | null;
  @ApiProperty({ type: [AccountabilityWarningView], description: 'Every assessment transmitted to an organ, and what became of it there.' })
  warnings!: AccountabilityWarningView[];
  @ApiProperty({ type: [AccountabilityWarningView], description: 'The warning-response gap: the warnings that led to no decision.' })
  warningResponseGap!: AccountabilityWarningView[];
  @ApiProperty({ type: [AccountabilityOutcomeView] }) outcomes!: AccountabilityOutcomeView[];
  @ApiProperty({ type: [AccountabilityVetoView] }) vetoes!: AccountabilityVetoView[];
  @ApiProperty({ type: [AccountabilityBreachedPledgeView] }) breachedPledges!: AccountabilityBreachedPledgeView[];
  @ApiProperty({ type: [AccountabilityMeasureView] }) responses!: AccountabilityMeasureView[];
  @ApiProperty({ type: AccountabilityAssessedRiskView, nullable: true }) assessedRisk!: AccountabilityAssessedRiskView | null;
}

export class AccountabilityDurationStatsView {
  @ApiProperty({ description: 'Cases (or warnings) measured.' }) count!: number;
  @ApiProperty({ type: Number, nullable: true, description: MS }) medianMs!: number | null;
  @ApiProperty({ type: Number, nullable: true, description: MS }) maxMs!: number | null;
}

export class AccountabilityOrganDurationStatsView extends AccountabilityDurationStatsView {
  @ApiProperty() organ!: string;
}

export class AccountabilityLongestOpenWarningView {
  @ApiProperty() caseId!: string;
  @ApiProperty() organ!: string;
  @ApiProperty() assessmentId!: string;
  @ApiProperty({ format: 'date-time' }) warnedAt!: string;
  @ApiProperty({ description: MS }) openForMs!: number;
}

export class AccountabilityWarningTotalsView {
  @ApiProperty() total!: number;
  @ApiProperty() answered!: number;
  @ApiProperty({ description: 'The warning-response gap: open, or left unanswered when the case was closed.' }) unanswered!: number;
  @ApiProperty() open!: number;
  @ApiProperty({ type: AccountabilityDurationStatsView }) answeredAfter!: AccountabilityDurationStatsView;
  @ApiProperty({ type: AccountabilityDurationStatsView }) openFor!: AccountabilityDurationStatsView;
  @ApiProperty({ type: AccountabilityLongestOpenWarningView, nullable: true }) longestOpen!: AccountabilityLongestOpenWarningView | null;
}

export class AccountabilityCountByStateView {
  @ApiProperty({ example: 'member-state:RUS' }) state!: string;
  @ApiProperty() count!: number;
}

export class AccountabilityVetoTotalsView {
  @ApiProperty() total!: number;
  @ApiProperty({ description: 'Cases with at least one veto.' }) cases!: number;
  @ApiProperty({ type: [AccountabilityCountByStateView] }) byState!: AccountabilityCountByStateView[];
}

export class AccountabilityPledgeTotalsView {
  @ApiProperty() total!: number;
  @ApiProperty({ type: [AccountabilityCountByStateView] }) byState!: AccountabilityCountByStateView[];
}

export class AccountabilityFiguresAcrossCasesView {
  @ApiProperty({ format: 'date-time' }) now!: string;
  @ApiProperty() cases!: number;
  @ApiProperty({ type: AccountabilityDurationStatsView, description: 'From each case’s first report.' })
  toFirstAssessment!: AccountabilityDurationStatsView;
  @ApiProperty({ type: AccountabilityDurationStatsView }) toFirstTransmission!: AccountabilityDurationStatsView;
  @ApiProperty({ type: [AccountabilityOrganDurationStatsView] }) toFirstDecisionByOrgan!: AccountabilityOrganDurationStatsView[];
  @ApiProperty({ type: AccountabilityDurationStatsView }) toFirstResponse!: AccountabilityDurationStatsView;
  @ApiProperty({ type: AccountabilityWarningTotalsView }) warnings!: AccountabilityWarningTotalsView;
  @ApiProperty({ type: AccountabilityVetoTotalsView }) vetoes!: AccountabilityVetoTotalsView;
  @ApiProperty({ type: AccountabilityPledgeTotalsView }) breachedPledges!: AccountabilityPledgeTotalsView;
  @ApiProperty({ type: [AccountabilityCaseFiguresView] }) perCase!: AccountabilityCaseFiguresView[];
}

export class AccountabilityConsistencyCaseView {
  @ApiProperty() caseId!: string;
  @ApiProperty({ type: String, nullable: true }) situation!: string | null;
  @ApiProperty() region!: string;
  @ApiProperty({ type: [AccountabilityCrimeRiskView] }) risk!: AccountabilityCrimeRiskView[];
  @ApiProperty({ description: 'The latest assessment, which the risk is taken from.' }) assessmentId!: string;
  @ApiProperty({ type: [String] }) decidingOrgans!: string[];
  @ApiProperty({ description: 'Drafts vetoed, failed or rejected.' }) draftsNotAdopted!: number;
  @ApiProperty() vetoes!: number;
  @ApiProperty() measures!: number;
  @ApiProperty() coerciveMeasures!: number;
  @ApiProperty() openWarnings!: number;
  @ApiProperty({ type: Number, nullable: true, description: `From the first report to the first decision by any organ. ${MS}` })
  toFirstDecisionMs!: number | null;
  @ApiProperty({ type: Number, nullable: true, description: `From the first report to the first measure. ${MS}` }) toFirstResponseMs!:
    number | null;
}

export class AccountabilityConsistencyRegionView {
  @ApiProperty() region!: string;
  @ApiProperty({ type: [AccountabilityConsistencyCaseView] }) cases!: AccountabilityConsistencyCaseView[];
  @ApiProperty() withDecision!: number;
  @ApiProperty() withResponse!: number;
  @ApiProperty({ type: AccountabilityDurationStatsView }) toFirstResponse!: AccountabilityDurationStatsView;
}

export class AccountabilityConsistencyGroupView {
  @ApiProperty({ enum: RISK_LEVELS, description: 'The highest level the latest assessment gives any crime.' }) peak!: string;
  @ApiProperty({ type: [AccountabilityConsistencyRegionView], description: 'By region name, `unassigned` last.' })
  regions!: AccountabilityConsistencyRegionView[];
}

export class AccountabilityUnassessedCaseView {
  @ApiProperty() caseId!: string;
  @ApiProperty({ type: String, nullable: true }) situation!: string | null;
  @ApiProperty() region!: string;
}

export class AccountabilityConsistencyReportView {
  @ApiProperty({ format: 'date-time' }) now!: string;
  @ApiProperty({ type: [AccountabilityConsistencyGroupView], description: 'Highest risk first.' })
  groups!: AccountabilityConsistencyGroupView[];
  @ApiProperty({ type: [AccountabilityUnassessedCaseView] }) notAssessed!: AccountabilityUnassessedCaseView[];
}

export class AccountabilityLessonView {
  @ApiProperty() lessonId!: string;
  @ApiProperty() caseId!: string;
  @ApiProperty({ example: 'un-peacebuilding-commission' }) contributor!: string;
  @ApiProperty() lesson!: string;
  @ApiProperty({ format: 'date-time' }) occurredAt!: string;
  @ApiProperty({ format: 'date-time' }) recordedAt!: string;
  @ApiProperty() eventId!: string;
}

export class AccountabilityLessonsView {
  @ApiProperty({ type: String, nullable: true, description: 'The case asked for; null across cases.' }) caseId!: string | null;
  @ApiProperty({ type: [AccountabilityLessonView] }) lessons!: AccountabilityLessonView[];
}
