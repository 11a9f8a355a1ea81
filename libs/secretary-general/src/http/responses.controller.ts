import { Body, Controller, Get, Headers, Param, ParseUUIDPipe, Post, Res, UseGuards } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Response } from 'express';
import { ApiRefusals, expectedRevisionFrom, setRevision } from '@rtop/http';
import { AuthenticatedActorGuard, CurrentActor, ReadPolicy } from '@rtop/identity';
import { Actor } from '@rtop/kernel';
import { ExecuteResponsesCommand } from '../application/responses-command.handler';
import { GetMeasure } from '../read/get-measure.handler';
import { GetResponses } from '../read/get-responses.handler';
import { SECRETARY_GENERAL_READ_POLICY } from '../read/secretary-general-read-access';
import { Measure } from '../responses/measure';
import { ResponsesCommand } from '../responses/responses';
import { IDEMPOTENCY_KEY, IF_MATCH, newId } from './command-headers';
import { RecordMeasureOutcomeDto, RegisterMeasureDto, UpdateMeasureStatusDto, toAuthorisation } from './responses.dto';
import { ResponsesView } from './secretary-general-views';

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
  @ApiOperation({
    summary: 'Register a response measure, planned',
    description:
      'Secretary-General only. Pillar I is carried out by the state itself; pillar II rests on the state’s request or consent; a coercive measure belongs to pillar III and needs a noted Council determination of manifest failure and a noted Council decision, carrying a coercive measure, that authorises the implementing body (directly, or through a regional decision linked to it under Art. 53).',
  })
  @ApiHeader(IF_MATCH)
  @ApiHeader(IDEMPOTENCY_KEY)
  @ApiCreatedResponse({ description: 'measure-registered; its status is planned.' })
  @ApiRefusals(400, 401, 403, 404, 409, 422)
  register(
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @Body() dto: RegisterMeasureDto,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) response: Response,
    @Headers('if-match') ifMatch?: string,
    @Headers('idempotency-key') idempotencyKey?: string,
  ) {
    const measureId = newId(actor, `measure|${caseId}`, idempotencyKey);
    const command: ResponsesCommand = { type: 'register-measure', measureId, ...dto, authorisation: toAuthorisation(dto.authorisation), actor, at: new Date() };
    return this.execute(caseId, command, response, ifMatch, idempotencyKey);
  }

  @Post('measures/:measureId/status')
  @ApiOperation({
    summary: 'Move a measure along planned → under-way → completed | suspended',
    description: 'The measure’s implementing body only.',
  })
  @ApiHeader(IF_MATCH)
  @ApiHeader(IDEMPOTENCY_KEY)
  @ApiCreatedResponse({ description: 'measure-status-updated, from and to.' })
  @ApiRefusals(400, 401, 403, 404, 409)
  updateStatus(
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @Param('measureId') measureId: string,
    @Body() dto: UpdateMeasureStatusDto,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) response: Response,
    @Headers('if-match') ifMatch?: string,
    @Headers('idempotency-key') idempotencyKey?: string,
  ) {
    return this.execute(caseId, { type: 'update-measure-status', measureId, status: dto.status, actor, at: new Date() }, response, ifMatch, idempotencyKey);
  }

  @Post('measures/:measureId/outcomes')
  @ApiOperation({ summary: 'Record what a measure under way or ended has achieved', description: 'The measure’s implementing body only.' })
  @ApiHeader(IF_MATCH)
  @ApiHeader(IDEMPOTENCY_KEY)
  @ApiCreatedResponse({ description: 'measure-outcome-recorded.' })
  @ApiRefusals(400, 401, 403, 404, 409)
  recordOutcome(
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @Param('measureId') measureId: string,
    @Body() dto: RecordMeasureOutcomeDto,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) response: Response,
    @Headers('if-match') ifMatch?: string,
    @Headers('idempotency-key') idempotencyKey?: string,
  ) {
    return this.execute(caseId, { type: 'record-measure-outcome', measureId, outcome: dto.outcome, actor, at: new Date() }, response, ifMatch, idempotencyKey);
  }

  private async execute(caseId: string, command: ResponsesCommand, response: Response, ifMatch?: string, idempotencyKey?: string) {
    const outcome = await this.commands.execute(
      new ExecuteResponsesCommand(caseId, command, { expectedRevision: expectedRevisionFrom(ifMatch), idempotencyKey }),
    );
    setRevision(response, outcome.revision);
    return { caseId, ...outcome.events[0]?.data, revision: outcome.revision.toString() };
  }
}
