import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Res, UseGuards } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Response } from 'express';
import { ExecuteOnStream } from '@rtop/commands';
import { ApiCommandHeaders, ApiRefusals, ApiRequestExample, CommandContext, newIdFor, setRevision } from '@rtop/http';
import { AuthenticatedActorGuard, CurrentActor, ReadPolicy } from '@rtop/identity';
import { Actor } from '@rtop/kernel';
import { JOINT_OFFICE_CASE } from '../application/case-stream';
import { LESSON_RECORDING_ORGANS } from '../case/note-lesson-learned';
import { GetJointOfficeCase } from '../read/get-joint-office-case.handler';
import { CaseView } from '../read/case-view';
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
  @ApiRequestExample(OpenCaseDto, 'Kenya, 2007–08: the Joint Office opens the case', {
    situation: 'Kenya, post-election violence',
    crimes: [{ crime: 'crimes-against-humanity', incitement: true }, { crime: 'ethnic-cleansing' }],
    summary:
      'Violence between communities after the disputed presidential election of 27 December 2007: killings, burnings and mass displacement, above all in the Rift Valley, Nairobi and western Kenya.',
  })
  @ApiCommandHeaders()
  @ApiCreatedResponse({ description: 'The case is open.' })
  @ApiRefusals(400, 401, 403, 409)
  async openCase(@Body() dto: OpenCaseDto, @CommandContext() request: CommandContext) {
    const caseId = newIdFor(request, 'open-case');
    const outcome = await this.commands.execute(
      new ExecuteOnStream(
        JOINT_OFFICE_CASE,
        {
          type: 'open-case',
          caseId,
          situation: dto.situation,
          crimes: dto.crimes,
          summary: dto.summary,
          actor: request.actor,
          at: request.at,
        },
        request,
      ),
    );
    return { caseId, revision: outcome.revision.toString() };
  }

  @Get(':caseId')
  @ApiOperation({
    summary: 'The Joint Office’s case file: the case, where it stands, and how many reports, drafts, assessments and lessons it holds',
    description:
      'The parts that grow with the case are read a page at a time: `/reports`, `/assessment-drafts`, `/assessments`, `/lessons-learned`. Read from the case-files model, so a change just made may take a moment to show; the ETag is the revision read.',
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
  @ApiRequestExample(ReasonDto, 'Kenya, 2008: the National Accord is signed', {
    reason: 'National Accord signed on 28 February 2008; its implementation and the next elections to be watched',
  })
  @ApiOperation({ summary: 'Place the case under monitoring (case-placed-under-monitoring)' })
  @ApiCommandHeaders()
  @ApiCreatedResponse({ description: 'The case is watched rather than worked; reports and assessments still come in.' })
  @ApiRefusals(400, 401, 403, 404, 409)
  async placeUnderMonitoring(
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @Body() dto: ReasonDto,
    @CommandContext() request: CommandContext,
  ) {
    const command = { type: 'place-under-monitoring', caseId, reason: dto.reason, actor: request.actor, at: request.at } as const;
    const outcome = await this.commands.execute(new ExecuteOnStream(JOINT_OFFICE_CASE, command, request));
    return { caseId, revision: outcome.revision.toString() };
  }

  @Post(':caseId/closure')
  @ApiRequestExample(ReasonDto, 'Kenya, 2008: the violence has ended', {
    reason: 'Coalition government in office and the violence ended; lessons recorded',
  })
  @ApiOperation({ summary: 'Close the case (case-closed {caseId, reason}, published)' })
  @ApiCommandHeaders()
  @ApiCreatedResponse({
    description: 'The case is closed: no new reports, reviews or assessments; the record stays correctable and lessons still come in.',
  })
  @ApiRefusals(400, 401, 403, 404, 409)
  async closeCase(@Param('caseId', ParseUUIDPipe) caseId: string, @Body() dto: ReasonDto, @CommandContext() request: CommandContext) {
    const command = { type: 'close-case', caseId, reason: dto.reason, actor: request.actor, at: request.at } as const;
    const outcome = await this.commands.execute(new ExecuteOnStream(JOINT_OFFICE_CASE, command, request));
    return { caseId, revision: outcome.revision.toString() };
  }

  @Post(':caseId/lessons-learned')
  @ApiRequestExample(NoteLessonLearnedDto, 'Kenya, 2008: a lesson of the Peacebuilding Commission', {
    contributor: 'Peacebuilding Commission',
    lesson: 'The regional organisation acted before the UN: agree early who leads, and support it rather than open a parallel track.',
  })
  @ApiOperation({
    summary: 'Note a lesson learned fed back to the Joint Office (lesson-learned-noted)',
    description: `Normally fed from the other organs' lesson-recorded events; this lets ${LESSON_RECORDING_ORGANS.join(', ')} send one directly where that context does not run.`,
  })
  @ApiCommandHeaders()
  @ApiCreatedResponse({ description: 'The lesson is kept on the case, open or closed.' })
  @ApiRefusals(400, 401, 403, 404, 409)
  async noteLessonLearned(
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @Body() dto: NoteLessonLearnedDto,
    @CommandContext() request: CommandContext,
  ) {
    const lessonId = newIdFor(request, `lesson|${caseId}`);
    const { contributor, lesson } = dto;
    const command = { type: 'note-lesson-learned', caseId, lessonId, contributor, lesson, actor: request.actor, at: request.at } as const;
    const outcome = await this.commands.execute(new ExecuteOnStream(JOINT_OFFICE_CASE, command, request));
    return { caseId, lessonId, revision: outcome.revision.toString() };
  }
}
