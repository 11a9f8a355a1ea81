import { Body, Controller, Get, Inject, Param, ParseEnumPipe, ParseUUIDPipe, Post, Res, UseGuards } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { Response } from 'express';
import { ExecuteOnStream } from '@rtop/commands';
import { EVENT_STORE, EventStore } from '@rtop/event-store';
import { ApiCommandHeaders, ApiRefusals, ApiRequestExample, CommandContext, setRevision } from '@rtop/http';
import { AuthenticatedActorGuard, CurrentActor, DEPLOYMENT_KEYS, DeploymentKeys, ReadPolicy } from '@rtop/identity';
import { Actor, InvalidCommand } from '@rtop/kernel';
import { loadCase } from '../application/case-stream';
import { SOURCE_HISTORY, loadSource } from '../application/source-stream';
import { sourcePseudonym } from '../application/source-pseudonym';
import { requireOpened } from '../case/case';
import { ReportSource } from '../case/information-report';
import { GetSourceReliability } from '../read/get-source-reliability.handler';
import { GradeSourceDto, SourceReferenceDto } from './grade-source.dto';
import { SourceReliabilityView, sourceReliabilityView } from '../read/source-view';

const SOURCE_KINDS = { named: 'named', protected: 'protected' } as const;

@ApiTags('Joint Office: sources and their reliability')
@ApiBearerAuth()
@UseGuards(AuthenticatedActorGuard)
@Controller()
export class SourcesController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(DEPLOYMENT_KEYS) private readonly keys: DeploymentKeys,
  ) {}

  @Post('cases/:caseId/source-gradings')
  @ApiRequestExample(GradeSourceDto, 'Kenya, 2008: the Kiambaa witness graded', {
    source: { name: 'Witness at Kiambaa', protected: true },
    reliability: 'B',
    reason: 'Has reported accurately from the Rift Valley before; position confirmed by the field presence',
  })
  @ApiOperation({
    summary: 'Grade a source’s reliability in the course of a case (source-reliability-graded, on the source)',
    description:
      'Adds to the source’s history across cases; reports filed from then on carry the new grade, earlier reports keep theirs. If-Match names the source’s revision (the ETag of its reliability history), not the case’s.',
  })
  @ApiCommandHeaders()
  @ApiCreatedResponse({
    type: SourceReliabilityView,
    description: 'The source’s history with the new grading; a protected source by pseudonym only.',
  })
  @ApiRefusals(400, 401, 403, 404, 409)
  async gradeSource(
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @Body() dto: GradeSourceDto,
    @CommandContext() request: CommandContext,
  ): Promise<SourceReliabilityView> {
    const source = this.recorded(dto.source);
    requireOpened((await loadCase(this.store, caseId)).state, caseId);
    const command = {
      type: 'grade-source',
      source,
      reliability: dto.reliability,
      reason: dto.reason,
      caseId,
      actor: request.actor,
      at: request.at,
    } as const;
    await this.commands.execute(new ExecuteOnStream(SOURCE_HISTORY, command, request));
    const { state, revision } = await loadSource(this.store, source);
    return sourceReliabilityView(source, state, revision);
  }

  @Get('sources/:kind/:key/reliability')
  @ApiOperation({ summary: 'A source’s reliability history' })
  @ApiParam({ name: 'kind', enum: Object.values(SOURCE_KINDS) })
  @ApiParam({ name: 'key', description: 'The pseudonym of a protected source, the name of a named one.' })
  @ApiOkResponse({
    type: SourceReliabilityView,
    description: 'Every grading with when and why; F (cannot be judged) with no history for a source never graded.',
  })
  @ApiRefusals(400, 401, 404)
  @ReadPolicy('Joint Office, auditors. To any other reader every source answers 404 (source-exists).')
  async reliability(
    @Param('kind', new ParseEnumPipe(SOURCE_KINDS)) kind: keyof typeof SOURCE_KINDS,
    @Param('key') key: string,
    @CurrentActor() reader: Actor,
    @Res({ passthrough: true }) response: Response,
  ): Promise<SourceReliabilityView> {
    const source: ReportSource = kind === 'protected' ? { kind, pseudonym: key } : { kind, name: key };
    const { view, revision } = await this.queries.execute(new GetSourceReliability(source, reader));
    setRevision(response, revision);
    return view;
  }

  /** A source as the record knows it: a protected source's name goes no further than this request. */
  private recorded({ name, pseudonym, protected: isProtected }: SourceReferenceDto): ReportSource {
    if (pseudonym !== undefined) {
      if (name !== undefined) throw new InvalidCommand('source-reference', 'source: name it by name or by pseudonym, not both');
      return { kind: 'protected', pseudonym };
    }
    if (name === undefined) throw new InvalidCommand('source-reference', 'source: name it by name or by pseudonym');
    return isProtected ? { kind: 'protected', pseudonym: sourcePseudonym(this.keys.pseudonymKey, name) } : { kind: 'named', name };
  }
}
