import { Body, Controller, Get, Headers, Param, ParseUUIDPipe, Post, Res, UseGuards } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Response } from 'express';
import { ApiRefusals, setRevision } from '@rtop/http';
import { AuthenticatedActorGuard, CurrentActor, ReadPolicy } from '@rtop/identity';
import { Actor } from '@rtop/kernel';
import { LESSON_RECORDING_ORGANS } from '../case/note-lesson-learned';
import { GetJointOfficeCase } from '../read/get-joint-office-case.handler';
import { CaseView } from './case-view';
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
    private readonly queries: QueryBus,
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
  @ApiOperation({
    summary: 'The Joint Office’s case file: reports, drafts, assessments issued, lessons',
    description: 'Read from the case-states model, so a change just made may take a moment to show; the ETag is the revision read.',
  })
  @ApiOkResponse({ type: CaseView })
  @ApiRefusals(401, 404)
  @ReadPolicy('Joint Office, auditors. To any other reader the case answers 404 (case-exists), as one never opened.')
  async getCase(
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @CurrentActor() reader: Actor,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CaseView> {
    const { view, revision } = await this.queries.execute(new GetJointOfficeCase(caseId, reader));
    setRevision(response, revision);
    return view;
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
