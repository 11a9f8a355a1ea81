import { Controller, Get, Param, Query, Req, Res, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiOperation, ApiParam, ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import { GlobalCheckpoint, START_OF_LOG } from '@rtop/event-store';
import { ApiRefusals } from '@rtop/http';
import { AuthenticatedActorGuard, CurrentActor, ReadPolicy } from '@rtop/identity';
import { Actor, InvalidCommand, REGIONAL_BODIES, RegionalBody } from '@rtop/kernel';
import { Request, Response } from 'express';
import { requireOfficeReader } from '../read/list-webhooks.handler';
import { checkpointAt } from '../webhooks/feed-position';
import { LiaisonEventStreams } from './liaison-event-streams';
import { LiaisonOfficePipe } from './liaison-office.pipe';

/** A repeated `after` comes as an array: it names no position. */
function positionFrom(text: string | string[] | undefined): GlobalCheckpoint {
  if (text === undefined || text === '') return START_OF_LOG;
  const checkpoint = checkpointAt(typeof text === 'string' ? text.trim() : text);
  if (!checkpoint)
    throw new InvalidCommand('feed-position', 'Last-Event-ID (or after) must be a feed position this stream sent, such as 812.40');
  return checkpoint;
}

/** The office's feed live, for an office that keeps a connection open rather than receive webhooks. */
@ApiTags('Subscription gateway: liaison feeds')
@ApiBearerAuth()
@UseGuards(AuthenticatedActorGuard)
@Controller('liaison')
export class LiaisonStreamController {
  constructor(private readonly streams: LiaisonEventStreams) {}

  @Get(':body/stream')
  @ApiParam({ name: 'body', enum: REGIONAL_BODIES })
  @ApiOperation({
    summary: 'The office’s feed, live, as Server-Sent Events',
    description:
      'A client resumes with the `Last-Event-ID` header (the `id:` of the last event it received) and gets every event after it; without it, the stream starts at the feed’s first event.',
  })
  @ApiHeader({ name: 'Last-Event-ID', required: false, description: 'The `id:` of the last event the client received.' })
  @ApiQuery({ name: 'after', required: false, description: 'The same as Last-Event-ID, for a client that cannot set headers.' })
  @ApiProduces('text/event-stream')
  @ApiOkResponse({
    description:
      'Server-Sent Events: `id:` the feed position, `data:` the CloudEvent as on the office’s Kafka topic; a `: heartbeat` comment when idle (RTOP_SSE_HEARTBEAT_MS).',
  })
  @ApiRefusals(400, 401, 403)
  @ReadPolicy(
    'That regional body, auditors, as its feed. Any other reader is refused 403 (remit): the body is named in the path, so nothing is revealed.',
  )
  async stream(
    @Param('body', LiaisonOfficePipe) body: RegionalBody,
    @CurrentActor() reader: Actor,
    @Req() request: Request,
    @Res() response: Response,
    @Query('after') after?: string,
  ): Promise<void> {
    requireOfficeReader(reader, body);
    // Read from the request, not @Headers(): that decorator would document the header as required.
    await this.streams.stream(body, positionFrom(request.header('last-event-id') ?? after), response);
  }
}
