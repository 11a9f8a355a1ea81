import { Controller, Get, Param, ParseUUIDPipe, Query, UseGuards } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { ApiRefusals } from '@rtop/http';
import { AuthenticatedActorGuard, CurrentActor, ReadPolicy } from '@rtop/identity';
import { Actor } from '@rtop/kernel';
import { ReadCaseTimeline } from '../queries/read-case-timeline.query';
import { AS_OF_QUERY, BY_QUERY } from './replay-query';
import { CASE_READ_POLICY } from './read-policies';

@ApiTags('Accountability: case timeline')
@ApiBearerAuth()
@UseGuards(AuthenticatedActorGuard)
@Controller('cases/:caseId/timeline')
export class TimelineController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @ApiOperation({
    summary: 'The events of a case the reader may read, page by page',
    description:
      'Every event of the case across all contexts that the reader may read, in the order of the clock `by` names (ties in recording order), ' +
      'up to `asOf` by that clock. Each event carries when it happened (occurredAt) and when it was recorded (recordedAt). ' +
      'Pass `next` as `after` for the following page; `next` is null on the last.',
  })
  @ApiQuery(AS_OF_QUERY)
  @ApiQuery(BY_QUERY)
  @ApiQuery({ name: 'limit', required: false, description: 'Events per page, 1 to 500 (default 50).' })
  @ApiQuery({ name: 'after', required: false, description: 'The `next` of the previous page.' })
  @ApiOkResponse({ description: '{caseId, asOf, by, events, next}' })
  @ApiRefusals(400, 401, 404)
  @ReadPolicy(CASE_READ_POLICY.timeline)
  timeline(
    @CurrentActor() reader: Actor,
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @Query('asOf') asOf?: string,
    @Query('by') by?: string,
    @Query('limit') limit?: string,
    @Query('after') after?: string,
  ) {
    return this.queries.execute(new ReadCaseTimeline(reader, caseId, { asOf, by, limit, after }));
  }
}
