import { Body, Controller, Get, Inject, Param, ParseUUIDPipe, Post, Res, UseGuards } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { Response } from 'express';
import { ExecuteOnStream } from '@rtop/commands';
import { ApiCommandHeaders, ApiRefusals, ApiRequestExample, CommandContext, newIdFor, occurredAtFrom, setRevision } from '@rtop/http';
import { AuthenticatedActorGuard, CurrentActor, ReadPolicy } from '@rtop/identity';
import { Actor, REGIONAL_BODIES, RegionalBody } from '@rtop/kernel';
import { REGIONAL_CASE_STREAM, RegionalCaseStream } from '../application/regional-case-stream';
import { RegionalCaseCommand } from '../case/regional-case';
import { RequestedSubject } from '../case/table-draft-decision';
import { ParseRegionalBodyPipe } from './regional-body.pipe';
import { GetRegionalCase } from '../read/get-regional-case.handler';
import { GetRegionalDraft } from '../read/get-regional-draft.handler';
import { RegionalDraftView, RegionalCaseView } from '../read/regional-case-view';
import { RegionalCommandResult, commandResult } from './regional-command-result';
import {
  ApplyConsensusMinusOneDto,
  DraftSubjectDto,
  RecordConsensusOutcomeDto,
  RecordSummitDecisionModeDto,
  RecordRegionalVoteDto,
  SubmitEarlyWarningReportDto,
  TableDraftDecisionDto,
} from './regional-decisions.dto';

const BODY = {
  name: 'body',
  enum: REGIONAL_BODIES,
  description: 'The regional body. Only that body records its own decisions: any other actor gets 403.',
};

const READERS =
  'That regional body and auditors: what was placed before the body, the Council authorisations naming it, its own drafts and decisions. ' +
  'Any other body, and the body itself where it has nothing on the case, gets 404 (case-exists), the answer for a case that never came before it.';

@ApiTags('Regional bodies: assessments before them, Council authorisations, decisions by each body’s rule, CEWARN reports')
@ApiBearerAuth()
@UseGuards(AuthenticatedActorGuard)
@Controller('regional-bodies')
export class RegionalBodiesController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
    @Inject(REGIONAL_CASE_STREAM) private readonly cases: RegionalCaseStream,
  ) {}

  @Get(':body/cases/:caseId')
  @ApiOperation({
    summary:
      'The case as one regional body holds it: assessments put before it, Council authorisations naming it, its drafts and decisions.',
  })
  @ApiParam(BODY)
  @ApiOkResponse({ type: RegionalCaseView })
  @ApiRefusals(400, 401, 404)
  @ReadPolicy(READERS)
  async getCase(
    @Param('body', ParseRegionalBodyPipe) body: RegionalBody,
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @CurrentActor() reader: Actor,
    @Res({ passthrough: true }) response: Response,
  ): Promise<RegionalCaseView> {
    const { view, revision } = await this.queries.execute(new GetRegionalCase(body, caseId, reader));
    setRevision(response, revision);
    return view;
  }

  @Get(':body/cases/:caseId/drafts/:draftId')
  @ApiOperation({
    summary:
      'One draft decision: what it decides, how it stands (adopted by consensus or by vote, rejected, consensus failed) and any procedural decision on it.',
  })
  @ApiParam(BODY)
  @ApiOkResponse({ type: RegionalDraftView })
  @ApiRefusals(400, 401, 404)
  @ReadPolicy(READERS)
  async getDraft(
    @Param('body', ParseRegionalBodyPipe) body: RegionalBody,
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @Param('draftId') draftId: string,
    @CurrentActor() reader: Actor,
    @Res({ passthrough: true }) response: Response,
  ): Promise<RegionalDraftView> {
    const { view, revision } = await this.queries.execute(new GetRegionalDraft(body, caseId, draftId, reader));
    setRevision(response, revision);
    return view;
  }

  @Post(':body/cases/:caseId/drafts')
  @ApiRequestExample(TableDraftDecisionDto, 'Kenya, 10 January 2008: the AU PSC tables the Panel’s mediation', {
    title: 'Mediation by the Panel of Eminent African Personalities',
    text: 'Supports the mediation of the AU Panel of Eminent African Personalities chaired by Kofi Annan between the Party of National Unity and the Orange Democratic Movement, and calls for an end to the violence.',
    matter: 'substantive',
    coercive: false,
    parties: ['member-state:KEN'],
    occurredAt: '2008-01-10T12:00:00Z',
  })
  @ApiOperation({
    summary: 'Table a draft decision before the body.',
    description:
      'An Art. 4(h) intervention (AU Assembly) needs the PSC’s adopted recommendation on the case (422). The Council authorisation a coercive draft ' +
      'links is checked when the draft is adopted.',
  })
  @ApiParam(BODY)
  @ApiCommandHeaders()
  @ApiCreatedResponse({ type: RegionalCommandResult, description: 'draft-decision-tabled.' })
  @ApiRefusals(400, 401, 403, 409, 422)
  async tableDraft(
    @Param('body', ParseRegionalBodyPipe) body: RegionalBody,
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @Body() dto: TableDraftDecisionDto,
    @CommandContext() request: CommandContext,
  ): Promise<RegionalCommandResult> {
    const draftId = newIdFor(request, `draft|${body}|${caseId}`);
    return this.execute(
      {
        type: 'table-draft-decision',
        caseId,
        body,
        draftId,
        title: dto.title,
        text: dto.text,
        matter: dto.matter ?? 'substantive',
        coercive: dto.coercive,
        councilDecisionId: dto.councilDecisionId ?? null,
        parties: dto.parties ?? [],
        twoThirdsRequired: dto.twoThirdsRequired ?? false,
        subject: requestedSubject(dto.subject),
        actor: request.actor,
        at: request.at,
        ...occurredAtFrom(dto),
      },
      { draftId },
      request,
    );
  }

  @Post(':body/cases/:caseId/drafts/:draftId/consensus')
  @ApiRequestExample(RecordConsensusOutcomeDto, 'Kenya, 10 January 2008: the AU PSC decides by consensus', {
    objections: [],
    occurredAt: '2008-01-10T12:00:00Z',
  })
  @ApiOperation({
    summary: 'Record the outcome of seeking consensus: the objections raised, none for consensus.',
    description:
      'No counted objection adopts the draft by consensus (consensus-reached, regional-decision-adopted); otherwise consensus-failed is recorded, ' +
      'which is what opens a vote where the body falls back to one (AU PSC, AU Assembly, IGAD if so configured). The OAS decides by vote (422). ' +
      'occurredAt is when the body’s meeting sought consensus: not before the draft was tabled (422 occurred-before-tabled). ' +
      'A coercive decision without a noted Council authorisation naming the body answers 422 (article-53-council-authorisation).',
  })
  @ApiParam(BODY)
  @ApiCommandHeaders()
  @ApiCreatedResponse({ type: RegionalCommandResult })
  @ApiRefusals(400, 401, 403, 404, 409, 422)
  recordConsensusOutcome(
    @Param('body', ParseRegionalBodyPipe) body: RegionalBody,
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @Param('draftId') draftId: string,
    @Body() dto: RecordConsensusOutcomeDto,
    @CommandContext() request: CommandContext,
  ): Promise<RegionalCommandResult> {
    return this.execute(
      {
        type: 'record-consensus-outcome',
        caseId,
        body,
        draftId,
        objections: dto.objections,
        actor: request.actor,
        at: request.at,
        ...occurredAtFrom(dto),
      },
      { draftId },
      request,
    );
  }

  @Post(':body/cases/:caseId/drafts/:draftId/votes')
  @ApiRequestExample(RecordRegionalVoteDto, 'Illustrative: an AU PSC vote after a failed consensus', {
    votes: [
      { state: 'member-state:NGA', vote: 'yes' },
      { state: 'member-state:ZAF', vote: 'yes' },
      { state: 'member-state:ETH', vote: 'yes' },
      { state: 'member-state:SEN', vote: 'abstain' },
    ],
  })
  @ApiOperation({
    summary: 'Record a vote on a draft, by the majority the body’s rule requires.',
    description:
      'Where the body may not vote now the answer is 422 naming the rule (consensus-first, asean-consensus, osce-consensus, igad-decision-rule). ' +
      'A lost vote records regional-decision-rejected. A carried coercive decision without a noted Council authorisation naming the body answers 422. ' +
      'occurredAt is when the vote was taken: not before the draft was tabled nor before consensus on it failed (422 occurred-before-tabled, occurred-before-consensus-failed).',
  })
  @ApiParam(BODY)
  @ApiCommandHeaders()
  @ApiCreatedResponse({ type: RegionalCommandResult })
  @ApiRefusals(400, 401, 403, 404, 409, 422)
  recordVote(
    @Param('body', ParseRegionalBodyPipe) body: RegionalBody,
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @Param('draftId') draftId: string,
    @Body() dto: RecordRegionalVoteDto,
    @CommandContext() request: CommandContext,
  ): Promise<RegionalCommandResult> {
    return this.execute(
      {
        type: 'record-vote',
        caseId,
        body,
        draftId,
        votes: dto.votes.map(({ state, vote }) => ({ state, vote })),
        actor: request.actor,
        at: request.at,
        ...occurredAtFrom(dto),
      },
      { draftId },
      request,
    );
  }

  @Post('osce/cases/:caseId/drafts/:draftId/consensus-minus-one')
  @ApiRequestExample(ApplyConsensusMinusOneDto, 'Illustrative: the OSCE sets aside one state’s objection', {
    stateConcerned: 'member-state:SRB',
    basis: 'Prague Document on Further Development of CSCE Institutions and Structures (1992), para. 16',
  })
  @ApiOperation({
    summary: 'OSCE: apply consensus-minus-one to a draft, as an explicit procedural decision with its basis cited (Prague, 1992).',
    description:
      'The objection of the one state concerned is then not counted. One state only: a second answers 422 (consensus-minus-one).',
  })
  @ApiCommandHeaders()
  @ApiCreatedResponse({ type: RegionalCommandResult })
  @ApiRefusals(400, 401, 403, 404, 409, 422)
  applyConsensusMinusOne(
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @Param('draftId') draftId: string,
    @Body() dto: ApplyConsensusMinusOneDto,
    @CommandContext() request: CommandContext,
  ): Promise<RegionalCommandResult> {
    return this.execute(
      {
        type: 'apply-consensus-minus-one',
        caseId,
        draftId,
        stateConcerned: dto.stateConcerned,
        basis: dto.basis,
        actor: request.actor,
        at: request.at,
      },
      { draftId },
      request,
    );
  }

  @Post('asean/cases/:caseId/drafts/:draftId/summit-decision-mode')
  @ApiRequestExample(RecordSummitDecisionModeDto, 'Illustrative: the ASEAN Summit decides how to decide', {
    mode: 'consensus-minus',
    notCounted: ['member-state:MMR'],
    basis: 'ASEAN Charter Art. 20(2)',
  })
  @ApiOperation({
    summary: 'ASEAN: record how the Summit decided this decision is made, where consensus could not be achieved (Charter Art. 20(2)).',
    description: 'Only after a recorded consensus-failed (422 otherwise), once per draft (409), with its basis cited (400).',
  })
  @ApiCommandHeaders()
  @ApiCreatedResponse({ type: RegionalCommandResult })
  @ApiRefusals(400, 401, 403, 404, 409, 422)
  recordSummitDecisionMode(
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @Param('draftId') draftId: string,
    @Body() dto: RecordSummitDecisionModeDto,
    @CommandContext() request: CommandContext,
  ): Promise<RegionalCommandResult> {
    const mode =
      dto.mode === 'vote'
        ? // eslint-disable-next-line @typescript-eslint/no-non-null-assertion -- the DTO's @ValidateIf requires both for a vote.
          { kind: 'vote' as const, majority: { fraction: dto.fraction!, of: dto.of! } }
        : { kind: 'consensus-minus' as const, notCounted: dto.notCounted ?? [] };
    return this.execute(
      { type: 'record-summit-decision-mode', caseId, draftId, mode, basis: dto.basis, actor: request.actor, at: request.at },
      { draftId },
      request,
    );
  }

  @Post('igad/cases/:caseId/early-warning-reports')
  @ApiRequestExample(SubmitEarlyWarningReportDto, 'Illustrative: a CEWARN report from the Karamoja cluster', {
    summary:
      'Field monitors in the Karamoja cluster report cattle raids and small-arms movement rising as the post-election crisis draws police away.',
    indicators: [
      { kind: 'conflict', category: 'armed-intervention', description: 'Raids with automatic weapons along the Kenya–Uganda border' },
      { kind: 'peace', category: 'peace-initiatives', description: 'Elders of both sides meet at the border markets' },
    ],
    observedAt: '2008-01-15T06:00:00Z',
    location: 'Karamoja cluster, Kenya–Uganda border',
  })
  @ApiOperation({
    summary: 'IGAD: submit a CEWARN early-warning report on the case, with its peace and conflict indicators.',
    description:
      'Published as early-warning-report-submitted, which the Joint Office takes in as an information report (channel regional-early-warning).',
  })
  @ApiCommandHeaders()
  @ApiCreatedResponse({ type: RegionalCommandResult })
  @ApiRefusals(400, 401, 403, 409)
  submitEarlyWarningReport(
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @Body() dto: SubmitEarlyWarningReportDto,
    @CommandContext() request: CommandContext,
  ): Promise<RegionalCommandResult> {
    const reportId = newIdFor(request, `early-warning-report|${caseId}`);
    return this.execute(
      {
        type: 'submit-early-warning-report',
        caseId,
        reportId,
        summary: dto.summary,
        indicators: dto.indicators.map(({ kind, category, description }) => ({ kind, category, description })),
        observedAt: dto.observedAt,
        location: dto.location,
        actor: request.actor,
        at: request.at,
      },
      { reportId },
      request,
    );
  }

  private async execute(
    command: RegionalCaseCommand,
    ids: { draftId?: string; reportId?: string },
    request: CommandContext,
  ): Promise<RegionalCommandResult> {
    const outcome = await this.commands.execute(new ExecuteOnStream(this.cases, command, request));
    return commandResult(command.caseId, ids, outcome.events, outcome.revision);
  }
}

function requestedSubject(subject: DraftSubjectDto | undefined): RequestedSubject {
  if (!subject || subject.kind === 'ordinary') return { kind: 'ordinary' };
  if (subject.kind === 'article-4h-recommendation') return { kind: subject.kind, grounds: subject.grounds ?? [] };
  return { kind: subject.kind, grounds: subject.grounds ?? [], pscRecommendationId: subject.pscRecommendationId ?? '' };
}
