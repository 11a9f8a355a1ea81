import { Controller, Get, Inject, Param, ParseUUIDPipe, Query, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiQuery, ApiTags } from '@nestjs/swagger';
import { EVENT_STORE, EventStore } from '@rtop/event-store';
import { ApiRefusals } from '@rtop/http';
import { AuthenticatedActorGuard } from '@rtop/identity';
import { NotFound } from '@rtop/kernel';
import { TimelineEntry, timelineAsOf } from '../timeline/timeline-entry';
import { timelineStreamId } from '../timeline/record-timeline-entry';
import { BY_QUERY, parseClock, parseInstant } from './replay-query';

@ApiTags('Accountability: case timeline')
@ApiBearerAuth()
@UseGuards(AuthenticatedActorGuard)
@Controller('cases/:caseId/timeline')
export class TimelineController {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  @Get()
  @ApiQuery({ name: 'asOf', required: false, description: 'An ISO 8601 instant: the timeline as it stood then, by the clock `by` names.' })
  @ApiQuery(BY_QUERY)
  @ApiOkResponse({ description: 'Every event of the case across all contexts, in the order of the clock `by` names (by default, the order the log recorded them).' })
  @ApiRefusals(400, 401, 404)
  async timeline(@Param('caseId', ParseUUIDPipe) caseId: string, @Query('asOf') asOf?: string, @Query('by') by?: string) {
    const instant = parseInstant('asOf', asOf);
    const clock = parseClock(by);
    const recorded = await this.store.readStream(timelineStreamId(caseId));
    if (!recorded.length) throw new NotFound('case-exists', `no timeline for case ${caseId}`);
    const events = timelineAsOf(recorded.map((e) => e.data as TimelineEntry), instant, clock);
    return { caseId, asOf: instant?.toISOString() ?? null, by: clock, events };
  }
}
