import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Res, UseGuards } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Response } from 'express';
import { ExecuteOnStream } from '@rtop/commands';
import { ApiCommandHeaders, ApiRefusals, ApiRequestExample, CommandContext, EXAMPLE_REFS, newIdFor, setRevision } from '@rtop/http';
import { AuthenticatedActorGuard, CurrentActor, ReadPolicy } from '@rtop/identity';
import { Actor } from '@rtop/kernel';
import { SECRETARY_GENERAL_CASE, SecretaryGeneralCaseCommand } from '../application/secretary-general-case-stream';
import {
  AppointSpecialEnvoyDto,
  FindVergeOfManifestFailureDto,
  RecommendToAnOrganDto,
  NotifyCouncilUnderArticle99Dto,
  OfferGoodOfficesDto,
} from './secretary-general-acts.dto';
import { GetSecretaryGeneralCase } from '../read/get-secretary-general-case.handler';
import { SECRETARY_GENERAL_READ_POLICY } from '../read/secretary-general-read-access';
import { SecretaryGeneralCaseView } from '../read/secretary-general-views';

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
  @ApiRequestExample(NotifyCouncilUnderArticle99Dto, 'Illustrative: the Secretary-General brings Kenya to the Council’s attention', {
    summary:
      'Killings and expulsions along ethnic lines continue in the Rift Valley, Nairobi and western Kenya, and the police cannot contain them; the situation may threaten international peace and security.',
  })
  @ApiOperation({ summary: 'Bring the matter to the Security Council’s attention under Art. 99', description: 'Secretary-General only.' })
  @ApiCommandHeaders()
  @ApiCreatedResponse({ description: 'article-99-notification-sent: the Council has the matter before it.' })
  @ApiRefusals(400, 401, 403, 409)
  notify(
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @Body() dto: NotifyCouncilUnderArticle99Dto,
    @CommandContext() request: CommandContext,
  ) {
    const notificationId = newIdFor(request, `article-99|${caseId}`);
    return this.execute(
      { type: 'notify-council-under-article-99', caseId, notificationId, summary: dto.summary, actor: request.actor, at: request.at },
      request,
    );
  }

  @Post('good-offices')
  @ApiRequestExample(OfferGoodOfficesDto, 'Kenya, 2008: good offices in support of the AU Panel', {
    parties: ['Government of Kenya (Party of National Unity)', 'Orange Democratic Movement'],
    mandate: 'Support the AU-led mediation of the Panel of Eminent African Personalities; no parallel UN track.',
  })
  @ApiOperation({ summary: 'Offer the Secretary-General’s good offices to the parties', description: 'Secretary-General only.' })
  @ApiCommandHeaders()
  @ApiCreatedResponse({ description: 'good-offices-offered.' })
  @ApiRefusals(400, 401, 403, 409)
  offerGoodOffices(
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @Body() dto: OfferGoodOfficesDto,
    @CommandContext() request: CommandContext,
  ) {
    const offerId = newIdFor(request, `good-offices|${caseId}`);
    const { parties, mandate } = dto;
    return this.execute({ type: 'offer-good-offices', caseId, offerId, parties, mandate, actor: request.actor, at: request.at }, request);
  }

  @Post('special-envoys')
  @ApiRequestExample(AppointSpecialEnvoyDto, 'Illustrative: a liaison envoy to the AU Panel', {
    offerId: EXAMPLE_REFS.offerId,
    envoy: 'Senior mediation adviser, DPA',
    mandate: 'Carry the good offices to Nairobi and put the UN’s mediation support at the Panel’s disposal.',
  })
  @ApiOperation({ summary: 'Appoint a special envoy to carry good offices already offered', description: 'Secretary-General only.' })
  @ApiCommandHeaders()
  @ApiCreatedResponse({ description: 'special-envoy-appointed.' })
  @ApiRefusals(400, 401, 403, 404, 409)
  appointSpecialEnvoy(
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @Body() dto: AppointSpecialEnvoyDto,
    @CommandContext() request: CommandContext,
  ) {
    const envoyId = newIdFor(request, `special-envoy|${caseId}`);
    const { offerId, envoy, mandate } = dto;
    const command = {
      type: 'appoint-special-envoy',
      caseId,
      envoyId,
      offerId,
      envoy,
      mandate,
      actor: request.actor,
      at: request.at,
    } as const;
    return this.execute(command, request);
  }

  @Post('recommendations')
  @ApiRequestExample(RecommendToAnOrganDto, 'Kenya, 2008: a recommendation to the Security Council', {
    recipient: 'un-security-council',
    content: 'Back the AU-led mediation; hold Chapter VII measures in reserve should it fail.',
    optionIds: [EXAMPLE_REFS.optionId],
  })
  @ApiOperation({
    summary: 'Put a recommendation to an intergovernmental organ',
    description: 'Secretary-General only. It may name the standing group’s tabled options it puts forward.',
  })
  @ApiCommandHeaders()
  @ApiCreatedResponse({ description: 'recommendation-made.' })
  @ApiRefusals(400, 401, 403, 404, 409)
  makeRecommendation(
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @Body() dto: RecommendToAnOrganDto,
    @CommandContext() request: CommandContext,
  ) {
    const recommendationId = newIdFor(request, `recommendation|${caseId}`);
    const { recipient, content, optionIds } = dto;
    const command = {
      type: 'make-recommendation',
      caseId,
      recommendationId,
      recipient,
      content,
      optionIds,
      actor: request.actor,
      at: request.at,
    } as const;
    return this.execute(command, request);
  }

  @Post('verge-of-manifest-failure-findings')
  @ApiRequestExample(FindVergeOfManifestFailureDto, 'Kenya, 2008: the verge of manifest failure', {
    assessmentId: EXAMPLE_REFS.assessmentId,
    reasons:
      'Very high risk of crimes against humanity; killings and expulsions continue in several provinces and the police cannot contain them.',
  })
  @ApiOperation({
    summary: 'Find the situation at the verge of manifest failure',
    description:
      'Secretary-General only. The finding rests on a received assessment that puts at least one crime at high or very-high risk, and states its reasons; it is what allows the standing group to be convened.',
  })
  @ApiCommandHeaders()
  @ApiCreatedResponse({ description: 'verge-of-manifest-failure-found, with the crimes at high risk.' })
  @ApiRefusals(400, 401, 403, 404, 409, 422)
  findVergeOfManifestFailure(
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @Body() dto: FindVergeOfManifestFailureDto,
    @CommandContext() request: CommandContext,
  ) {
    const findingId = newIdFor(request, `verge-finding|${caseId}`);
    return this.execute(
      {
        type: 'find-verge-of-manifest-failure',
        caseId,
        findingId,
        assessmentId: dto.assessmentId,
        reasons: dto.reasons,
        actor: request.actor,
        at: request.at,
      },
      request,
    );
  }

  private async execute(command: SecretaryGeneralCaseCommand, request: CommandContext) {
    const outcome = await this.commands.execute(new ExecuteOnStream(SECRETARY_GENERAL_CASE, command, request));
    return { caseId: command.caseId, ...outcome.events[0]?.data, revision: outcome.revision.toString() };
  }
}
