import { Controller, Get, Inject, Param, ParseUUIDPipe, Query, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { EVENT_STORE, EventStore } from '@rtop/event-store';
import { ApiRefusals } from '@rtop/http';
import { AuthenticatedActorGuard } from '@rtop/identity';
import { NotFound } from '@rtop/kernel';
import { CaseFigures, caseFigures } from '../figures/case-figures';
import { ACCOUNTABILITY_REGIONS, RegionMap } from '../figures/regions';
import { readTimeline } from '../replay/case-timelines';
import { whoKnewWhat } from '../replay/knowledge';
import { timeOn, timelineAsOf } from '../timeline/timeline-entry';
import { AccountabilityCaseFiguresView, AccountabilityKnowledgeView } from './accountability-views';
import { AS_OF_QUERY, BY_QUERY, NOW_QUERY, parseClock, parseInstant } from './replay-query';

@ApiTags('Accountability: case timeline')
@ApiBearerAuth()
@UseGuards(AuthenticatedActorGuard)
@Controller('cases/:caseId')
export class CaseAccountabilityController {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(ACCOUNTABILITY_REGIONS) private readonly regions: RegionMap,
  ) {}

  @Get('figures')
  @ApiOperation({
    summary: 'The accountability figures of one case',
    description:
      'From the first information report: time to the first assessment, the first transmission, each organ’s first decision and the first measure ' +
      'registered; every warning (an assessment transmitted to an organ) and whether a decision answered it, the unanswered ones being the ' +
      'warning-response gap; vetoes and pledges breached; the risk the latest assessment gives. Durations are in milliseconds between when events happened.',
  })
  @ApiQuery(NOW_QUERY)
  @ApiOkResponse({ type: AccountabilityCaseFiguresView })
  @ApiRefusals(400, 401, 404)
  async figures(@Param('caseId', ParseUUIDPipe) caseId: string, @Query('now') now?: string): Promise<CaseFigures> {
    const instant = parseInstant('now', now) ?? new Date();
    const entries = await readTimeline(this.store, caseId);
    if (!entries.some((entry) => timeOn('recorded', entry) <= instant.getTime())) {
      throw new NotFound('case-exists', `nothing had been recorded on case ${caseId} by ${instant.toISOString()}`);
    }
    return caseFigures(caseId, entries, instant, this.regions);
  }

  @Get('knowledge')
  @ApiOperation({
    summary: 'Who knew what and when',
    description:
      'Per organ, each assessment (id and content digest) that reached it and when — issued, received, sent by a transmission, placed before the ' +
      'organ — with whether the digest is the one issued, and what the organ decided. Replayable as the case stood at any instant.',
  })
  @ApiQuery(AS_OF_QUERY)
  @ApiQuery(BY_QUERY)
  @ApiOkResponse({ type: AccountabilityKnowledgeView })
  @ApiRefusals(400, 401, 404)
  async knowledge(@Param('caseId', ParseUUIDPipe) caseId: string, @Query('asOf') asOf?: string, @Query('by') by?: string) {
    const instant = parseInstant('asOf', asOf);
    const clock = parseClock(by);
    const entries = await readTimeline(this.store, caseId);
    if (!entries.length) throw new NotFound('case-exists', `no timeline for case ${caseId}`);
    return { caseId, asOf: instant?.toISOString() ?? null, by: clock, ...whoKnewWhat(timelineAsOf(entries, instant, clock)) };
  }
}
