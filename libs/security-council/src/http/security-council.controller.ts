import { Body, Controller, Get, HttpCode, Inject, Param, ParseUUIDPipe, Post, Res, UseGuards } from '@nestjs/common';
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
import { COUNCIL_CASE } from '../application/council-case-stream';
import { SECURITY_COUNCIL_CONFIG, SecurityCouncilConfig } from '../application/security-council.config';
import { CouncilCaseCommand, CouncilFileEvent } from '../case/council-case';
import { GetCouncilCase } from '../read/get-council-case.handler';
import { GetCouncilDraft } from '../read/get-council-draft.handler';
import { CouncilCaseView, CouncilDraftView } from '../read/council-case-view';
import { CouncilCommandResult } from './council-command-result';
import { CastVoteDto, ClassifyDraftDto, PutDraftToVoteDto } from './draft-votes.dto';
import { TableEmergencySpecialSessionRequestDto, TableResolutionDraftDto } from './table-draft.dto';
import { CouncilTakeUpDto } from './take-up-situation.dto';

const READERS =
  'The Security Council and auditors: the Council’s own record of the case. Any other body gets 404 (case-exists), the answer for a case that is not before the Council.';
const REMIT =
  'Only the Security Council (actor body un-security-council: its presidency or secretariat) may do this; any other body gets 403.';

@ApiTags('Security Council: agenda, drafts, votes and outcomes')
@ApiBearerAuth()
@UseGuards(AuthenticatedActorGuard)
@Controller('security-council/cases/:caseId')
export class SecurityCouncilController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
    @Inject(SECURITY_COUNCIL_CONFIG) private readonly config: SecurityCouncilConfig,
  ) {}

  @Get()
  @ApiOperation({
    summary: 'The case as the Council holds it: agenda, drafts with their votes and outcomes, open emergency special sessions.',
  })
  @ApiOkResponse({ type: CouncilCaseView })
  @ApiRefusals(401, 404)
  @ReadPolicy(READERS)
  async getCase(
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @CurrentActor() reader: Actor,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CouncilCaseView> {
    const { view, revision } = await this.queries.execute(new GetCouncilCase(caseId, reader));
    setRevision(response, revision);
    return view;
  }

  @Get('drafts/:draftId')
  @ApiOperation({ summary: 'One draft: its proposal, classification, the members that sat, the votes recorded and the outcome.' })
  @ApiOkResponse({ type: CouncilDraftView })
  @ApiRefusals(401, 404)
  @ReadPolicy(READERS)
  async getDraft(
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @Param('draftId') draftId: string,
    @CurrentActor() reader: Actor,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CouncilDraftView> {
    const { view, revision } = await this.queries.execute(new GetCouncilDraft(caseId, draftId, reader));
    setRevision(response, revision);
    return view;
  }

  @Post('take-up')
  @ApiRequestExample(CouncilTakeUpDto, 'Illustrative: the Council takes up Kenya of its own motion', {
    reason: 'A Member State brought the situation in Kenya to the Council’s attention (Art. 35)',
  })
  @ApiOperation({
    summary:
      'Take up a situation of the Council’s own motion (Charter Arts. 34–35): the case goes on its agenda with no assessment or Art. 99 notification placed before it.',
    description: `${REMIT} The case must be one the Joint Office opened; any other answers 404 (case-exists). Taken up once (409 situation-taken-up-once).`,
  })
  @ApiCommandHeaders()
  @ApiCreatedResponse({ type: CouncilCommandResult, description: 'situation-taken-up: the case is on the Council’s agenda.' })
  @ApiRefusals(400, 401, 403, 404, 409)
  async takeUp(
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @Body() dto: CouncilTakeUpDto,
    @CommandContext() request: CommandContext,
  ): Promise<Omit<CouncilCommandResult, 'draftId'>> {
    const command: CouncilCaseCommand = { type: 'take-up-situation', caseId, reason: dto.reason, actor: request.actor, at: request.at };
    const outcome: CommandOutcome<CouncilFileEvent> = await this.commands.execute(new ExecuteOnStream(COUNCIL_CASE, command, request));
    return { caseId, events: [...outcome.events], revision: outcome.revision.toString() };
  }

  @Post('drafts')
  @ApiRequestExample(TableResolutionDraftDto, 'FICTIONAL: a Chapter VII draft on Kenya (the Council took no such vote)', {
    title: 'The situation in Kenya (fictional draft)',
    chapter: 'VII',
    measures: [
      { kind: 'arms-embargo', coercive: true },
      { kind: 'targeted-sanctions', coercive: true },
      { kind: 'mediation-support', coercive: false },
    ],
    authorisedBodies: [],
    manifestFailureDetermined: false,
    credibleAtrocityPrevention: true,
    partiesToDispute: [],
    underArticle52Paragraph3: false,
  })
  @ApiOperation({
    summary: 'Table a draft resolution under Chapter VI, VII or VIII.',
    description: `${REMIT} The case must be on the Council’s agenda (an assessment or Art. 99 notification placed there, or taken up); otherwise 404 (case-exists).`,
  })
  @ApiCommandHeaders()
  @ApiCreatedResponse({
    type: CouncilCommandResult,
    description: 'The draft is tabled; classify it as procedural or not before it is put to the vote.',
  })
  @ApiRefusals(400, 401, 403, 404, 409, 422)
  tableResolution(
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @Body() dto: TableResolutionDraftDto,
    @CommandContext() request: CommandContext,
  ): Promise<CouncilCommandResult> {
    const draftId = newIdFor(request, `draft|${caseId}`);
    return this.execute(
      {
        type: 'table-draft',
        caseId,
        draftId,
        kind: 'resolution',
        title: dto.title,
        chapter: dto.chapter,
        measures: dto.measures,
        authorisedBodies: dto.authorisedBodies,
        manifestFailureDetermined: dto.manifestFailureDetermined,
        credibleAtrocityPrevention: dto.credibleAtrocityPrevention,
        partiesToDispute: dto.partiesToDispute,
        underArticle52Paragraph3: dto.underArticle52Paragraph3,
        actor: request.actor,
        at: request.at,
      },
      request,
    );
  }

  @Post('emergency-special-session-requests')
  @ApiRequestExample(TableEmergencySpecialSessionRequestDto, 'FICTIONAL: a Uniting for Peace call on Kenya', {
    title: 'Call for an emergency special session of the General Assembly on the situation in Kenya (fictional)',
  })
  @ApiOperation({
    summary: 'Table a Uniting for Peace call for an emergency special session of the General Assembly (res. 377 A (V)).',
    description: `${REMIT} The call is a draft like any other: classify it (it must be procedural), put it to the vote; nine votes in favour request the session, whatever the permanent members vote.`,
  })
  @ApiCommandHeaders()
  @ApiCreatedResponse({ type: CouncilCommandResult, description: 'The call is tabled as a draft.' })
  @ApiRefusals(400, 401, 403, 404, 409)
  tableEmergencySpecialSessionRequest(
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @Body() dto: TableEmergencySpecialSessionRequestDto,
    @CommandContext() request: CommandContext,
  ): Promise<CouncilCommandResult> {
    const draftId = newIdFor(request, `draft|${caseId}`);
    return this.execute(
      {
        type: 'table-draft',
        caseId,
        draftId,
        kind: 'emergency-special-session-request',
        title: dto.title,
        actor: request.actor,
        at: request.at,
      },
      request,
    );
  }

  @Post('drafts/:draftId/classification')
  @ApiRequestExample(ClassifyDraftDto, 'FICTIONAL: the Kenya draft is a matter of substance', { procedural: false })
  @ApiOperation({ summary: 'Decide whether the draft is procedural, before it is put to the vote.', description: REMIT })
  @ApiCommandHeaders()
  @ApiCreatedResponse({ type: CouncilCommandResult, description: 'The classification is recorded (draft-classified).' })
  @ApiRefusals(400, 401, 403, 404, 409, 422)
  classify(
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @Param('draftId') draftId: string,
    @Body() dto: ClassifyDraftDto,
    @CommandContext() request: CommandContext,
  ): Promise<CouncilCommandResult> {
    return this.execute(
      { type: 'classify-draft', caseId, draftId, procedural: dto.procedural, actor: request.actor, at: request.at },
      request,
    );
  }

  @Post('drafts/:draftId/voting')
  @ApiRequestExample(PutDraftToVoteDto, 'FICTIONAL: the Kenya draft put to the Council as it sat in 2008', {
    members: [
      { state: 'member-state:CHN', permanent: true },
      { state: 'member-state:FRA', permanent: true },
      { state: 'member-state:RUS', permanent: true },
      { state: 'member-state:GBR', permanent: true },
      { state: 'member-state:USA', permanent: true },
      { state: 'member-state:BEL', permanent: false },
      { state: 'member-state:BFA', permanent: false },
      { state: 'member-state:CRI', permanent: false },
      { state: 'member-state:HRV', permanent: false },
      { state: 'member-state:IDN', permanent: false },
      { state: 'member-state:ITA', permanent: false },
      { state: 'member-state:LBY', permanent: false },
      { state: 'member-state:PAN', permanent: false },
      { state: 'member-state:ZAF', permanent: false },
      { state: 'member-state:VNM', permanent: false },
    ],
  })
  @ApiOperation({
    summary: 'Put a classified draft to the vote, naming the fifteen members sitting.',
    description: `${REMIT} The ACT code signatories are taken from the deployment's configuration (RTOP_ACT_CODE_SIGNATORIES; none by default) and recorded with the vote.`,
  })
  @ApiCommandHeaders()
  @ApiCreatedResponse({ type: CouncilCommandResult, description: 'The vote is open (draft-put-to-vote).' })
  @ApiRefusals(400, 401, 403, 404, 409)
  putToVote(
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @Param('draftId') draftId: string,
    @Body() dto: PutDraftToVoteDto,
    @CommandContext() request: CommandContext,
  ): Promise<CouncilCommandResult> {
    return this.execute(
      {
        type: 'put-draft-to-vote',
        caseId,
        draftId,
        members: dto.members,
        actCodeSignatories: this.config.actCodeSignatories,
        actor: request.actor,
        at: request.at,
        ...occurredAtFrom(dto),
      },
      request,
    );
  }

  @Post('drafts/:draftId/votes')
  @ApiRequestExample(CastVoteDto, 'FICTIONAL: France votes for the Kenya draft', { member: 'member-state:FRA', vote: 'yes' })
  @ApiOperation({
    summary: 'Record a member’s vote.',
    description: `${REMIT} A party to a dispute voting yes or no on a non-procedural Chapter VI (or Art. 52(3)) draft gets an obligatory-abstention warning (Art. 27(3)); an ACT code signatory voting no on a credible atrocity-prevention draft gets a breached pledge. Both are recorded with the vote and neither blocks it.`,
  })
  @ApiCommandHeaders()
  @ApiCreatedResponse({
    type: CouncilCommandResult,
    description: 'vote-cast, with obligatory-abstention-warning-recorded or pledge-breached where they apply.',
  })
  @ApiRefusals(400, 401, 403, 404, 409, 422)
  castVote(
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @Param('draftId') draftId: string,
    @Body() dto: CastVoteDto,
    @CommandContext() request: CommandContext,
  ): Promise<CouncilCommandResult> {
    return this.execute(
      {
        type: 'cast-vote',
        caseId,
        draftId,
        member: dto.member,
        vote: dto.vote,
        actor: request.actor,
        at: request.at,
        ...occurredAtFrom(dto),
      },
      request,
    );
  }

  @Post('drafts/:draftId/voting/close')
  @ApiRequestExample(OccurredAtDto, 'The vote closed now', {})
  @HttpCode(200)
  @ApiOperation({
    summary: 'Close the vote and record the outcome.',
    description: `${REMIT} Members with no vote recorded are absent. Adopted with at least nine votes in favour and, unless procedural, no permanent member voting no; abstention and absence are not vetoes. A veto is an outcome (draft-vetoed), never an error: it sets the Assembly's veto debate due within ten working days (res. 76/262) of when the vote was closed (occurredAt, else now), counted Monday to Friday in New York and skipping the UN holidays configured (RTOP_UN_HOLIDAYS; none by default), unless an emergency special session on the situation is open. A close stated to be before the vote opened or before the last vote is refused with 422 (occurred-before-put-to-vote, occurred-before-votes).`,
  })
  @ApiCommandHeaders()
  @ApiOkResponse({
    type: CouncilCommandResult,
    description:
      'vote-closed (the tally), then council-decision-adopted, emergency-special-session-requested, draft-failed or draft-vetoed.',
  })
  @ApiRefusals(400, 401, 403, 404, 409, 422)
  closeVote(
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @Param('draftId') draftId: string,
    @Body() dto: OccurredAtDto,
    @CommandContext() request: CommandContext,
  ): Promise<CouncilCommandResult> {
    return this.execute(
      { type: 'close-vote', caseId, draftId, calendar: this.config.calendar, actor: request.actor, at: request.at, ...occurredAtFrom(dto) },
      request,
    );
  }

  private async execute(command: CouncilCaseCommand & { draftId: string }, request: CommandContext): Promise<CouncilCommandResult> {
    const outcome: CommandOutcome<CouncilFileEvent> = await this.commands.execute(new ExecuteOnStream(COUNCIL_CASE, command, request));
    return { caseId: command.caseId, draftId: command.draftId, events: [...outcome.events], revision: outcome.revision.toString() };
  }
}
