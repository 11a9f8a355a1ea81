import { randomUUID } from 'node:crypto';
import { Body, Controller, Get, Headers, Param, ParseUUIDPipe, Post, Query, Res, UseGuards } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiQuery, ApiTags } from '@nestjs/swagger';
import { Response } from 'express';
import { ApiRefusals, expectedRevisionFrom, setRevision } from '@rtop/http';
import { AuthenticatedActorGuard, CurrentActor, ReadPolicy } from '@rtop/identity';
import { Page, pageLimit } from '@rtop/read-model';
import { Actor, deterministicUuid } from '@rtop/kernel';
import { ExecuteOtherOrgansCommand } from '../application/other-organs-command.handler';
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
import { LessonView, OtherOrgansCaseView, OtherOrgansLessonPage } from './other-organs-view';

const IF_MATCH = { name: 'If-Match', required: false, description: 'The revision last read (its ETag); a concurrent change then answers 409.' };
const IDEMPOTENCY_KEY = {
  name: 'Idempotency-Key',
  required: false,
  description: 'Send the same key again to retry safely: the first outcome is returned and nothing is written twice.',
};

/** A new identifier, or the same one when a retried request carries the same idempotency key. */
const newId = (actor: Actor, what: string, key?: string) => (key ? deterministicUuid(`${actor.body}|${what}|${key}`) : randomUUID());

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
  @ApiOkResponse({ type: OtherOrgansCaseView, description: 'What the Human Rights Council, the Peacebuilding Commission and ECOSOC have put on the case.' })
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
  @ApiHeader(IF_MATCH)
  @ApiHeader(IDEMPOTENCY_KEY)
  @ApiCreatedResponse({ description: 'The Human Rights Council’s report is on the case. Only `un-human-rights-council` may publish it.' })
  @ApiRefusals(400, 401, 403, 409)
  async publishReport(
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @Body() dto: PublishReportDto,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) response: Response,
    @Headers('if-match') ifMatch?: string,
    @Headers('idempotency-key') idempotencyKey?: string,
  ) {
    const reportId = newId(actor, `human-rights-report|${caseId}`, idempotencyKey);
    return { reportId, ...(await this.execute({ type: 'publish-report', caseId, reportId, ...dto, actor, at: new Date() }, response, ifMatch, idempotencyKey)) };
  }

  @Post('human-rights-council/reviews')
  @ApiHeader(IF_MATCH)
  @ApiHeader(IDEMPOTENCY_KEY)
  @ApiCreatedResponse({ description: 'The Human Rights Council’s review of a state concerned is on the case. Only `un-human-rights-council` may conduct it.' })
  @ApiRefusals(400, 401, 403, 409)
  async conductReview(
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @Body() dto: ConductReviewDto,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) response: Response,
    @Headers('if-match') ifMatch?: string,
    @Headers('idempotency-key') idempotencyKey?: string,
  ) {
    const reviewId = newId(actor, `review|${caseId}`, idempotencyKey);
    return { reviewId, ...(await this.execute({ type: 'conduct-review', caseId, reviewId, ...dto, actor, at: new Date() }, response, ifMatch, idempotencyKey)) };
  }

  @Post('peacebuilding-commission/engagements')
  @ApiHeader(IF_MATCH)
  @ApiHeader(IDEMPOTENCY_KEY)
  @ApiCreatedResponse({ description: 'The Peacebuilding Commission engages with the state to prevent relapse. Only `un-peacebuilding-commission` may do so.' })
  @ApiRefusals(400, 401, 403, 409)
  async engage(
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @Body() dto: EngageInRelapsePreventionDto,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) response: Response,
    @Headers('if-match') ifMatch?: string,
    @Headers('idempotency-key') idempotencyKey?: string,
  ) {
    const engagementId = newId(actor, `engagement|${caseId}`, idempotencyKey);
    return {
      engagementId,
      ...(await this.execute({ type: 'engage-in-relapse-prevention', caseId, engagementId, ...dto, actor, at: new Date() }, response, ifMatch, idempotencyKey)),
    };
  }

  @Post('peacebuilding-commission/engagements/:engagementId/conclusion')
  @ApiHeader(IF_MATCH)
  @ApiHeader(IDEMPOTENCY_KEY)
  @ApiCreatedResponse({ description: 'The engagement is concluded with its outcome.' })
  @ApiRefusals(400, 401, 403, 404, 409)
  conclude(
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @Param('engagementId', ParseUUIDPipe) engagementId: string,
    @Body() dto: ConcludeEngagementDto,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) response: Response,
    @Headers('if-match') ifMatch?: string,
    @Headers('idempotency-key') idempotencyKey?: string,
  ) {
    return this.execute({ type: 'conclude-engagement', caseId, engagementId, ...dto, actor, at: new Date() }, response, ifMatch, idempotencyKey);
  }

  @Post('ecosoc/recommendations')
  @ApiHeader(IF_MATCH)
  @ApiHeader(IDEMPOTENCY_KEY)
  @ApiCreatedResponse({ description: 'ECOSOC’s recommendation is on the case. Only `un-ecosoc` may make it.' })
  @ApiRefusals(400, 401, 403, 409)
  async recommend(
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @Body() dto: MakeRecommendationDto,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) response: Response,
    @Headers('if-match') ifMatch?: string,
    @Headers('idempotency-key') idempotencyKey?: string,
  ) {
    const recommendationId = newId(actor, `ecosoc-recommendation|${caseId}`, idempotencyKey);
    return {
      recommendationId,
      ...(await this.execute({ type: 'make-recommendation', caseId, recommendationId, ...dto, actor, at: new Date() }, response, ifMatch, idempotencyKey)),
    };
  }

  @Post('lessons')
  @ApiHeader(IF_MATCH)
  @ApiHeader(IDEMPOTENCY_KEY)
  @ApiCreatedResponse({
    description:
      'The lesson is on the case under its contributor (`lesson-recorded`), and on its way to the Joint Office and to the register across cases. ' +
      'Contributors: un-human-rights-council, un-peacebuilding-commission, un-ecosoc, un-joint-office, un-secretary-general.',
  })
  @ApiRefusals(400, 401, 403, 409)
  async recordLesson(
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @Body() dto: RecordLessonDto,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) response: Response,
    @Headers('if-match') ifMatch?: string,
    @Headers('idempotency-key') idempotencyKey?: string,
  ) {
    const lessonId = newId(actor, `lesson|${caseId}`, idempotencyKey);
    return { lessonId, ...(await this.execute({ type: 'record-lesson', caseId, lessonId, ...dto, actor, at: new Date() }, response, ifMatch, idempotencyKey)) };
  }

  @Get('lessons')
  @ApiOkResponse({
    type: [LessonView],
    description: 'The lessons learned on this case that the reader may read, in the order recorded. A lesson just recorded appears a moment after its case.',
  })
  @ApiRefusals(401, 404)
  @ReadPolicy(
    'Every lesson of the case to the Human Rights Council, the Peacebuilding Commission, ECOSOC, the Joint Office (lessons are addressed to it) and auditors; ' +
      'to any other contributor its own. A reader with none to read gets 404 (case-exists).',
  )
  lessons(@Param('caseId', ParseUUIDPipe) caseId: string, @CurrentActor() reader: Actor): Promise<readonly LessonView[]> {
    return this.queries.execute(new GetLessonsOfCase(caseId, reader));
  }

  private async execute(command: OtherOrgansCommand, response: Response, ifMatch?: string, idempotencyKey?: string) {
    const outcome = await this.commands.execute(
      new ExecuteOtherOrgansCommand(command, { expectedRevision: expectedRevisionFrom(ifMatch), idempotencyKey }),
    );
    setRevision(response, outcome.revision);
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
  @ReadPolicy('The Human Rights Council, the Peacebuilding Commission, ECOSOC, the Joint Office and auditors; any other body gets 403 (remit).')
  lessons(@CurrentActor() reader: Actor, @Query('limit') limit?: string, @Query('cursor') cursor?: string): Promise<Page<LessonView>> {
    return this.queries.execute(new GetLessonsAcrossCases(reader, pageLimit(limit), cursor));
  }
}
