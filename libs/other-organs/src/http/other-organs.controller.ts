import { randomUUID } from 'node:crypto';
import { Body, Controller, Get, Headers, Inject, Param, ParseUUIDPipe, Post, Res, UseGuards } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Response } from 'express';
import { EVENT_STORE, EventStore } from '@rtop/event-store';
import { ApiRefusals, expectedRevisionFrom, setRevision } from '@rtop/http';
import { AuthenticatedActorGuard, CurrentActor } from '@rtop/identity';
import { Actor, NotFound, deterministicUuid } from '@rtop/kernel';
import { ExecuteOtherOrgansCommand, loadOtherOrgansCase } from '../application/other-organs-command.handler';
import { lessonsAcrossCases, lessonsOfCase } from '../application/lessons';
import { OtherOrgansCommand } from '../case/other-organs-case';
import {
  ConcludeEngagementDto,
  ConductReviewDto,
  EngageInRelapsePreventionDto,
  MakeRecommendationDto,
  PublishReportDto,
  RecordLessonDto,
} from './other-organs.dto';
import { LessonView, OtherOrgansCaseView, otherOrgansCaseView } from './other-organs-view';

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
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  @Get()
  @ApiOkResponse({ type: OtherOrgansCaseView, description: 'What the Human Rights Council, the Peacebuilding Commission and ECOSOC have put on the case.' })
  @ApiRefusals(401, 404)
  async otherOrgans(@Param('caseId', ParseUUIDPipe) caseId: string, @Res({ passthrough: true }) response: Response): Promise<OtherOrgansCaseView> {
    const { state, revision } = await loadOtherOrgansCase(this.store, caseId);
    if (revision < 0n) throw new NotFound('other-organs-on-record', `no other organ has recorded anything on case ${caseId}`);
    setRevision(response, revision);
    return otherOrgansCaseView(caseId, state, revision);
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
  @ApiOkResponse({ type: [LessonView], description: 'The lessons learned on this case, in the order recorded, read from the case’s own stream.' })
  @ApiRefusals(401, 404)
  async lessons(@Param('caseId', ParseUUIDPipe) caseId: string): Promise<readonly LessonView[]> {
    const lessons = await lessonsOfCase(this.store, caseId);
    if (!lessons) throw new NotFound('other-organs-on-record', `no other organ has recorded anything on case ${caseId}`);
    return lessons;
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
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  @Get()
  @ApiOkResponse({
    type: [LessonView],
    description:
      'Every lesson learned on every case, in the order recorded, to compare how like cases went. ' +
      'The register is filled from the case streams by a reaction, so a lesson just recorded appears here a moment after its case.',
  })
  @ApiRefusals(401)
  lessons(): Promise<readonly LessonView[]> {
    return lessonsAcrossCases(this.store);
  }
}
