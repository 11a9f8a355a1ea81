import { randomUUID } from 'node:crypto';
import { Body, Controller, Get, Headers, Param, ParseUUIDPipe, Post, Res, UseGuards } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { Response } from 'express';
import { ApiRefusals, expectedRevisionFrom, setRevision } from '@rtop/http';
import { AuthenticatedActorGuard, CurrentActor, ReadPolicy } from '@rtop/identity';
import { Actor, deterministicUuid } from '@rtop/kernel';
import { ExecuteMemberStatesCommand } from '../application/member-states-command.handler';
import { MemberStatesCommand } from '../case/member-states-case';
import { ConsentToAssistanceDto, RequestAssistanceDto, WithdrawConsentDto } from './assistance.dto';
import { GetMemberState } from '../read/get-member-state.handler';
import { GetMemberStatesCase } from '../read/get-member-states-case.handler';
import { MemberStateView, MemberStatesCaseView } from './member-state-view';
import { PostureChangeDto } from './posture-change.dto';

const IF_MATCH = { name: 'If-Match', required: false, description: 'The revision last read (its ETag); a concurrent change then answers 409.' };
const IDEMPOTENCY_KEY = {
  name: 'Idempotency-Key',
  required: false,
  description: 'Send the same key again to retry safely: the first outcome is returned and nothing is written twice.',
};
const STATE = { name: 'state', example: 'KEN', description: 'The member state, by its ISO 3166-1 alpha-3 code; anything else answers 400.' };

/** A new identifier, or the same one when a retried request carries the same idempotency key. */
const newId = (actor: Actor, what: string, key?: string) => (key ? deterministicUuid(`${actor.body}|${what}|${key}`) : randomUUID());

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
  @ApiOperation({ summary: 'Every member state’s record on the case', description: 'Read from the case-states model, so a change just made may take a moment to show.' })
  @ApiOkResponse({ type: MemberStatesCaseView, description: 'Every member state with anything recorded on the case.' })
  @ApiRefusals(401, 404)
  @ReadPolicy('Secretary-General, the standing group (DPA, DPKO, OCHA, OHCHR, UNDP, UNHCR, UNICEF), auditors: every state’s posture on the case. To any other reader the case answers 404 (case-exists).')
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
  @ApiOkResponse({ type: MemberStateView, description: 'The state’s declared and assessed postures as two histories, its requests and its consents.' })
  @ApiRefusals(401, 404)
  @ReadPolicy('That state (member-state:<ISO3>), the Secretary-General, the standing group, auditors. To any other reader, another state included, it answers 404 (case-exists).')
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
  @ApiParam(STATE)
  @ApiHeader(IF_MATCH)
  @ApiHeader(IDEMPOTENCY_KEY)
  @ApiCreatedResponse({ description: 'The state’s own posture changed, with its reasons. Only the state itself (`member-state:<ISO3>`) may declare it.' })
  @ApiRefusals(400, 401, 403, 409)
  declarePosture(
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @Param('state') state: string,
    @Body() dto: PostureChangeDto,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) response: Response,
    @Headers('if-match') ifMatch?: string,
    @Headers('idempotency-key') idempotencyKey?: string,
  ) {
    return this.execute({ type: 'declare-posture', caseId, state, ...dto, actor, at: new Date() }, response, ifMatch, idempotencyKey);
  }

  @Post('states/:state/assessed-postures')
  @ApiParam(STATE)
  @ApiHeader(IF_MATCH)
  @ApiHeader(IDEMPOTENCY_KEY)
  @ApiCreatedResponse({
    description: 'The Joint Office’s or the Secretary-General’s reading of the state’s posture, kept apart from what the state declares.',
  })
  @ApiRefusals(400, 401, 403, 409)
  assessPosture(
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @Param('state') state: string,
    @Body() dto: PostureChangeDto,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) response: Response,
    @Headers('if-match') ifMatch?: string,
    @Headers('idempotency-key') idempotencyKey?: string,
  ) {
    return this.execute({ type: 'assess-posture', caseId, state, ...dto, actor, at: new Date() }, response, ifMatch, idempotencyKey);
  }

  @Post('states/:state/assistance-requests')
  @ApiParam(STATE)
  @ApiHeader(IF_MATCH)
  @ApiHeader(IDEMPOTENCY_KEY)
  @ApiCreatedResponse({ description: 'The state’s request for assistance (pillar II) is recorded; only the state itself may make it.' })
  @ApiRefusals(400, 401, 403, 409)
  async requestAssistance(
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @Param('state') state: string,
    @Body() dto: RequestAssistanceDto,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) response: Response,
    @Headers('if-match') ifMatch?: string,
    @Headers('idempotency-key') idempotencyKey?: string,
  ) {
    const requestId = newId(actor, `assistance-request|${caseId}`, idempotencyKey);
    const outcome = await this.execute({ type: 'request-assistance', caseId, state, requestId, ...dto, actor, at: new Date() }, response, ifMatch, idempotencyKey);
    return { requestId, ...outcome };
  }

  @Post('states/:state/assistance-consents')
  @ApiParam(STATE)
  @ApiHeader(IF_MATCH)
  @ApiHeader(IDEMPOTENCY_KEY)
  @ApiCreatedResponse({ description: 'The state consents to assistance another body offers (pillar II); only the state itself may consent.' })
  @ApiRefusals(400, 401, 403, 404, 409)
  async consentToAssistance(
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @Param('state') state: string,
    @Body() dto: ConsentToAssistanceDto,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) response: Response,
    @Headers('if-match') ifMatch?: string,
    @Headers('idempotency-key') idempotencyKey?: string,
  ) {
    const consentId = newId(actor, `assistance-consent|${caseId}`, idempotencyKey);
    const outcome = await this.execute(
      { type: 'consent-to-assistance', caseId, state, consentId, ...dto, requestId: dto.requestId ?? null, actor, at: new Date() },
      response,
      ifMatch,
      idempotencyKey,
    );
    return { consentId, ...outcome };
  }

  @Post('states/:state/assistance-consents/:consentId/withdrawal')
  @ApiParam(STATE)
  @ApiHeader(IF_MATCH)
  @ApiHeader(IDEMPOTENCY_KEY)
  @ApiCreatedResponse({ description: 'The state withdraws its consent; the consent once given stays on the record, marked withdrawn.' })
  @ApiRefusals(400, 401, 403, 404, 409)
  withdrawConsent(
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @Param('state') state: string,
    @Param('consentId', ParseUUIDPipe) consentId: string,
    @Body() dto: WithdrawConsentDto,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) response: Response,
    @Headers('if-match') ifMatch?: string,
    @Headers('idempotency-key') idempotencyKey?: string,
  ) {
    return this.execute({ type: 'withdraw-consent', caseId, state, consentId, ...dto, actor, at: new Date() }, response, ifMatch, idempotencyKey);
  }

  private async execute(command: MemberStatesCommand, response: Response, ifMatch?: string, idempotencyKey?: string) {
    const outcome = await this.commands.execute(
      new ExecuteMemberStatesCommand(command, { expectedRevision: expectedRevisionFrom(ifMatch), idempotencyKey }),
    );
    setRevision(response, outcome.revision);
    return { caseId: command.caseId, events: outcome.events, revision: outcome.revision.toString() };
  }
}
