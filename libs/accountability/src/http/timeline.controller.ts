import { BadRequestException, Controller, Get, Inject, Param, ParseUUIDPipe, Query, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiQuery, ApiTags } from '@nestjs/swagger';
import { EVENT_STORE, EventStore } from '@rtop/event-store';
import { ApiRefusals } from '@rtop/http';
import { AuthenticatedActorGuard } from '@rtop/identity';
import { NotFound } from '@rtop/kernel';
import { TimelineEntry, timelineAsOf } from '../timeline/timeline-entry';
import { timelineStreamId } from '../timeline/record-timeline-entry';

@ApiTags('Accountability: case timeline')
@ApiBearerAuth()
@UseGuards(AuthenticatedActorGuard)
@Controller('cases/:caseId/timeline')
export class TimelineController {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  @Get()
  @ApiQuery({ name: 'asOf', required: false, description: 'An ISO 8601 instant: the timeline as the system knew it then.' })
  @ApiOkResponse({ description: 'Every event of the case across all contexts, in the order the log recorded them.' })
  @ApiRefusals(400, 401, 404)
  async timeline(@Param('caseId', ParseUUIDPipe) caseId: string, @Query('asOf') asOf?: string) {
    const instant = asOf === undefined ? undefined : new Date(asOf);
    if (instant && Number.isNaN(instant.getTime())) throw new BadRequestException(`asOf must be an ISO 8601 instant, not ${asOf}`);
    const recorded = await this.store.readStream(timelineStreamId(caseId));
    if (!recorded.length) throw new NotFound('case-exists', `no timeline for case ${caseId}`);
    const events = timelineAsOf(recorded.map((e) => e.data as TimelineEntry), instant);
    return { caseId, asOf: instant?.toISOString() ?? null, events };
  }
}
