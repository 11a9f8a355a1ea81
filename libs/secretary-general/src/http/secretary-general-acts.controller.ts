import { Body, Controller, Get, Headers, Param, ParseUUIDPipe, Post, Res, UseGuards } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Response } from 'express';
import { ApiRefusals, expectedRevisionFrom, setRevision } from '@rtop/http';
import { AuthenticatedActorGuard, CurrentActor, ReadPolicy } from '@rtop/identity';
import { Actor } from '@rtop/kernel';
import { ExecuteSecretaryGeneralCommand } from '../application/secretary-general-command.handler';
import { SecretaryGeneralCommand } from '../case/secretary-general-case';
import { IDEMPOTENCY_KEY, IF_MATCH, newId } from './command-headers';
import {
  AppointSpecialEnvoyDto,
  FindVergeOfManifestFailureDto,
  RecommendToAnOrganDto,
  NotifyCouncilUnderArticle99Dto,
  OfferGoodOfficesDto,
} from './secretary-general-acts.dto';
import { GetSecretaryGeneralCase } from '../read/get-secretary-general-case.handler';
import { SECRETARY_GENERAL_READ_POLICY } from '../read/secretary-general-read-access';
import { SecretaryGeneralCaseView } from './secretary-general-views';

@ApiTags('Secretary-General: Article 99, good offices, recommendations, findings')
@ApiBearerAuth()
@UseGuards(AuthenticatedActorGuard)
@Controller('secretary-general/cases/:caseId')
export class SecretaryGeneralActsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Get()
  @ApiOperation({ summary: 'The Secretary-General’s record of the case' })
  @ApiOkResponse({ type: SecretaryGeneralCaseView })
  @ApiRefusals(400, 401, 404)
  @ReadPolicy(SECRETARY_GENERAL_READ_POLICY)
  async getCase(
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @CurrentActor() reader: Actor,
    @Res({ passthrough: true }) response: Response,
  ): Promise<SecretaryGeneralCaseView> {
    const { view, revision } = await this.queries.execute(new GetSecretaryGeneralCase(caseId, reader));
    setRevision(response, revision);
    return view;
  }

  @Post('article-99-notifications')
  @ApiOperation({ summary: 'Bring the matter to the Security Council’s attention under Art. 99', description: 'Secretary-General only.' })
  @ApiHeader(IF_MATCH)
  @ApiHeader(IDEMPOTENCY_KEY)
  @ApiCreatedResponse({ description: 'article-99-notification-sent: the Council has the matter before it.' })
  @ApiRefusals(400, 401, 403, 409)
  notify(
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @Body() dto: NotifyCouncilUnderArticle99Dto,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) response: Response,
    @Headers('if-match') ifMatch?: string,
    @Headers('idempotency-key') idempotencyKey?: string,
  ) {
    const notificationId = newId(actor, `article-99|${caseId}`, idempotencyKey);
    return this.execute(caseId, { type: 'notify-council-under-article-99', caseId, notificationId, summary: dto.summary, actor, at: new Date() }, response, ifMatch, idempotencyKey);
  }

  @Post('good-offices')
  @ApiOperation({ summary: 'Offer the Secretary-General’s good offices to the parties', description: 'Secretary-General only.' })
  @ApiHeader(IF_MATCH)
  @ApiHeader(IDEMPOTENCY_KEY)
  @ApiCreatedResponse({ description: 'good-offices-offered.' })
  @ApiRefusals(400, 401, 403, 409)
  offerGoodOffices(
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @Body() dto: OfferGoodOfficesDto,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) response: Response,
    @Headers('if-match') ifMatch?: string,
    @Headers('idempotency-key') idempotencyKey?: string,
  ) {
    const offerId = newId(actor, `good-offices|${caseId}`, idempotencyKey);
    return this.execute(caseId, { type: 'offer-good-offices', offerId, ...dto, actor, at: new Date() }, response, ifMatch, idempotencyKey);
  }

  @Post('special-envoys')
  @ApiOperation({ summary: 'Appoint a special envoy to carry good offices already offered', description: 'Secretary-General only.' })
  @ApiHeader(IF_MATCH)
  @ApiHeader(IDEMPOTENCY_KEY)
  @ApiCreatedResponse({ description: 'special-envoy-appointed.' })
  @ApiRefusals(400, 401, 403, 404, 409)
  appointSpecialEnvoy(
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @Body() dto: AppointSpecialEnvoyDto,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) response: Response,
    @Headers('if-match') ifMatch?: string,
    @Headers('idempotency-key') idempotencyKey?: string,
  ) {
    const envoyId = newId(actor, `special-envoy|${caseId}`, idempotencyKey);
    return this.execute(caseId, { type: 'appoint-special-envoy', envoyId, ...dto, actor, at: new Date() }, response, ifMatch, idempotencyKey);
  }

  @Post('recommendations')
  @ApiOperation({
    summary: 'Put a recommendation to an intergovernmental organ',
    description: 'Secretary-General only. It may name the standing group’s tabled options it puts forward.',
  })
  @ApiHeader(IF_MATCH)
  @ApiHeader(IDEMPOTENCY_KEY)
  @ApiCreatedResponse({ description: 'recommendation-made.' })
  @ApiRefusals(400, 401, 403, 404, 409)
  makeRecommendation(
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @Body() dto: RecommendToAnOrganDto,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) response: Response,
    @Headers('if-match') ifMatch?: string,
    @Headers('idempotency-key') idempotencyKey?: string,
  ) {
    const recommendationId = newId(actor, `recommendation|${caseId}`, idempotencyKey);
    return this.execute(caseId, { type: 'make-recommendation', recommendationId, ...dto, actor, at: new Date() }, response, ifMatch, idempotencyKey);
  }

  @Post('verge-of-manifest-failure-findings')
  @ApiOperation({
    summary: 'Find the situation at the verge of manifest failure',
    description:
      'Secretary-General only. The finding rests on a received assessment that puts at least one crime at high or very-high risk, and states its reasons; it is what allows the standing group to be convened.',
  })
  @ApiHeader(IF_MATCH)
  @ApiHeader(IDEMPOTENCY_KEY)
  @ApiCreatedResponse({ description: 'verge-of-manifest-failure-found, with the crimes at high risk.' })
  @ApiRefusals(400, 401, 403, 404, 409, 422)
  findVergeOfManifestFailure(
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @Body() dto: FindVergeOfManifestFailureDto,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) response: Response,
    @Headers('if-match') ifMatch?: string,
    @Headers('idempotency-key') idempotencyKey?: string,
  ) {
    const findingId = newId(actor, `verge-finding|${caseId}`, idempotencyKey);
    return this.execute(caseId, { type: 'find-verge-of-manifest-failure', findingId, ...dto, actor, at: new Date() }, response, ifMatch, idempotencyKey);
  }

  private async execute(caseId: string, command: SecretaryGeneralCommand, response: Response, ifMatch?: string, idempotencyKey?: string) {
    const outcome = await this.commands.execute(
      new ExecuteSecretaryGeneralCommand(caseId, command, { expectedRevision: expectedRevisionFrom(ifMatch), idempotencyKey }),
    );
    setRevision(response, outcome.revision);
    return { caseId, ...outcome.events[0]?.data, revision: outcome.revision.toString() };
  }
}
