import { BadRequestException, Controller, Get, Param, ParseIntPipe, Query, UseGuards, DefaultValuePipe } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiParam, ApiQuery, ApiTags } from '@nestjs/swagger';
import { GlobalCheckpoint, START_OF_LOG } from '@rtop/event-store';
import { ApiRefusals } from '@rtop/http';
import { AuthenticatedActorGuard, CurrentActor, ReadPolicy } from '@rtop/identity';
import { Actor, InvalidCommand, REGIONAL_BODIES, RegionalBody } from '@rtop/kernel';
import { LiaisonFeedPage, ReadLiaisonFeed } from '../read/read-liaison-feed.handler';
import { checkpointAt } from '../webhooks/feed-position';

const parseAfter = (after?: string): GlobalCheckpoint => {
  if (!after) return START_OF_LOG;
  const checkpoint = checkpointAt(after);
  if (!checkpoint) throw new InvalidCommand('feed-position', 'after must be a position this feed returned, such as 812.40');
  return checkpoint;
};

/** The same feed as the office's Kafka topic, over HTTP, for an office without Kafka. */
@ApiTags('Subscription gateway: liaison feeds')
@ApiBearerAuth()
@UseGuards(AuthenticatedActorGuard)
@Controller('liaison')
export class LiaisonFeedController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':body/events')
  @ApiParam({ name: 'body', enum: REGIONAL_BODIES })
  @ApiQuery({ name: 'after', required: false, description: 'The `next` position of the previous page; omit to start from the beginning.' })
  @ApiQuery({ name: 'limit', required: false, description: 'At most this many events (1–1000, default 100).' })
  @ApiOkResponse({ description: 'The events this office is entitled to, in order, and the position to ask from next.' })
  @ApiRefusals(400, 401, 403)
  @ReadPolicy(
    'That regional body, auditors. Any other reader is refused 403 (remit): the body is named in the path, so nothing is revealed.',
  )
  events(
    @Param('body') body: string,
    @CurrentActor() reader: Actor,
    @Query('after') after?: string,
    @Query('limit', new DefaultValuePipe(100), ParseIntPipe) limit = 100,
  ): Promise<LiaisonFeedPage> {
    if (!(REGIONAL_BODIES as readonly string[]).includes(body))
      throw new BadRequestException(`${body} is not a regional body with a liaison office`);
    if (limit < 1 || limit > 1000) throw new BadRequestException('limit must lie between 1 and 1000');
    return this.queries.execute(new ReadLiaisonFeed(body as RegionalBody, reader, parseAfter(after), limit));
  }
}
