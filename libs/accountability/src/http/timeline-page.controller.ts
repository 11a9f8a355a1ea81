import { Controller, Get, Inject, Param, ParseUUIDPipe, Query, Res, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import { Response } from 'express';
import { EVENT_STORE, EventStore } from '@rtop/event-store';
import { ApiRefusals } from '@rtop/http';
import { NotFound } from '@rtop/kernel';
import { caseFigures } from '../figures/case-figures';
import { ACCOUNTABILITY_REGIONS, RegionMap } from '../figures/regions';
import { TIMELINE_PAGE_CONTENT_SECURITY_POLICY, renderTimelinePage } from '../page/timeline-page';
import { readTimeline } from '../replay/case-timelines';
import { timelineAsOf } from '../timeline/timeline-entry';
import { PageTokenGuard } from './page-token.guard';
import { AS_OF_QUERY, BY_QUERY, NOW_QUERY, parseClock, parseInstant } from './replay-query';

@ApiTags('Accountability: case timeline')
@ApiBearerAuth()
@UseGuards(PageTokenGuard)
@Controller('cases/:caseId/timeline/page')
export class TimelinePageController {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(ACCOUNTABILITY_REGIONS) private readonly regions: RegionMap,
  ) {}

  @Get()
  @ApiOperation({
    summary: 'The auditors’ timeline page of one case (HTML)',
    description:
      'A self-contained HTML page, no script: the case’s events on a time axis with one lane per body, the warning-response figures, vetoes and pledges ' +
      'breached, and every event in a table. Replayable with asOf and by like the timeline. Opened in a browser, it accepts the bearer token in the ' +
      '`token` query parameter (this page only; the address then holds the token, so share the page by its address without it) or in the Authorization header.',
  })
  @ApiQuery({ name: 'token', required: false, description: 'The bearer token, for a browser that cannot send the Authorization header. This page only.' })
  @ApiQuery(AS_OF_QUERY)
  @ApiQuery(BY_QUERY)
  @ApiQuery({ ...NOW_QUERY, description: `${NOW_QUERY.description} Default: asOf when given.` })
  @ApiProduces('text/html')
  @ApiOkResponse({ description: 'The page.', content: { 'text/html': { schema: { type: 'string' } } } })
  @ApiRefusals(400, 401, 404)
  async page(
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @Res({ passthrough: true }) response: Response,
    @Query('asOf') asOf?: string,
    @Query('by') by?: string,
    @Query('now') now?: string,
    @Query('token') token?: string,
  ): Promise<string> {
    const instant = parseInstant('asOf', asOf);
    const clock = parseClock(by);
    const figuresAt = parseInstant('now', now) ?? instant ?? new Date();
    const entries = await readTimeline(this.store, caseId);
    if (!entries.length) throw new NotFound('case-exists', `no timeline for case ${caseId}`);
    const html = renderTimelinePage({
      caseId,
      timeline: timelineAsOf(entries, instant, clock),
      by: clock,
      asOf: instant?.toISOString() ?? null,
      figures: caseFigures(caseId, entries, figuresAt, this.regions),
      token: token || null,
    });
    // Set on the page alone: a refusal stays JSON, never HTML that would show what the request carried.
    response.set({
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': TIMELINE_PAGE_CONTENT_SECURITY_POLICY,
      'Cache-Control': 'no-store',
      'Referrer-Policy': 'no-referrer',
      'X-Content-Type-Options': 'nosniff',
    });
    return html;
  }
}
