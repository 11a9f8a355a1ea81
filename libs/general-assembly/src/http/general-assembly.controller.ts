import { Body, Controller, Get, Inject, Param, ParseUUIDPipe, Post, Res, UseGuards } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Response } from 'express';
import { ExecuteOnStream } from '@rtop/commands';
import {
  ApiCommandHeaders,
  ApiRefusals,
  ApiRequestExample,
  CommandContext,
  newIdFor,
  OccurredAtDto,
  occurredAtFrom,
  setRevision,
} from '@rtop/http';
import { AuthenticatedActorGuard, CurrentActor, ReadPolicy } from '@rtop/identity';
import { Actor, CommandOutcome } from '@rtop/kernel';
import { GENERAL_ASSEMBLY_CONFIG, GeneralAssemblyConfig } from '../application/general-assembly.config';
import { GENERAL_ASSEMBLY_CASE, GeneralAssemblyCaseCommand } from '../application/general-assembly-case-stream';
import { GeneralAssemblyFileEvent } from '../case/general-assembly-case';
import { GetAssemblyCase } from '../read/get-assembly-case.handler';
import { GetOverdueVetoDebates } from '../read/get-overdue-veto-debates.handler';
import { GeneralAssemblyCaseView, VetoDebateView } from '../read/general-assembly-view';
import { RecordAssemblyVoteDto } from './record-vote.dto';
import { TableDraftResolutionDto } from './table-draft-resolution.dto';
import { AssemblyTakeUpDto } from './take-up-situation.dto';

const READERS =
  'The General Assembly and auditors: the Assembly’s own record of the case. Any other body gets 404 (case-exists), the answer for a case that is not before the Assembly.';

@ApiTags('General Assembly: agenda, resolutions, emergency special sessions, veto debates')
@ApiBearerAuth()
@UseGuards(AuthenticatedActorGuard)
@Controller('general-assembly/cases/:caseId')
export class GeneralAssemblyController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
    @Inject(GENERAL_ASSEMBLY_CONFIG) private readonly config: GeneralAssemblyConfig,
  ) {}

  @Get()
  @ApiOperation({
    summary: 'The case as it stands before the Assembly',
    description: 'Assessments on the agenda, draft resolutions and their votes, the emergency special session, and the veto debates owed.',
  })
  @ApiOkResponse({ type: GeneralAssemblyCaseView })
  @ApiRefusals(400, 401, 404)
  @ReadPolicy(READERS)
  async getCase(
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @CurrentActor() reader: Actor,
    @Res({ passthrough: true }) response: Response,
  ): Promise<GeneralAssemblyCaseView> {
    const { view, revision } = await this.queries.execute(new GetAssemblyCase(caseId, reader, new Date()));
    setRevision(response, revision);
    return view;
  }

  @Get('veto-debates/overdue')
  @ApiOperation({
    summary: 'Veto debates overdue',
    description:
      'Debates owed under res. 76/262 whose ten working days have passed, neither held nor met by an emergency special session on the situation.',
  })
  @ApiOkResponse({ type: [VetoDebateView] })
  @ApiRefusals(400, 401, 404)
  @ReadPolicy(READERS)
  async overdueVetoDebates(
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @CurrentActor() reader: Actor,
    @Res({ passthrough: true }) response: Response,
  ): Promise<VetoDebateView[]> {
    const { view, revision } = await this.queries.execute(new GetOverdueVetoDebates(caseId, reader, new Date()));
    setRevision(response, revision);
    return view;
  }

  @Post('take-up')
  @ApiRequestExample(AssemblyTakeUpDto, 'Illustrative: the Assembly takes up Kenya', {
    reason: 'Placed on the agenda at the request of a Member State (Art. 11(2))',
  })
  @ApiOperation({
    summary: 'Take up a situation of the Assembly’s own initiative (Charter Arts. 10–14)',
    description:
      'The case is then before the Assembly, beside a transmission, a Council veto or request, or a members’ request. The case must be one the Joint Office opened; ' +
      'any other answers 404 (case-exists). Taken up once (409 situation-taken-up-once). The General Assembly only.',
  })
  @ApiCommandHeaders()
  @ApiCreatedResponse({ description: 'situation-taken-up: the case is before the Assembly.' })
  @ApiRefusals(400, 401, 403, 404, 409)
  async takeUp(@Param('caseId', ParseUUIDPipe) caseId: string, @Body() dto: AssemblyTakeUpDto, @CommandContext() request: CommandContext) {
    const outcome = await this.execute(
      { type: 'take-up-situation', caseId, reason: dto.reason, actor: request.actor, at: request.at },
      request,
    );
    return { caseId, revision: outcome.revision.toString() };
  }

  @Post('resolutions')
  @ApiRequestExample(TableDraftResolutionDto, 'Illustrative: an Assembly draft on Kenya', {
    title: 'The situation in Kenya (illustrative draft)',
    text: 'Calls on all parties to end the violence and supports the mediation of the AU Panel of Eminent African Personalities.',
    importantQuestion: false,
    peaceAndSecurityRecommendation: false,
  })
  @ApiOperation({
    summary: 'Table a draft resolution',
    description:
      'On a case before the Assembly. The voting rules in force (the Art. 19 arrears list, its exemptions, whether abstentions count as voting) are ' +
      'deployment configuration, not verified facts, and are fixed for this draft when it is tabled. The General Assembly only.',
  })
  @ApiCommandHeaders()
  @ApiCreatedResponse({ description: 'The draft is tabled and open for voting.' })
  @ApiRefusals(400, 401, 403, 404, 409, 422)
  async tableDraftResolution(
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @Body() dto: TableDraftResolutionDto,
    @CommandContext() request: CommandContext,
  ) {
    const resolutionId = newIdFor(request, `resolution|${caseId}`);
    const outcome = await this.execute(
      {
        type: 'table-draft-resolution',
        caseId,
        resolutionId,
        title: dto.title,
        text: dto.text,
        importantQuestion: dto.importantQuestion,
        peaceAndSecurityRecommendation: dto.peaceAndSecurityRecommendation,
        votingRules: this.config.votingRules,
        actor: request.actor,
        at: request.at,
        ...occurredAtFrom(dto),
      },
      request,
    );
    return { caseId, resolutionId, revision: outcome.revision.toString() };
  }

  @Post('resolutions/:resolutionId/votes')
  @ApiRequestExample(RecordAssemblyVoteDto, 'Illustrative: Ghana votes for the Assembly draft', {
    memberState: 'member-state:GHA',
    vote: 'yes',
  })
  @ApiOperation({
    summary: 'Record a member state’s vote',
    description: 'Yes, no or abstain, once per member; a member in Art. 19 arrears has no vote unless exempted. The General Assembly only.',
  })
  @ApiCommandHeaders()
  @ApiCreatedResponse({ description: 'The vote is recorded.' })
  @ApiRefusals(400, 401, 403, 404, 409, 422)
  async recordVote(
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @Param('resolutionId') resolutionId: string,
    @Body() dto: RecordAssemblyVoteDto,
    @CommandContext() request: CommandContext,
  ) {
    const outcome = await this.execute(
      {
        type: 'record-vote',
        caseId,
        resolutionId,
        memberState: dto.memberState,
        vote: dto.vote,
        actor: request.actor,
        at: request.at,
        ...occurredAtFrom(dto),
      },
      request,
    );
    return { caseId, resolutionId, memberState: dto.memberState, vote: dto.vote, revision: outcome.revision.toString() };
  }

  @Post('resolutions/:resolutionId/close')
  @ApiRequestExample(OccurredAtDto, 'The vote closed now', {})
  @ApiOperation({
    summary: 'Close the vote',
    description:
      'Counts the votes recorded: two-thirds of the members present and voting on an important question, otherwise a simple majority of them ' +
      '(Art. 18); the outcome, adopted or rejected, is counted, never asserted. The General Assembly only.',
  })
  @ApiCommandHeaders()
  @ApiCreatedResponse({ description: 'The draft is adopted or rejected, with the counts.' })
  @ApiRefusals(400, 401, 403, 404, 409, 422)
  async closeVoting(
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @Param('resolutionId') resolutionId: string,
    @Body() dto: OccurredAtDto,
    @CommandContext() request: CommandContext,
  ) {
    const outcome = await this.execute(
      { type: 'close-voting', caseId, resolutionId, actor: request.actor, at: request.at, ...occurredAtFrom(dto) },
      request,
    );
    const [closed] = outcome.events;
    return {
      caseId,
      resolutionId,
      outcome: closed.type === 'resolution-adopted' ? 'adopted' : 'rejected',
      ...closed.data,
      revision: outcome.revision.toString(),
    };
  }

  @Post('emergency-special-session-requests')
  @ApiOperation({
    summary: 'Request an emergency special session (Uniting for Peace) as a member state',
    description:
      'The requesting member state’s own concurrence counts. The request is valid once a majority of the membership concurs ' +
      '(membership is deployment configuration, RTOP_GA_MEMBERSHIP, default 193); the session is then due within 24 hours. ' +
      'A member state acting on its own behalf only; a Council request arrives from the Council’s event log.',
  })
  @ApiCommandHeaders()
  @ApiCreatedResponse({ description: 'The request is open for concurrences.' })
  @ApiRefusals(400, 401, 403, 409)
  async requestEmergencySpecialSession(@Param('caseId', ParseUUIDPipe) caseId: string, @CommandContext() request: CommandContext) {
    const requestId = newIdFor(request, `session-request|${caseId}`);
    const outcome = await this.execute(
      {
        type: 'request-emergency-special-session',
        caseId,
        requestId,
        membership: this.config.membership,
        actor: request.actor,
        at: request.at,
      },
      request,
    );
    return { caseId, requestId, ...dueFrom(outcome.events), revision: outcome.revision.toString() };
  }

  @Post('emergency-special-session-requests/:requestId/concurrences')
  @ApiOperation({
    summary: 'Concur in a members’ request for an emergency special session',
    description:
      'Once per member state, on its own behalf; the concurrence that makes a majority of the membership makes the session due within 24 hours.',
  })
  @ApiCommandHeaders()
  @ApiCreatedResponse({ description: 'The concurrence is recorded; `dueBy` is set when it completed a majority.' })
  @ApiRefusals(400, 401, 403, 404, 409)
  async concurInSessionRequest(
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @Param('requestId') requestId: string,
    @CommandContext() request: CommandContext,
  ) {
    const outcome = await this.execute(
      { type: 'concur-in-session-request', caseId, requestId, actor: request.actor, at: request.at },
      request,
    );
    return { caseId, requestId, memberState: request.actor.body, ...dueFrom(outcome.events), revision: outcome.revision.toString() };
  }

  @Post('emergency-special-sessions')
  @ApiOperation({
    summary: 'Convene the emergency special session',
    description:
      'Only on a valid request: from the Security Council by a procedural vote of nine members, or from a majority of the members. ' +
      'Convened after its 24 hours it still sits, and the missed deadline is recorded. Veto debates not yet due are met by the session (res. 76/262). ' +
      'The General Assembly only.',
  })
  @ApiCommandHeaders()
  @ApiCreatedResponse({ description: 'The session is open.' })
  @ApiRefusals(400, 401, 403, 409, 422)
  async conveneEmergencySpecialSession(@Param('caseId', ParseUUIDPipe) caseId: string, @CommandContext() request: CommandContext) {
    const sessionId = newIdFor(request, `session|${caseId}`);
    const outcome = await this.execute(
      { type: 'convene-emergency-special-session', caseId, sessionId, actor: request.actor, at: request.at },
      request,
    );
    return {
      caseId,
      sessionId,
      convenedLate: outcome.events.some((e) => e.type === 'emergency-special-session-convened-late'),
      vetoDebatesMet: outcome.events.flatMap((e) => (e.type === 'veto-debate-superseded' ? [e.data.draftId] : [])),
      revision: outcome.revision.toString(),
    };
  }

  @Post('emergency-special-sessions/:sessionId/close')
  @ApiOperation({ summary: 'Close the emergency special session', description: 'The General Assembly only.' })
  @ApiCommandHeaders()
  @ApiCreatedResponse({ description: 'The session is closed.' })
  @ApiRefusals(400, 401, 403, 404, 409)
  async closeEmergencySpecialSession(
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @Param('sessionId') sessionId: string,
    @CommandContext() request: CommandContext,
  ) {
    const outcome = await this.execute(
      { type: 'close-emergency-special-session', caseId, sessionId, actor: request.actor, at: request.at },
      request,
    );
    return { caseId, sessionId, revision: outcome.revision.toString() };
  }

  @Post('veto-debates/:draftId/held')
  @ApiRequestExample(OccurredAtDto, 'FICTIONAL: the veto debate held now', {})
  @ApiOperation({
    summary: 'Record the veto debate as held',
    description:
      'The formal meeting res. 76/262 asks for after a veto of the Council draft named; once per veto, held at occurredAt (now when absent) and not before the veto (422 occurred-before-veto). The General Assembly only.',
  })
  @ApiCommandHeaders()
  @ApiCreatedResponse({ description: 'The debate is recorded as held; its due date stays on record.' })
  @ApiRefusals(400, 401, 403, 404, 409, 422)
  async holdVetoDebate(
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @Param('draftId') draftId: string,
    @Body() dto: OccurredAtDto,
    @CommandContext() request: CommandContext,
  ) {
    const outcome = await this.execute(
      { type: 'hold-veto-debate', caseId, draftId, actor: request.actor, at: request.at, ...occurredAtFrom(dto) },
      request,
    );
    const held = outcome.events.at(0);
    return {
      caseId,
      draftId,
      heldAt: held?.type === 'veto-debate-held' ? held.data.heldAt : undefined,
      revision: outcome.revision.toString(),
    };
  }

  private execute(command: GeneralAssemblyCaseCommand, request: CommandContext): Promise<CommandOutcome<GeneralAssemblyFileEvent>> {
    return this.commands.execute(new ExecuteOnStream(GENERAL_ASSEMBLY_CASE, command, request));
  }
}

/** The convening deadline, when the command made the request valid. */
function dueFrom(events: readonly GeneralAssemblyFileEvent[]): { dueBy?: string } {
  const due = events.find((e) => e.type === 'emergency-special-session-due');
  return due ? { dueBy: due.data.dueBy } : {};
}
