import { Body, Controller, Inject, Optional, Param, ParseUUIDPipe, Post, UseGuards } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ExecuteOnStream } from '@rtop/commands';
import { ApiCommandHeaders, ApiRefusals, CommandContext, newIdFor } from '@rtop/http';
import { AuthenticatedActorGuard } from '@rtop/identity';
import { JOINT_OFFICE_CASE } from '../application/case-stream';
import { REVIEW_CHECKLIST } from '../application/review-checklist';
import { DEFAULT_REVIEW_CHECKLIST } from '../case/assessment';
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
  @ApiCommandHeaders()
  @ApiCreatedResponse({ description: 'The draft is on the case, awaiting its review.' })
  @ApiRefusals(400, 401, 403, 404, 409, 422)
  async draftAssessment(
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @Body() dto: DraftAssessmentDto,
    @CommandContext() request: CommandContext,
  ) {
    const assessmentId = newIdFor(request, `assessment|${caseId}`);
    const command = {
      type: 'draft-assessment',
      caseId,
      assessmentId,
      risks: dto.risks,
      incitement: dto.incitement ?? [],
      ethnicCleansing: dto.ethnicCleansing ?? null,
      summary: dto.summary,
      reviewChecklist: this.reviewChecklist,
      actor: request.actor,
      at: request.at,
    } as const;
    const outcome = await this.commands.execute(new ExecuteOnStream(JOINT_OFFICE_CASE, command, request));
    return { caseId, assessmentId, reviewChecklist: this.reviewChecklist, revision: outcome.revision.toString() };
  }

  @Post('assessment-drafts/:assessmentId/review-steps')
  @ApiOperation({ summary: 'Complete a step of a draft’s review (review-step-completed)' })
  @ApiCommandHeaders()
  @ApiCreatedResponse({ description: 'The step is recorded with who completed it.' })
  @ApiRefusals(400, 401, 403, 404, 409, 422)
  async completeReviewStep(
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @Param('assessmentId') assessmentId: string,
    @Body() dto: CompleteReviewStepDto,
    @CommandContext() request: CommandContext,
  ) {
    const command = { type: 'complete-review-step', caseId, assessmentId, step: dto.step, note: dto.note ?? '', actor: request.actor, at: request.at } as const;
    const outcome = await this.commands.execute(new ExecuteOnStream(JOINT_OFFICE_CASE, command, request));
    return { caseId, assessmentId, step: dto.step, revision: outcome.revision.toString() };
  }

  @Post('assessments')
  @ApiOperation({ summary: 'Issue a reviewed draft (assessment-issued {content, contentDigest}, published to the Secretary-General)' })
  @ApiCommandHeaders()
  @ApiCreatedResponse({ description: 'The assessment is issued as drafted and on its way, unfiltered, to the Secretary-General.' })
  @ApiRefusals(400, 401, 403, 404, 409, 422)
  async issueAssessment(
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @Body() dto: IssueAssessmentDto,
    @CommandContext() request: CommandContext,
  ) {
    const command = { type: 'issue-assessment', caseId, assessmentId: dto.assessmentId, actor: request.actor, at: request.at } as const;
    const outcome = await this.commands.execute(new ExecuteOnStream(JOINT_OFFICE_CASE, command, request));
    const issued = outcome.events.find((e) => e.type === 'assessment-issued');
    return { caseId, assessmentId: dto.assessmentId, ...(issued ? issued.data : {}), revision: outcome.revision.toString() };
  }
}
