import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Res, UseGuards } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Response } from 'express';
import { ExecuteOnStream } from '@rtop/commands';
import { ApiCommandHeaders, ApiRefusals, ApiRequestExample, CommandContext, EXAMPLE_REFS, newIdFor, setRevision } from '@rtop/http';
import { AuthenticatedActorGuard, CurrentActor, ReadPolicy } from '@rtop/identity';
import { Actor } from '@rtop/kernel';
import { CASE_RESPONSES, CaseResponsesCommand } from '../application/responses-stream';
import { GetMeasure } from '../read/get-measure.handler';
import { GetResponses } from '../read/get-responses.handler';
import { SECRETARY_GENERAL_READ_POLICY } from '../read/secretary-general-read-access';
import { Measure } from '../responses/measure';
import { RecordMeasureOutcomeDto, RegisterMeasureDto, UpdateMeasureStatusDto, toAuthorisation } from './responses.dto';
import { ResponsesView } from '../read/secretary-general-views';

@ApiTags('Responses: measures by pillar and the decisions they rest on')
@ApiBearerAuth()
@UseGuards(AuthenticatedActorGuard)
@Controller('secretary-general/cases/:caseId/responses')
export class ResponsesController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Get()
  @ApiOperation({
    summary: 'The measures on the case and the decisions noted for them',
    description:
      'Council decisions, regional decisions and states’ requests or consent arrive from those bodies’ own events (council-decision-adopted, regional-decision-adopted, assistance-requested, assistance-consented); they are never entered here by hand.',
  })
  @ApiOkResponse({ type: ResponsesView })
  @ApiRefusals(400, 401, 404)
  @ReadPolicy(SECRETARY_GENERAL_READ_POLICY)
  async getResponses(
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @CurrentActor() reader: Actor,
    @Res({ passthrough: true }) response: Response,
  ): Promise<ResponsesView> {
    const { view, revision } = await this.queries.execute(new GetResponses(caseId, reader));
    setRevision(response, revision);
    return view;
  }

  @Get('measures/:measureId')
  @ApiOperation({ summary: 'One measure: pillar, coercion, authorising decision, implementing body, status and latest outcome' })
  @ApiOkResponse({ description: 'The measure.' })
  @ApiRefusals(400, 401, 404)
  @ReadPolicy(SECRETARY_GENERAL_READ_POLICY)
  async getMeasure(
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @Param('measureId') measureId: string,
    @CurrentActor() reader: Actor,
    @Res({ passthrough: true }) response: Response,
  ): Promise<Measure> {
    const { view, revision } = await this.queries.execute(new GetMeasure(caseId, measureId, reader));
    setRevision(response, revision);
    return view;
  }

  @Post('measures')
  @ApiRequestExample(RegisterMeasureDto, 'Kenya, 2008: the AU mediation, on Kenya’s consent', {
    pillar: 'II',
    coercive: false,
    description:
      'Mediation by the AU Panel of Eminent African Personalities (Kofi Annan, Benjamin Mkapa, Graça Machel), with UN mediation support',
    authorisation: { kind: 'state-request-or-consent', state: 'KEN', requestOrConsentId: EXAMPLE_REFS.consentId },
    implementingBody: 'au-psc',
  })
  @ApiOperation({
    summary: 'Register a response measure, planned',
    description:
      'Secretary-General only. Pillar I is carried out by the state itself; pillar II rests on the state’s request or consent; a coercive measure belongs to pillar III and needs a noted Council determination of manifest failure and a noted Council decision, carrying a coercive measure, that authorises the implementing body (directly, or through a regional decision linked to it under Art. 53).',
  })
  @ApiCommandHeaders()
  @ApiCreatedResponse({ description: 'measure-registered; its status is planned.' })
  @ApiRefusals(400, 401, 403, 404, 409, 422)
  register(@Param('caseId', ParseUUIDPipe) caseId: string, @Body() dto: RegisterMeasureDto, @CommandContext() request: CommandContext) {
    const measureId = newIdFor(request, `measure|${caseId}`);
    const { pillar, coercive, description, implementingBody } = dto;
    const authorisation = toAuthorisation(dto.authorisation);
    return this.execute(
      {
        type: 'register-measure',
        caseId,
        measureId,
        pillar,
        coercive,
        description,
        authorisation,
        implementingBody,
        actor: request.actor,
        at: request.at,
      },
      request,
    );
  }

  @Post('measures/:measureId/status')
  @ApiRequestExample(UpdateMeasureStatusDto, 'Kenya, 2008: the mediation under way', { status: 'under-way' })
  @ApiOperation({
    summary: 'Move a measure along planned → under-way → completed | suspended',
    description: 'The measure’s implementing body only.',
  })
  @ApiCommandHeaders()
  @ApiCreatedResponse({ description: 'measure-status-updated, from and to.' })
  @ApiRefusals(400, 401, 403, 404, 409)
  updateStatus(
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @Param('measureId') measureId: string,
    @Body() dto: UpdateMeasureStatusDto,
    @CommandContext() request: CommandContext,
  ) {
    return this.execute(
      { type: 'update-measure-status', caseId, measureId, status: dto.status, actor: request.actor, at: request.at },
      request,
    );
  }

  @Post('measures/:measureId/outcomes')
  @ApiRequestExample(RecordMeasureOutcomeDto, 'Kenya, 28 February 2008: the National Accord', {
    outcome:
      'The National Accord and Reconciliation Act, signed on 28 February 2008: a coalition government, with a Prime Minister for the opposition; the violence subsided.',
  })
  @ApiOperation({ summary: 'Record what a measure under way or ended has achieved', description: 'The measure’s implementing body only.' })
  @ApiCommandHeaders()
  @ApiCreatedResponse({ description: 'measure-outcome-recorded.' })
  @ApiRefusals(400, 401, 403, 404, 409)
  recordOutcome(
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @Param('measureId') measureId: string,
    @Body() dto: RecordMeasureOutcomeDto,
    @CommandContext() request: CommandContext,
  ) {
    return this.execute(
      { type: 'record-measure-outcome', caseId, measureId, outcome: dto.outcome, actor: request.actor, at: request.at },
      request,
    );
  }

  private async execute(command: CaseResponsesCommand, request: CommandContext) {
    const outcome = await this.commands.execute(new ExecuteOnStream(CASE_RESPONSES, command, request));
    return { caseId: command.caseId, ...outcome.events[0]?.data, revision: outcome.revision.toString() };
  }
}
