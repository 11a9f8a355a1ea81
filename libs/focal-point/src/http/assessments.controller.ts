import { Body, Controller, Headers, Inject, Optional, Param, ParseUUIDPipe, Post, Res, UseGuards } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Response } from 'express';
import { ApiRefusals } from '@rtop/http';
import { AuthenticatedActorGuard, CurrentActor } from '@rtop/identity';
import { Actor } from '@rtop/kernel';
import { REVIEW_CHECKLIST } from '../application/review-checklist';
import { DEFAULT_REVIEW_CHECKLIST } from '../case/assessment';
import { IDEMPOTENCY_KEY, IF_MATCH, executeOnCase, newId } from './conventions';
import { CompleteReviewStepDto, DraftAssessmentDto, IssueAssessmentDto } from './draft-assessment.dto';

@ApiTags('Joint Office: cases, information reports, assessments')
@ApiBearerAuth()
@UseGuards(AuthenticatedActorGuard)
@Controller('cases/:caseId')
export class AssessmentsController {
  private readonly reviewChecklist: readonly string[];

  constructor(
    private readonly commands: CommandBus,
    @Optional() @Inject(REVIEW_CHECKLIST) configured?: readonly string[],
  ) {
    this.reviewChecklist = configured ?? DEFAULT_REVIEW_CHECKLIST;
  }

  @Post('assessment-drafts')
  @ApiOperation({
    summary: 'Draft an assessment: risk per crime on the Framework’s indicators, incitement on the Rabat test (assessment-drafted)',
    description:
      'The draft is made under the deployment’s review checklist (configurable: FocalPointModule.forRoot({ reviewChecklist }); by default sources-graded, evidence-linked, legal-review, second-reader), which the response names.',
  })
  @ApiHeader(IF_MATCH)
  @ApiHeader(IDEMPOTENCY_KEY)
  @ApiCreatedResponse({ description: 'The draft is on the case, awaiting its review.' })
  @ApiRefusals(400, 401, 403, 404, 409, 422)
  async draftAssessment(
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @Body() dto: DraftAssessmentDto,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) response: Response,
    @Headers('if-match') ifMatch?: string,
    @Headers('idempotency-key') idempotencyKey?: string,
  ) {
    const assessmentId = newId(actor, `assessment|${caseId}`, idempotencyKey);
    const command = {
      type: 'draft-assessment',
      caseId,
      assessmentId,
      risks: dto.risks,
      incitement: dto.incitement ?? [],
      ethnicCleansing: dto.ethnicCleansing ?? null,
      summary: dto.summary,
      reviewChecklist: this.reviewChecklist,
      actor,
      at: new Date(),
    } as const;
    const outcome = await executeOnCase(this.commands, response, command, { ifMatch, idempotencyKey });
    return { caseId, assessmentId, reviewChecklist: this.reviewChecklist, revision: outcome.revision.toString() };
  }

  @Post('assessment-drafts/:assessmentId/review-steps')
  @ApiOperation({ summary: 'Complete a step of a draft’s review (review-step-completed)' })
  @ApiHeader(IF_MATCH)
  @ApiHeader(IDEMPOTENCY_KEY)
  @ApiCreatedResponse({ description: 'The step is recorded with who completed it.' })
  @ApiRefusals(400, 401, 403, 404, 409, 422)
  async completeReviewStep(
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @Param('assessmentId') assessmentId: string,
    @Body() dto: CompleteReviewStepDto,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) response: Response,
    @Headers('if-match') ifMatch?: string,
    @Headers('idempotency-key') idempotencyKey?: string,
  ) {
    const command = { type: 'complete-review-step', caseId, assessmentId, step: dto.step, note: dto.note ?? '', actor, at: new Date() } as const;
    const outcome = await executeOnCase(this.commands, response, command, { ifMatch, idempotencyKey });
    return { caseId, assessmentId, step: dto.step, revision: outcome.revision.toString() };
  }

  @Post('assessments')
  @ApiOperation({ summary: 'Issue a reviewed draft (assessment-issued {content, contentDigest}, published to the Secretary-General)' })
  @ApiHeader(IF_MATCH)
  @ApiHeader(IDEMPOTENCY_KEY)
  @ApiCreatedResponse({ description: 'The assessment is issued as drafted and on its way, unfiltered, to the Secretary-General.' })
  @ApiRefusals(400, 401, 403, 404, 409, 422)
  async issueAssessment(
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @Body() dto: IssueAssessmentDto,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) response: Response,
    @Headers('if-match') ifMatch?: string,
    @Headers('idempotency-key') idempotencyKey?: string,
  ) {
    const command = { type: 'issue-assessment', caseId, assessmentId: dto.assessmentId, actor, at: new Date() } as const;
    const outcome = await executeOnCase(this.commands, response, command, { ifMatch, idempotencyKey });
    const issued = outcome.events.find((e) => e.type === 'assessment-issued');
    return { caseId, assessmentId: dto.assessmentId, ...(issued ? issued.data : {}), revision: outcome.revision.toString() };
  }
}
