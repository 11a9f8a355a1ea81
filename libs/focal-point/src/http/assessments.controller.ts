import { Body, Controller, Inject, Optional, Param, ParseUUIDPipe, Post, UseGuards } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ExecuteOnStream } from '@rtop/commands';
import { ApiCommandHeaders, ApiRefusals, ApiRequestExample, CommandContext, EXAMPLE_REFS, newIdFor } from '@rtop/http';
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
  @ApiRequestExample(DraftAssessmentDto, 'Kenya, 2008: the Joint Office drafts its assessment', {
    risks: [
      {
        crime: 'crimes-against-humanity',
        level: 'very-high',
        findings: [
          {
            indicator: '11.1',
            finding: 'Killings, burnings and expulsions of civilians chosen by ethnicity, in several provinces',
            reportIds: [EXAMPLE_REFS.reportId],
          },
        ],
        rationale: 'Widespread attacks on civilians along ethnic lines, with signs of organisation, and no sign yet that they are ending.',
      },
    ],
    incitement: [
      {
        crime: 'crimes-against-humanity',
        rabat: {
          context: 'A disputed election in a country with a history of land-related violence between communities',
          speaker: 'Presenters and callers on vernacular stations with large audiences in the Rift Valley',
          intent: 'Repeated calls to drive a named community from the land, after the first killings',
          contentAndForm: 'Coded and open language casting neighbours as outsiders and enemies',
          extentAndMagnitude: 'Broadcast daily across the province in the languages of the audiences',
          likelihoodIncludingImminence: 'Attacks followed in the areas where the broadcasts were heard',
        },
        conclusion: 'meets-threshold',
        reportIds: [EXAMPLE_REFS.reportId],
      },
    ],
    ethnicCleansing: { assessedThrough: ['crimes-against-humanity'] },
    summary:
      'Very high risk of crimes against humanity, incited on the air; expulsions along ethnic lines amount to ethnic cleansing, assessed through crimes against humanity.',
  })
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
  @ApiRequestExample(CompleteReviewStepDto, 'Kenya, 2008: the legal review of the draft', {
    step: 'legal-review',
    note: 'Findings checked against the Framework of Analysis and the Rabat test',
  })
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
    const command = {
      type: 'complete-review-step',
      caseId,
      assessmentId,
      step: dto.step,
      note: dto.note ?? '',
      actor: request.actor,
      at: request.at,
    } as const;
    const outcome = await this.commands.execute(new ExecuteOnStream(JOINT_OFFICE_CASE, command, request));
    return { caseId, assessmentId, step: dto.step, revision: outcome.revision.toString() };
  }

  @Post('assessments')
  @ApiRequestExample(IssueAssessmentDto, 'Kenya, 2008: the reviewed assessment issued', { assessmentId: EXAMPLE_REFS.assessmentId })
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
