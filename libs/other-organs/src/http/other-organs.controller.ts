import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query, Res, UseGuards } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiQuery, ApiTags } from '@nestjs/swagger';
import { Response } from 'express';
import { ExecuteOnStream } from '@rtop/commands';
import { ApiCommandHeaders, ApiRefusals, ApiRequestExample, CommandContext, newIdFor, setRevision } from '@rtop/http';
import { AuthenticatedActorGuard, CurrentActor, ReadPolicy } from '@rtop/identity';
import { Page, pageLimit } from '@rtop/read-model';
import { Actor } from '@rtop/kernel';
import { OTHER_ORGANS_CASE } from '../application/other-organs-case-stream';
import { OtherOrgansCommand } from '../case/other-organs-case';
import {
  ConcludeEngagementDto,
  ConductReviewDto,
  EngageInRelapsePreventionDto,
  MakeRecommendationDto,
  PublishReportDto,
  RecordLessonDto,
} from './other-organs.dto';
import { GetLessonsAcrossCases } from '../read/get-lessons-across-cases.handler';
import { GetLessonsOfCase } from '../read/get-lessons-of-case.handler';
import { GetOtherOrgansCase } from '../read/get-other-organs-case.handler';
import { LessonView, OtherOrgansCaseView, OtherOrgansLessonPage } from '../read/other-organs-view';

@ApiTags('Other organs: Human Rights Council, Peacebuilding Commission, ECOSOC, lessons learned')
@ApiBearerAuth()
@UseGuards(AuthenticatedActorGuard)
@Controller('other-organs/cases/:caseId')
export class OtherOrgansController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Get()
  @ApiOkResponse({
    type: OtherOrgansCaseView,
    description: 'What the Human Rights Council, the Peacebuilding Commission and ECOSOC have put on the case.',
  })
  @ApiRefusals(401, 404)
  @ReadPolicy(
    'Each of the Human Rights Council, the Peacebuilding Commission and ECOSOC reads its own records on the case, the other organs’ parts coming back empty; ' +
      'auditors read them all. Any other body, and an organ with nothing there, gets 404 (case-exists).',
  )
  async otherOrgans(
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @CurrentActor() reader: Actor,
    @Res({ passthrough: true }) response: Response,
  ): Promise<OtherOrgansCaseView> {
    const { view, revision } = await this.queries.execute(new GetOtherOrgansCase(caseId, reader));
    setRevision(response, revision);
    return view;
  }

  @Post('human-rights-council/reports')
  @ApiRequestExample(PublishReportDto, 'Kenya, March 2008: the OHCHR fact-finding mission reports', {
    kind: 'fact-finding-mission',
    title: 'Report from OHCHR Fact-finding Mission to Kenya, 6–28 February 2008',
    summary:
      'Over a thousand killed and hundreds of thousands displaced; attacks singled out victims by ethnicity, with signs of organisation, followed by revenge attacks.',
  })
  @ApiCommandHeaders()
  @ApiCreatedResponse({ description: 'The Human Rights Council’s report is on the case. Only `un-human-rights-council` may publish it.' })
  @ApiRefusals(400, 401, 403, 409)
  async publishReport(
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @Body() dto: PublishReportDto,
    @CommandContext() request: CommandContext,
  ) {
    const reportId = newIdFor(request, `human-rights-report|${caseId}`);
    return {
      reportId,
      ...(await this.execute(
        {
          type: 'publish-report',
          caseId,
          reportId,
          kind: dto.kind,
          title: dto.title,
          summary: dto.summary,
          actor: request.actor,
          at: request.at,
        },
        request,
      )),
    };
  }

  @Post('human-rights-council/reviews')
  @ApiRequestExample(ConductReviewDto, 'Kenya, May 2010: the Universal Periodic Review', {
    state: 'KEN',
    findings: 'Accountability for the post-election violence of 2007–08 remains outstanding.',
    recommendations: ['Establish a special tribunal for the post-election violence', 'Protect witnesses of the violence'],
  })
  @ApiCommandHeaders()
  @ApiCreatedResponse({
    description: 'The Human Rights Council’s review of a state concerned is on the case. Only `un-human-rights-council` may conduct it.',
  })
  @ApiRefusals(400, 401, 403, 409)
  async conductReview(
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @Body() dto: ConductReviewDto,
    @CommandContext() request: CommandContext,
  ) {
    const reviewId = newIdFor(request, `review|${caseId}`);
    return {
      reviewId,
      ...(await this.execute(
        {
          type: 'conduct-review',
          caseId,
          reviewId,
          state: dto.state,
          findings: dto.findings,
          recommendations: dto.recommendations,
          actor: request.actor,
          at: request.at,
        },
        request,
      )),
    };
  }

  @Post('peacebuilding-commission/engagements')
  @ApiRequestExample(EngageInRelapsePreventionDto, 'Illustrative: relapse prevention in Kenya before the 2013 elections', {
    state: 'KEN',
    priorities: ['Land reform in the Rift Valley', 'Return of the displaced', 'Police reform before the next elections'],
  })
  @ApiCommandHeaders()
  @ApiCreatedResponse({
    description: 'The Peacebuilding Commission engages with the state to prevent relapse. Only `un-peacebuilding-commission` may do so.',
  })
  @ApiRefusals(400, 401, 403, 409)
  async engage(
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @Body() dto: EngageInRelapsePreventionDto,
    @CommandContext() request: CommandContext,
  ) {
    const engagementId = newIdFor(request, `engagement|${caseId}`);
    return {
      engagementId,
      ...(await this.execute(
        {
          type: 'engage-in-relapse-prevention',
          caseId,
          engagementId,
          state: dto.state,
          priorities: dto.priorities,
          actor: request.actor,
          at: request.at,
        },
        request,
      )),
    };
  }

  @Post('peacebuilding-commission/engagements/:engagementId/conclusion')
  @ApiRequestExample(ConcludeEngagementDto, 'Illustrative: the engagement concluded', {
    outcome: 'The 2013 elections passed without a return to mass violence',
  })
  @ApiCommandHeaders()
  @ApiCreatedResponse({ description: 'The engagement is concluded with its outcome.' })
  @ApiRefusals(400, 401, 403, 404, 409)
  conclude(
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @Param('engagementId', ParseUUIDPipe) engagementId: string,
    @Body() dto: ConcludeEngagementDto,
    @CommandContext() request: CommandContext,
  ) {
    return this.execute(
      { type: 'conclude-engagement', caseId, engagementId, outcome: dto.outcome, actor: request.actor, at: request.at },
      request,
    );
  }

  @Post('ecosoc/recommendations')
  @ApiRequestExample(MakeRecommendationDto, 'Illustrative: ECOSOC on the displaced in Kenya', {
    addressees: ['specialized-agencies'],
    text: 'Support the return and resettlement of the families displaced in the Rift Valley.',
  })
  @ApiCommandHeaders()
  @ApiCreatedResponse({ description: 'ECOSOC’s recommendation is on the case. Only `un-ecosoc` may make it.' })
  @ApiRefusals(400, 401, 403, 409)
  async recommend(
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @Body() dto: MakeRecommendationDto,
    @CommandContext() request: CommandContext,
  ) {
    const recommendationId = newIdFor(request, `ecosoc-recommendation|${caseId}`);
    return {
      recommendationId,
      ...(await this.execute(
        {
          type: 'make-recommendation',
          caseId,
          recommendationId,
          addressees: dto.addressees,
          text: dto.text,
          actor: request.actor,
          at: request.at,
        },
        request,
      )),
    };
  }

  @Post('lessons')
  @ApiRequestExample(RecordLessonDto, 'Kenya, 2008: a lesson for the Joint Office', {
    lesson:
      'The AU’s eminent persons performed well in Kenya but need a small secretariat; early warning is only useful with the political will to act on it.',
  })
  @ApiCommandHeaders()
  @ApiCreatedResponse({
    description:
      'The lesson is on the case under its contributor (`lesson-recorded`), and on its way to the Joint Office and to the register across cases. ' +
      'Contributors: un-human-rights-council, un-peacebuilding-commission, un-ecosoc, un-joint-office, un-secretary-general.',
  })
  @ApiRefusals(400, 401, 403, 409)
  async recordLesson(
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @Body() dto: RecordLessonDto,
    @CommandContext() request: CommandContext,
  ) {
    const lessonId = newIdFor(request, `lesson|${caseId}`);
    return {
      lessonId,
      ...(await this.execute(
        { type: 'record-lesson', caseId, lessonId, lesson: dto.lesson, actor: request.actor, at: request.at },
        request,
      )),
    };
  }

  @Get('lessons')
  @ApiOkResponse({
    type: [LessonView],
    description:
      'The lessons learned on this case that the reader may read, in the order recorded. A lesson just recorded appears a moment after its case.',
  })
  @ApiRefusals(401, 404)
  @ReadPolicy(
    'Every lesson of the case to the Human Rights Council, the Peacebuilding Commission, ECOSOC, the Joint Office (lessons are addressed to it) and auditors; ' +
      'to any other contributor its own. A reader with none to read gets 404 (case-exists).',
  )
  lessons(@Param('caseId', ParseUUIDPipe) caseId: string, @CurrentActor() reader: Actor): Promise<readonly LessonView[]> {
    return this.queries.execute(new GetLessonsOfCase(caseId, reader));
  }

  private async execute(command: OtherOrgansCommand, request: CommandContext) {
    const outcome = await this.commands.execute(new ExecuteOnStream(OTHER_ORGANS_CASE, command, request));
    return { caseId: command.caseId, events: outcome.events, revision: outcome.revision.toString() };
  }
}

@ApiTags('Other organs: Human Rights Council, Peacebuilding Commission, ECOSOC, lessons learned')
@ApiBearerAuth()
@UseGuards(AuthenticatedActorGuard)
@Controller('other-organs/lessons')
export class LessonsAcrossCasesController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @ApiOkResponse({
    type: OtherOrgansLessonPage,
    description:
      'The lessons learned on every case, a page at a time in the order recorded, to compare how like cases went. ' +
      'The register follows the case streams, so a lesson just recorded appears here a moment after its case.',
  })
  @ApiQuery({ name: 'limit', required: false, description: 'Lessons per page, 1 to 500; 50 when absent.' })
  @ApiQuery({ name: 'cursor', required: false, description: 'The `next` of the previous page; absent for the first.' })
  @ApiRefusals(400, 401, 403)
  @ReadPolicy(
    'The Human Rights Council, the Peacebuilding Commission, ECOSOC, the Joint Office and auditors; any other body gets 403 (remit).',
  )
  lessons(@CurrentActor() reader: Actor, @Query('limit') limit?: string, @Query('cursor') cursor?: string): Promise<Page<LessonView>> {
    return this.queries.execute(new GetLessonsAcrossCases(reader, pageLimit(limit), cursor));
  }
}
