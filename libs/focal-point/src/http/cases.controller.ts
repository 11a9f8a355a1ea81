import { Body, Controller, Get, Headers, Inject, Param, ParseUUIDPipe, Post, Res, UseGuards } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Response } from 'express';
import { EVENT_STORE, EventStore } from '@rtop/event-store';
import { ApiRefusals, setRevision } from '@rtop/http';
import { AuthenticatedActorGuard, CurrentActor } from '@rtop/identity';
import { Actor } from '@rtop/kernel';
import { loadCase } from '../application/case-command.handler';
import { requireOpened } from '../case/case';
import { LESSON_RECORDING_ORGANS } from '../case/note-lesson-learned';
import { CaseView, caseView } from './case-view';
import { IDEMPOTENCY_KEY, IF_MATCH, executeOnCase, newId } from './conventions';
import { NoteLessonLearnedDto } from './notes.dto';
import { OpenCaseDto } from './open-case.dto';
import { ReasonDto } from './reason.dto';

@ApiTags('Joint Office: cases, information reports, assessments')
@ApiBearerAuth()
@UseGuards(AuthenticatedActorGuard)
@Controller('cases')
export class CasesController {
  constructor(
    private readonly commands: CommandBus,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  @Post()
  @ApiHeader(IDEMPOTENCY_KEY)
  @ApiCreatedResponse({ description: 'The case is open.' })
  @ApiRefusals(400, 401, 403, 409)
  async openCase(
    @Body() dto: OpenCaseDto,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) response: Response,
    @Headers('idempotency-key') idempotencyKey?: string,
  ) {
    const caseId = newId(actor, 'open-case', idempotencyKey);
    const outcome = await executeOnCase(this.commands, response, { type: 'open-case', caseId, ...dto, actor, at: new Date() }, { idempotencyKey });
    return { caseId, revision: outcome.revision.toString() };
  }

  @Get(':caseId')
  @ApiOkResponse({ type: CaseView })
  @ApiRefusals(401, 404)
  async getCase(@Param('caseId', ParseUUIDPipe) caseId: string, @Res({ passthrough: true }) response: Response): Promise<CaseView> {
    const { state, revision } = await loadCase(this.store, caseId);
    setRevision(response, revision);
    return caseView(requireOpened(state, caseId), revision);
  }

  @Post(':caseId/monitoring')
  @ApiOperation({ summary: 'Place the case under monitoring (case-placed-under-monitoring)' })
  @ApiHeader(IF_MATCH)
  @ApiHeader(IDEMPOTENCY_KEY)
  @ApiCreatedResponse({ description: 'The case is watched rather than worked; reports and assessments still come in.' })
  @ApiRefusals(400, 401, 403, 404, 409)
  async placeUnderMonitoring(
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @Body() dto: ReasonDto,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) response: Response,
    @Headers('if-match') ifMatch?: string,
    @Headers('idempotency-key') idempotencyKey?: string,
  ) {
    const command = { type: 'place-under-monitoring', caseId, reason: dto.reason, actor, at: new Date() } as const;
    const outcome = await executeOnCase(this.commands, response, command, { ifMatch, idempotencyKey });
    return { caseId, revision: outcome.revision.toString() };
  }

  @Post(':caseId/closure')
  @ApiOperation({ summary: 'Close the case (case-closed {caseId, reason}, published)' })
  @ApiHeader(IF_MATCH)
  @ApiHeader(IDEMPOTENCY_KEY)
  @ApiCreatedResponse({ description: 'The case is closed: no new reports, reviews or assessments; the record stays correctable and lessons still come in.' })
  @ApiRefusals(400, 401, 403, 404, 409)
  async closeCase(
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @Body() dto: ReasonDto,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) response: Response,
    @Headers('if-match') ifMatch?: string,
    @Headers('idempotency-key') idempotencyKey?: string,
  ) {
    const command = { type: 'close-case', caseId, reason: dto.reason, actor, at: new Date() } as const;
    const outcome = await executeOnCase(this.commands, response, command, { ifMatch, idempotencyKey });
    return { caseId, revision: outcome.revision.toString() };
  }

  @Post(':caseId/lessons-learned')
  @ApiOperation({
    summary: 'Note a lesson learned fed back to the Joint Office (lesson-learned-noted)',
    description: `Normally fed from the other organs' lesson-recorded events; this lets ${LESSON_RECORDING_ORGANS.join(', ')} send one directly where that context does not run.`,
  })
  @ApiHeader(IF_MATCH)
  @ApiHeader(IDEMPOTENCY_KEY)
  @ApiCreatedResponse({ description: 'The lesson is kept on the case, open or closed.' })
  @ApiRefusals(400, 401, 403, 404, 409)
  async noteLessonLearned(
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @Body() dto: NoteLessonLearnedDto,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) response: Response,
    @Headers('if-match') ifMatch?: string,
    @Headers('idempotency-key') idempotencyKey?: string,
  ) {
    const lessonId = newId(actor, `lesson|${caseId}`, idempotencyKey);
    const command = { type: 'note-lesson-learned', caseId, lessonId, ...dto, actor, at: new Date() } as const;
    const outcome = await executeOnCase(this.commands, response, command, { ifMatch, idempotencyKey });
    return { caseId, lessonId, revision: outcome.revision.toString() };
  }
}
