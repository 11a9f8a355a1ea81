import { ApiProperty } from '@nestjs/swagger';
import { REGIONAL_BODIES, RegionalBody } from '@rtop/kernel';
import { Draft, EarlyWarningReport, RegionalCase } from '../case/regional-case';
import { MATTERS } from '../case/regional-events';

export class PlacedAssessmentView {
  @ApiProperty() transmissionId!: string;
  @ApiProperty() assessmentId!: string;
  @ApiProperty() contentDigest!: string;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'The assessment as the Secretary-General transmitted it.' })
  content!: Readonly<Record<string, unknown>>;
}

export class AuthorisationMeasureView {
  @ApiProperty() kind!: string;
  @ApiProperty() coercive!: boolean;
}

export class CouncilAuthorisationView {
  @ApiProperty({ description: 'The Council decision (its draft id) that drafts link to.' }) councilDecisionId!: string;
  @ApiProperty() chapter!: string;
  @ApiProperty({ type: [AuthorisationMeasureView] }) measures!: readonly AuthorisationMeasureView[];
  @ApiProperty({ description: 'Whether it authorises any coercive measure: only then may enforcement action link to it.' })
  authorisesEnforcement!: boolean;
}

export class DraftStandingView {
  @ApiProperty({ enum: ['tabled', 'consensus-failed', 'adopted', 'rejected'] }) status!: string;
  @ApiProperty({ required: false, enum: ['consensus', 'vote'], description: 'adopted: whether by consensus or by vote.' }) by?: string;
  @ApiProperty({
    required: false,
    description: 'adopted: an Art. 4(h) intervention adopted without Council authorisation, its Art. 53 conflict recorded.',
  })
  article53Conflict?: boolean;
  @ApiProperty({ required: false, type: [String], description: 'consensus-failed: the states whose objections counted.' })
  objectors?: readonly string[];
  @ApiProperty({ required: false, description: 'rejected: why.' }) reason?: string;
}

export class RegionalDraftView {
  @ApiProperty() draftId!: string;
  @ApiProperty({ enum: REGIONAL_BODIES }) body!: RegionalBody;
  @ApiProperty() title!: string;
  @ApiProperty() text!: string;
  @ApiProperty({ enum: MATTERS }) matter!: string;
  @ApiProperty() coercive!: boolean;
  @ApiProperty({ nullable: true, type: String }) councilDecisionId!: string | null;
  @ApiProperty({ type: [String] }) parties!: readonly string[];
  @ApiProperty() twoThirdsRequired!: boolean;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'ordinary, or an Art. 4(h) step with its grounds.' })
  subject!: Readonly<Record<string, unknown>>;
  @ApiProperty({ type: DraftStandingView }) standing!: DraftStandingView;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    nullable: true,
    description:
      'An explicit procedural decision on this draft with its cited basis: OSCE consensus-minus-one, or an ASEAN Summit decision mode.',
  })
  procedure!: Readonly<Record<string, unknown>> | null;
}

export class EarlyWarningReportView {
  @ApiProperty() reportId!: string;
  @ApiProperty() summary!: string;
  @ApiProperty({ type: 'array', items: { type: 'object', additionalProperties: true } }) indicators!: readonly Readonly<
    Record<string, unknown>
  >[];
  @ApiProperty() observedAt!: string;
  @ApiProperty() location!: string;
}

export class RegionalCaseView {
  @ApiProperty() caseId!: string;
  @ApiProperty({ enum: REGIONAL_BODIES }) body!: RegionalBody;
  @ApiProperty({ description: 'The stream revision (also the ETag): send it back as If-Match.' }) revision!: string;
  @ApiProperty({ type: [PlacedAssessmentView], description: 'Assessments the Secretary-General put before this body.' })
  assessments!: PlacedAssessmentView[];
  @ApiProperty({ type: [CouncilAuthorisationView], description: 'Council authorisations naming this body (Art. 53).' })
  authorisations!: CouncilAuthorisationView[];
  @ApiProperty({ type: [RegionalDraftView] }) drafts!: RegionalDraftView[];
  @ApiProperty({ type: [EarlyWarningReportView], description: 'IGAD only: CEWARN early-warning reports submitted on the case.' })
  earlyWarningReports!: EarlyWarningReportView[];
}

export function draftView(draft: Draft): RegionalDraftView {
  const { caseId: _caseId, ...decision } = draft.decision;
  return { ...decision, standing: draft.standing, procedure: draft.procedure };
}

export function regionalCaseView(caseId: string, body: RegionalBody, state: RegionalCase, revision: bigint): RegionalCaseView {
  const report = ({ caseId: _caseId, ...rest }: EarlyWarningReport): EarlyWarningReportView => rest;
  return {
    caseId,
    body,
    revision: revision.toString(),
    assessments: [...state.transmissions.values()].filter((t) => t.bodies.includes(body)).map(({ bodies: _bodies, ...t }) => t),
    authorisations: [...state.authorisations.values()].filter((a) => a.bodies.includes(body)).map(({ bodies: _bodies, ...a }) => a),
    drafts: [...state.drafts.values()].filter((d) => d.decision.body === body).map(draftView),
    earlyWarningReports: body === 'igad' ? [...state.earlyWarningReports.values()].map(report) : [],
  };
}
