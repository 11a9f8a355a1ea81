import {
  Body,
  Controller,
  DefaultValuePipe,
  Delete,
  Get,
  Inject,
  Param,
  ParseIntPipe,
  ParseUUIDPipe,
  Post,
  Query,
  UseGuards,
} from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiParam, ApiQuery, ApiTags } from '@nestjs/swagger';
import { ExecuteOnStream } from '@rtop/commands';
import { ApiCommandHeaders, ApiRefusals, ApiRequestExample, CommandContext, newIdFor } from '@rtop/http';
import { AuthenticatedActorGuard, CurrentActor, ReadPolicy } from '@rtop/identity';
import { Actor, InvalidCommand, REGIONAL_BODIES, RegionalBody } from '@rtop/kernel';
import { isWholeNumber } from '@rtop/read-model';
import { EndpointGuard } from '../delivery/endpoint-guard';
import { WEBHOOK_CONFIG, WebhookConfig } from '../delivery/webhook-config';
import { newWebhookSecret } from '../delivery/webhook-message';
import { DeliveriesPage, ListWebhookDeliveries } from '../read/list-webhook-deliveries.handler';
import { ListWebhooks, WebhookView } from '../read/list-webhooks.handler';
import { requireTheOfficeItself } from '../webhooks/office-remit';
import { SECRET_SEAL, SecretSeal } from '../webhooks/secret-seal';
import { parseWebhookUrl } from '../webhooks/subscribe-webhook';
import { WebhookEvent } from '../webhooks/webhook-events';
import { WebhookCommand } from '../webhooks/webhook-subscriptions';
import { LIAISON_WEBHOOKS } from '../webhooks/webhook-subscriptions-stream';
import { LiaisonOfficePipe } from './liaison-office.pipe';
import { RedeliverDto, SubscribeWebhookDto } from './webhooks.dto';

const OFFICE_AND_AUDITORS =
  'That regional body, auditors (never the secrets). Any other reader is refused 403 (remit): the body is named in the path, so nothing is revealed.';

/**
 * The feed pushed to an office's own endpoint, signed as Standard Webhooks prescribe. Every
 * change is an event on the office's webhooks stream, through the one write path.
 */
@ApiTags('Subscription gateway: liaison webhooks')
@ApiBearerAuth()
@UseGuards(AuthenticatedActorGuard)
@ApiParam({ name: 'body', enum: REGIONAL_BODIES })
@Controller('liaison/:body/webhooks')
export class WebhooksController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
    private readonly guard: EndpointGuard,
    @Inject(WEBHOOK_CONFIG) private readonly config: WebhookConfig,
    @Inject(SECRET_SEAL) private readonly seal: SecretSeal,
  ) {}

  @Post()
  @ApiOperation({
    summary: 'Subscribe an endpoint to the office’s feed',
    description:
      'Every event of the feed, from its first, is POSTed to the URL as the CloudEvent its Kafka topic carries, signed with the secret returned here (shown this once).',
  })
  @ApiRequestExample(SubscribeWebhookDto, 'The AU Commission’s liaison office subscribes its endpoint', {
    url: 'https://192.0.2.40/rtop/webhooks',
  })
  @ApiCommandHeaders()
  @ApiCreatedResponse({ description: '`{"id", "url", "secret"}`: the subscription and its signing secret (whsec_…).' })
  @ApiRefusals(400, 401, 403, 422)
  async subscribe(
    @Param('body', LiaisonOfficePipe) body: RegionalBody,
    @Body() dto: SubscribeWebhookDto,
    @CommandContext() request: CommandContext,
  ) {
    const subscriptionId = newIdFor(request, `webhook|${body}`);
    const command = {
      type: 'subscribe-webhook',
      body,
      url: dto.url,
      secret: this.seal.seal(newWebhookSecret(), subscriptionId),
      subscriptionId,
      actor: request.actor,
      at: request.at,
    } as const;
    requireTheOfficeItself(command, 'subscribing a webhook');
    await this.guard.addressesOf(parseWebhookUrl(dto.url));
    const { events, revision } = await this.execute(command, request);
    // Sent again with the same Idempotency-Key, the answer is the subscription first made, its secret included.
    const [{ data }] = events as [Extract<WebhookEvent, { type: 'webhook-subscribed' }>];
    return { id: data.subscriptionId, url: data.url, secret: this.seal.open(data.secret, data.subscriptionId), revision };
  }

  @Get()
  @ApiOkResponse({ description: 'The office’s subscriptions and where each one’s delivery stands (never their secrets).' })
  @ApiRefusals(400, 401, 403)
  @ReadPolicy(OFFICE_AND_AUDITORS)
  list(@Param('body', LiaisonOfficePipe) body: RegionalBody, @CurrentActor() reader: Actor): Promise<{ webhooks: WebhookView[] }> {
    return this.queries.execute(new ListWebhooks(body, reader));
  }

  @Delete(':id')
  @ApiCommandHeaders()
  @ApiOkResponse({ description: 'Delivery to the endpoint stops.' })
  @ApiRefusals(400, 401, 403, 404)
  async remove(
    @Param('body', LiaisonOfficePipe) body: RegionalBody,
    @Param('id', ParseUUIDPipe) subscriptionId: string,
    @CommandContext() request: CommandContext,
  ) {
    const { revision } = await this.execute(
      { type: 'remove-webhook', body, subscriptionId, actor: request.actor, at: request.at },
      request,
    );
    return { id: subscriptionId, removed: true, revision };
  }

  @Post(':id/rotate-secret')
  @ApiCommandHeaders()
  @ApiCreatedResponse({
    description:
      '`{"id", "secret", "previousSecretValidUntil"}`: the new secret signs from now on; the old one signs beside it until then (RTOP_WEBHOOK_SECRET_OVERLAP, default 24 h).',
  })
  @ApiRefusals(400, 401, 403, 404)
  async rotateSecret(
    @Param('body', LiaisonOfficePipe) body: RegionalBody,
    @Param('id', ParseUUIDPipe) subscriptionId: string,
    @CommandContext() request: CommandContext,
  ) {
    const command = {
      type: 'rotate-webhook-secret',
      body,
      subscriptionId,
      secret: this.seal.seal(newWebhookSecret(), subscriptionId),
      overlapMs: this.config.secretOverlapMs,
      actor: request.actor,
      at: request.at,
    } as const;
    const { events, revision } = await this.execute(command, request);
    const [{ data }] = events as [Extract<WebhookEvent, { type: 'webhook-secret-rotated' }>];
    const secret = this.seal.open(data.secret, subscriptionId);
    return { id: subscriptionId, secret, previousSecretValidUntil: data.previousSecretValidUntil, revision };
  }

  @Get(':id/deliveries')
  @ApiQuery({ name: 'after', required: false, description: 'The `next` of the previous page.' })
  @ApiQuery({ name: 'limit', required: false, description: 'At most this many attempts (1–1000, default 100).' })
  @ApiOkResponse({
    description:
      'Every attempt, oldest first: event, feed position, outcome (delivered, failed, parked), the endpoint’s status or the error, and when.',
  })
  @ApiRefusals(400, 401, 403, 404)
  @ReadPolicy(OFFICE_AND_AUDITORS)
  deliveries(
    @Param('body', LiaisonOfficePipe) body: RegionalBody,
    @Param('id', ParseUUIDPipe) subscriptionId: string,
    @CurrentActor() reader: Actor,
    @Query('after') after?: string,
    @Query('limit', new DefaultValuePipe(100), ParseIntPipe) limit = 100,
  ): Promise<DeliveriesPage> {
    if (after !== undefined && !isWholeNumber(after))
      throw new InvalidCommand('page-after', 'after must be the `next` of a page of deliveries');
    if (limit < 1 || limit > 1000) throw new InvalidCommand('page-limit', 'limit must lie between 1 and 1000');
    return this.queries.execute(new ListWebhookDeliveries(body, subscriptionId, reader, BigInt(after ?? 0), limit));
  }

  @Post(':id/redeliver')
  @ApiRequestExample(RedeliverDto, 'Deliver again from the feed’s first position', { from: '0.0' })
  @ApiCommandHeaders()
  @ApiCreatedResponse({
    description:
      'Delivery starts again at the position, a parked delivery included, and goes on in order; each event keeps its webhook-id.',
  })
  @ApiRefusals(400, 401, 403, 404)
  async redeliver(
    @Param('body', LiaisonOfficePipe) body: RegionalBody,
    @Param('id', ParseUUIDPipe) subscriptionId: string,
    @Body() dto: RedeliverDto,
    @CommandContext() request: CommandContext,
  ) {
    const { revision } = await this.execute(
      { type: 'request-redelivery', body, subscriptionId, from: dto.from, actor: request.actor, at: request.at },
      request,
    );
    return { id: subscriptionId, from: dto.from, revision };
  }

  private async execute(command: WebhookCommand, request: CommandContext) {
    const outcome = await this.commands.execute(new ExecuteOnStream(LIAISON_WEBHOOKS, command, request));
    return { events: outcome.events, revision: outcome.revision.toString() };
  }
}
