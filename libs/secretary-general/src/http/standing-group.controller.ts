import { BadRequestException, Body, Controller, Get, Headers, Param, ParseUUIDPipe, Post, Query, Res, UseGuards } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { Response } from 'express';
import { ApiRefusals, expectedRevisionFrom, setRevision } from '@rtop/http';
import { AuthenticatedActorGuard, CurrentActor, ReadPolicy } from '@rtop/identity';
import { Actor } from '@rtop/kernel';
import { ExecuteSecretaryGeneralCommand } from '../application/secretary-general-command.handler';
import { SecretaryGeneralCommand } from '../case/secretary-general-case';
import { OverdueMeeting } from '../case/standing-group';
import { GetOverdueMeetings } from '../read/get-overdue-meetings.handler';
import { GetStandingGroup } from '../read/get-standing-group.handler';
import { SECRETARY_GENERAL_READ_POLICY } from '../read/secretary-general-read-access';
import { IDEMPOTENCY_KEY, IF_MATCH, newId } from './command-headers';
import { ConveneStandingGroupDto, HoldStandingGroupMeetingDto, TableOptionDto } from './standing-group.dto';
import { OverdueMeetingView, StandingGroupView } from './secretary-general-views';

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
  @ApiOperation({
    summary: 'Convene the standing inter-agency group',
    description:
      'Secretary-General only, once per case, and only on a recorded finding that the situation is at the verge of manifest failure. Members are drawn from DPA, DPKO, OCHA, OHCHR, UNDP, UNHCR, UNICEF and others (the Joint Office).',
  })
  @ApiHeader(IF_MATCH)
  @ApiHeader(IDEMPOTENCY_KEY)
  @ApiCreatedResponse({ description: 'standing-group-convened, with its members and meeting cadence.' })
  @ApiRefusals(400, 401, 403, 409, 422)
  convene(
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @Body() dto: ConveneStandingGroupDto,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) response: Response,
    @Headers('if-match') ifMatch?: string,
    @Headers('idempotency-key') idempotencyKey?: string,
  ) {
    return this.execute(caseId, { type: 'convene-standing-group', ...dto, actor, at: new Date() }, response, ifMatch, idempotencyKey);
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
  @ApiOperation({ summary: 'Record a meeting of the group, held now', description: 'Secretary-General only, as the group’s convener.' })
  @ApiHeader(IF_MATCH)
  @ApiHeader(IDEMPOTENCY_KEY)
  @ApiCreatedResponse({ description: 'standing-group-meeting-held; the next meeting is due one cadence from now.' })
  @ApiRefusals(400, 401, 403, 409)
  holdMeeting(
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @Body() dto: HoldStandingGroupMeetingDto,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) response: Response,
    @Headers('if-match') ifMatch?: string,
    @Headers('idempotency-key') idempotencyKey?: string,
  ) {
    const meetingId = newId(actor, `standing-group-meeting|${caseId}`, idempotencyKey);
    return this.execute(caseId, { type: 'hold-standing-group-meeting', meetingId, ...dto, actor, at: new Date() }, response, ifMatch, idempotencyKey);
  }

  @Post('options')
  @ApiOperation({
    summary: 'Table a policy option under pillar II or III',
    description:
      'A member of the group only; the acting department is the proposer. The option answers an assessment exactly as the Secretary-General received it: the group never filters the assessment (422 standing-group-never-filters-the-assessment).',
  })
  @ApiHeader(IF_MATCH)
  @ApiHeader(IDEMPOTENCY_KEY)
  @ApiCreatedResponse({ description: 'option-tabled.' })
  @ApiRefusals(400, 401, 403, 404, 409, 422)
  tableOption(
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @Body() dto: TableOptionDto,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) response: Response,
    @Headers('if-match') ifMatch?: string,
    @Headers('idempotency-key') idempotencyKey?: string,
  ) {
    const optionId = newId(actor, `standing-group-option|${caseId}`, idempotencyKey);
    return this.execute(caseId, { type: 'table-option', optionId, ...dto, actor, at: new Date() }, response, ifMatch, idempotencyKey);
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
    const now = asOf === undefined ? new Date() : new Date(asOf);
    if (Number.isNaN(now.getTime())) throw new BadRequestException(`asOf must be an ISO 8601 instant, not ${asOf}`);
    const { view, revision } = await this.queries.execute(new GetOverdueMeetings(caseId, reader, now));
    setRevision(response, revision);
    return view;
  }

  @Post('overdue-meetings')
  @ApiOperation({
    summary: 'Record every missed meeting interval as of now',
    description: 'Secretary-General only. Each missed interval is recorded once (standing-group-meeting-overdue); checking again records nothing new.',
  })
  @ApiHeader(IF_MATCH)
  @ApiHeader(IDEMPOTENCY_KEY)
  @ApiCreatedResponse({ description: 'The intervals recorded as missed by this check; empty when none.' })
  @ApiRefusals(400, 401, 403, 409)
  async detectOverdue(
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) response: Response,
    @Headers('if-match') ifMatch?: string,
    @Headers('idempotency-key') idempotencyKey?: string,
  ) {
    const outcome = await this.commands.execute(
      new ExecuteSecretaryGeneralCommand(caseId, { type: 'detect-overdue-meeting', actor, at: new Date() }, { expectedRevision: expectedRevisionFrom(ifMatch), idempotencyKey }),
    );
    setRevision(response, outcome.revision);
    return { caseId, overdue: outcome.events.map((e) => e.data), revision: outcome.revision.toString() };
  }

  private async execute(caseId: string, command: SecretaryGeneralCommand, response: Response, ifMatch?: string, idempotencyKey?: string) {
    const outcome = await this.commands.execute(
      new ExecuteSecretaryGeneralCommand(caseId, command, { expectedRevision: expectedRevisionFrom(ifMatch), idempotencyKey }),
    );
    setRevision(response, outcome.revision);
    return { caseId, ...outcome.events[0]?.data, revision: outcome.revision.toString() };
  }
}
