import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Res, UseGuards } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { Response } from 'express';
import { ExecuteOnStream } from '@rtop/commands';
import { ApiCommandHeaders, ApiRefusals, ApiRequestExample, CommandContext, newIdFor, occurredAtFrom, setRevision } from '@rtop/http';
import { AuthenticatedActorGuard, CurrentActor, ReadPolicy } from '@rtop/identity';
import { Actor } from '@rtop/kernel';
import { MEMBER_STATES_CASE } from '../application/member-states-case-stream';
import { MemberStatesCommand } from '../case/member-states-case';
import { ConsentToAssistanceDto, RequestAssistanceDto, WithdrawConsentDto } from './assistance.dto';
import { GetMemberState } from '../read/get-member-state.handler';
import { GetMemberStatesCase } from '../read/get-member-states-case.handler';
import { MemberStateView, MemberStatesCaseView } from '../read/member-state-view';
import { DeclarePostureDto, PostureChangeDto } from './posture-change.dto';

const STATE = {
  name: 'state',
  example: 'KEN',
  description: 'The member state, by its ISO 3166-1 alpha-3 code; anything else answers 400.',
};

@ApiTags('Member states: posture, requests for and consent to assistance')
@ApiBearerAuth()
@UseGuards(AuthenticatedActorGuard)
@Controller('member-states/cases/:caseId')
export class MemberStatesController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Get()
  @ApiOperation({
    summary: 'Every member state’s record on the case',
    description: 'Read from the case-states model, so a change just made may take a moment to show.',
  })
  @ApiOkResponse({ type: MemberStatesCaseView, description: 'Every member state with anything recorded on the case.' })
  @ApiRefusals(401, 404)
  @ReadPolicy(
    'Secretary-General, the standing group (DPA, DPKO, OCHA, OHCHR, UNDP, UNHCR, UNICEF), auditors: every state’s posture on the case. To any other reader the case answers 404 (case-exists).',
  )
  async memberStates(
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @CurrentActor() reader: Actor,
    @Res({ passthrough: true }) response: Response,
  ): Promise<MemberStatesCaseView> {
    const { view, revision } = await this.queries.execute(new GetMemberStatesCase(caseId, reader));
    setRevision(response, revision);
    return view;
  }

  @Get('states/:state')
  @ApiParam(STATE)
  @ApiOkResponse({
    type: MemberStateView,
    description: 'The state’s declared and assessed postures as two histories, its requests and its consents.',
  })
  @ApiRefusals(401, 404)
  @ReadPolicy(
    'That state (member-state:<ISO3>), the Secretary-General, the standing group, auditors. To any other reader, another state included, it answers 404 (case-exists).',
  )
  async memberState(
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @Param('state') code: string,
    @CurrentActor() reader: Actor,
    @Res({ passthrough: true }) response: Response,
  ): Promise<MemberStateView> {
    const { view, revision } = await this.queries.execute(new GetMemberState(caseId, code, reader));
    setRevision(response, revision);
    return view;
  }

  @Post('states/:state/declared-postures')
  @ApiRequestExample(DeclarePostureDto, 'Kenya, 3 January 2008 (illustrative date): the Government’s posture', {
    posture: 'willing-and-able',
    reasons: ['The Government states that the security forces are restoring order'],
    occurredAt: '2008-01-03T12:00:00Z',
  })
  @ApiParam(STATE)
  @ApiCommandHeaders()
  @ApiCreatedResponse({
    description: 'The state’s own posture changed, with its reasons. Only the state itself (`member-state:<ISO3>`) may declare it.',
  })
  @ApiRefusals(400, 401, 403, 409, 422)
  declarePosture(
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @Param('state') state: string,
    @Body() dto: DeclarePostureDto,
    @CommandContext() request: CommandContext,
  ) {
    return this.execute(
      {
        type: 'declare-posture',
        caseId,
        state,
        posture: dto.posture,
        reasons: dto.reasons,
        actor: request.actor,
        at: request.at,
        ...occurredAtFrom(dto),
      },
      request,
    );
  }

  @Post('states/:state/assessed-postures')
  @ApiRequestExample(PostureChangeDto, 'Kenya, 2008: the Joint Office reads Kenya’s posture', {
    posture: 'willing-but-unable',
    reasons: [
      'Police overwhelmed in the Rift Valley and accused of excessive force elsewhere',
      'Violence continuing a month after the election',
    ],
  })
  @ApiParam(STATE)
  @ApiCommandHeaders()
  @ApiCreatedResponse({
    description: 'The Joint Office’s or the Secretary-General’s reading of the state’s posture, kept apart from what the state declares.',
  })
  @ApiRefusals(400, 401, 403, 409)
  assessPosture(
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @Param('state') state: string,
    @Body() dto: PostureChangeDto,
    @CommandContext() request: CommandContext,
  ) {
    return this.execute(
      { type: 'assess-posture', caseId, state, posture: dto.posture, reasons: dto.reasons, actor: request.actor, at: request.at },
      request,
    );
  }

  @Post('states/:state/assistance-requests')
  @ApiRequestExample(RequestAssistanceDto, 'Illustrative: Kenya asks for help for the displaced', {
    kinds: ['humanitarian'],
    description: 'Shelter, food and protection for the families displaced into camps in Eldoret, Nakuru and Naivasha',
    occurredAt: '2008-01-05T12:00:00Z',
  })
  @ApiParam(STATE)
  @ApiCommandHeaders()
  @ApiCreatedResponse({ description: 'The state’s request for assistance (pillar II) is recorded; only the state itself may make it.' })
  @ApiRefusals(400, 401, 403, 409)
  async requestAssistance(
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @Param('state') state: string,
    @Body() dto: RequestAssistanceDto,
    @CommandContext() request: CommandContext,
  ) {
    const requestId = newIdFor(request, `assistance-request|${caseId}`);
    const outcome = await this.execute(
      {
        type: 'request-assistance',
        caseId,
        state,
        requestId,
        kinds: dto.kinds,
        description: dto.description,
        actor: request.actor,
        at: request.at,
        ...occurredAtFrom(dto),
      },
      request,
    );
    return { requestId, ...outcome };
  }

  @Post('states/:state/assistance-consents')
  @ApiRequestExample(ConsentToAssistanceDto, 'Kenya, 29 January 2008: consent to the AU-led mediation', {
    offeredBy: 'au-psc',
    kinds: ['mediation'],
    description: 'The Kenya National Dialogue and Reconciliation under the AU Panel of Eminent African Personalities',
    occurredAt: '2008-01-29T12:00:00Z',
  })
  @ApiParam(STATE)
  @ApiCommandHeaders()
  @ApiCreatedResponse({
    description: 'The state consents to assistance another body offers (pillar II); only the state itself may consent.',
  })
  @ApiRefusals(400, 401, 403, 404, 409, 422)
  async consentToAssistance(
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @Param('state') state: string,
    @Body() dto: ConsentToAssistanceDto,
    @CommandContext() request: CommandContext,
  ) {
    const consentId = newIdFor(request, `assistance-consent|${caseId}`);
    const outcome = await this.execute(
      {
        type: 'consent-to-assistance',
        caseId,
        state,
        consentId,
        requestId: dto.requestId ?? null,
        offeredBy: dto.offeredBy,
        kinds: dto.kinds,
        description: dto.description,
        actor: request.actor,
        at: request.at,
        ...occurredAtFrom(dto),
      },
      request,
    );
    return { consentId, ...outcome };
  }

  @Post('states/:state/assistance-consents/:consentId/withdrawal')
  @ApiRequestExample(WithdrawConsentDto, 'Illustrative: a consent withdrawn once its purpose is served', {
    reason: 'The National Dialogue concluded with the National Accord; no further mediation is needed',
  })
  @ApiParam(STATE)
  @ApiCommandHeaders()
  @ApiCreatedResponse({ description: 'The state withdraws its consent; the consent once given stays on the record, marked withdrawn.' })
  @ApiRefusals(400, 401, 403, 404, 409, 422)
  withdrawConsent(
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @Param('state') state: string,
    @Param('consentId', ParseUUIDPipe) consentId: string,
    @Body() dto: WithdrawConsentDto,
    @CommandContext() request: CommandContext,
  ) {
    return this.execute(
      {
        type: 'withdraw-consent',
        caseId,
        state,
        consentId,
        reason: dto.reason,
        actor: request.actor,
        at: request.at,
        ...occurredAtFrom(dto),
      },
      request,
    );
  }

  private async execute(command: MemberStatesCommand, request: CommandContext) {
    const outcome = await this.commands.execute(new ExecuteOnStream(MEMBER_STATES_CASE, command, request));
    return { caseId: command.caseId, events: outcome.events, revision: outcome.revision.toString() };
  }
}
