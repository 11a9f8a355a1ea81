import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query, Res, UseGuards } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { Response } from 'express';
import { ExecuteOnStream } from '@rtop/commands';
import {
  ApiCommandHeaders,
  ApiRefusals,
  ApiRequestExample,
  CommandContext,
  EXAMPLE_REFS,
  instantParameter,
  newIdFor,
  occurredAtFrom,
  setRevision,
} from '@rtop/http';
import { AuthenticatedActorGuard, CurrentActor, ReadPolicy } from '@rtop/identity';
import { Actor } from '@rtop/kernel';
import { SECRETARY_GENERAL_CASE, SecretaryGeneralCaseCommand } from '../application/secretary-general-case-stream';
import { OverdueMeeting } from '../case/standing-group';
import { GetOverdueMeetings } from '../read/get-overdue-meetings.handler';
import { GetStandingGroup } from '../read/get-standing-group.handler';
import { SECRETARY_GENERAL_READ_POLICY } from '../read/secretary-general-read-access';
import { ConveneStandingGroupDto, HoldStandingGroupMeetingDto, TableOptionDto } from './standing-group.dto';
import { OverdueMeetingView, StandingGroupView } from '../read/secretary-general-views';

@ApiTags('Standing inter-agency group')
@ApiBearerAuth()
@UseGuards(AuthenticatedActorGuard)
@Controller('secretary-general/cases/:caseId/standing-group')
export class StandingGroupController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post()
  @ApiRequestExample(ConveneStandingGroupDto, 'Kenya, 1 February 2008 (illustrative date): the standing group convened', {
    findingId: EXAMPLE_REFS.findingId,
    members: ['un-dpa', 'un-ocha', 'un-ohchr', 'un-undp', 'un-unhcr', 'un-unicef', 'un-joint-office'],
    meetingCadenceDays: 7,
    occurredAt: '2008-02-01T15:00:00Z',
  })
  @ApiOperation({
    summary: 'Convene the standing inter-agency group',
    description:
      'Secretary-General only, once per case, and only on a recorded finding that the situation is at the verge of manifest failure. Members are drawn from DPA, DPKO, OCHA, OHCHR, UNDP, UNHCR, UNICEF and others (the Joint Office).',
  })
  @ApiCommandHeaders()
  @ApiCreatedResponse({ description: 'standing-group-convened, with its members and meeting cadence.' })
  @ApiRefusals(400, 401, 403, 409, 422)
  convene(@Param('caseId', ParseUUIDPipe) caseId: string, @Body() dto: ConveneStandingGroupDto, @CommandContext() request: CommandContext) {
    return this.execute(
      {
        type: 'convene-standing-group',
        caseId,
        findingId: dto.findingId,
        members: dto.members,
        meetingCadenceDays: dto.meetingCadenceDays,
        actor: request.actor,
        at: request.at,
        ...occurredAtFrom(dto),
      },
      request,
    );
  }

  @Get()
  @ApiOperation({ summary: 'The group: members, meetings, the options tabled by pillar, and meetings overdue now' })
  @ApiOkResponse({ type: StandingGroupView })
  @ApiRefusals(400, 401, 404)
  @ReadPolicy(SECRETARY_GENERAL_READ_POLICY)
  async getGroup(
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @CurrentActor() reader: Actor,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StandingGroupView> {
    const { view, revision } = await this.queries.execute(new GetStandingGroup(caseId, reader, new Date()));
    setRevision(response, revision);
    return view;
  }

  @Post('meetings')
  @ApiRequestExample(HoldStandingGroupMeetingDto, 'Kenya, 4 February 2008 (illustrative date): the group meets', {
    attendees: ['un-dpa', 'un-ocha', 'un-ohchr', 'un-undp', 'un-unhcr', 'un-unicef', 'un-joint-office'],
    occurredAt: '2008-02-04T14:00:00Z',
  })
  @ApiOperation({
    summary: 'Record a meeting of the group, held now or at occurredAt',
    description:
      'Secretary-General only, as the group’s convener. A meeting stated to have been held before the group was convened is refused with 422 (occurred-before-convened).',
  })
  @ApiCommandHeaders()
  @ApiCreatedResponse({ description: 'standing-group-meeting-held; the next meeting is due one cadence after the latest meeting held.' })
  @ApiRefusals(400, 401, 403, 409, 422)
  holdMeeting(
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @Body() dto: HoldStandingGroupMeetingDto,
    @CommandContext() request: CommandContext,
  ) {
    const meetingId = newIdFor(request, `standing-group-meeting|${caseId}`);
    return this.execute(
      {
        type: 'hold-standing-group-meeting',
        caseId,
        meetingId,
        attendees: dto.attendees,
        actor: request.actor,
        at: request.at,
        ...occurredAtFrom(dto),
      },
      request,
    );
  }

  @Post('options')
  @ApiRequestExample(TableOptionDto, 'Kenya, 2008: the Department of Political Affairs tables mediation support', {
    meetingId: EXAMPLE_REFS.meetingId,
    pillar: 'II',
    coercive: false,
    description: 'Mediation support to the AU Panel: experts, logistics and a secretariat in Nairobi',
    assessmentId: EXAMPLE_REFS.assessmentId,
    assessmentDigest: EXAMPLE_REFS.contentDigest,
  })
  @ApiOperation({
    summary: 'Table a policy option under pillar II or III',
    description:
      'A member of the group only; the acting department is the proposer. The option answers an assessment exactly as the Secretary-General received it: the group never filters the assessment (422 standing-group-never-filters-the-assessment).',
  })
  @ApiCommandHeaders()
  @ApiCreatedResponse({ description: 'option-tabled.' })
  @ApiRefusals(400, 401, 403, 404, 409, 422)
  tableOption(@Param('caseId', ParseUUIDPipe) caseId: string, @Body() dto: TableOptionDto, @CommandContext() request: CommandContext) {
    const optionId = newIdFor(request, `standing-group-option|${caseId}`);
    const { meetingId, pillar, description, coercive, assessmentId, assessmentDigest, assessmentContent } = dto;
    const command = {
      type: 'table-option',
      caseId,
      optionId,
      meetingId,
      pillar,
      description,
      coercive,
      assessmentId,
      assessmentDigest,
      assessmentContent,
      actor: request.actor,
      at: request.at,
    } as const;
    return this.execute(command, request);
  }

  @Get('overdue-meetings')
  @ApiOperation({ summary: 'Meetings missed as of a moment and not yet recorded as overdue (a query: nothing is written)' })
  @ApiQuery({ name: 'asOf', required: false, description: 'ISO 8601 instant; now when absent.' })
  @ApiOkResponse({ type: [OverdueMeetingView] })
  @ApiRefusals(400, 401, 404)
  @ReadPolicy(SECRETARY_GENERAL_READ_POLICY)
  async overdueMeetings(
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @CurrentActor() reader: Actor,
    @Res({ passthrough: true }) response: Response,
    @Query('asOf') asOf?: string,
  ): Promise<OverdueMeeting[]> {
    const now = instantParameter('asOf', asOf) ?? new Date();
    const { view, revision } = await this.queries.execute(new GetOverdueMeetings(caseId, reader, now));
    setRevision(response, revision);
    return view;
  }

  @Post('overdue-meetings')
  @ApiOperation({
    summary: 'Record every missed meeting interval as of now',
    description:
      'Secretary-General only. Each missed interval is recorded once (standing-group-meeting-overdue); checking again records nothing new.',
  })
  @ApiCommandHeaders()
  @ApiCreatedResponse({ description: 'The intervals recorded as missed by this check; empty when none.' })
  @ApiRefusals(400, 401, 403, 409)
  async detectOverdue(@Param('caseId', ParseUUIDPipe) caseId: string, @CommandContext() request: CommandContext) {
    const outcome = await this.commands.execute(
      new ExecuteOnStream(
        SECRETARY_GENERAL_CASE,
        { type: 'detect-overdue-meeting', caseId, actor: request.actor, at: request.at },
        request,
      ),
    );
    return { caseId, overdue: outcome.events.map((e) => e.data), revision: outcome.revision.toString() };
  }

  private async execute(command: SecretaryGeneralCaseCommand, request: CommandContext) {
    const outcome = await this.commands.execute(new ExecuteOnStream(SECRETARY_GENERAL_CASE, command, request));
    return { caseId: command.caseId, ...outcome.events[0]?.data, revision: outcome.revision.toString() };
  }
}
