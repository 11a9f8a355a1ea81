import { Controller, Get, Param, ParseUUIDPipe, Query, Req, Res, UseGuards } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import { Response } from 'express';
import { ApiRefusals } from '@rtop/http';
import { CurrentActor, ReadPolicy } from '@rtop/identity';
import { Actor } from '@rtop/kernel';
import { HeavyRead } from '@rtop/rate-limits';
import { TIMELINE_PAGE_CONTENT_SECURITY_POLICY } from '../page/timeline-page';
import { ReadTimelinePage } from '../queries/read-timeline-page.query';
import { PageReaderGuard, PageRequest } from './page-session.guards';
import { CASE_READ_POLICY } from './read-policies';
import { AS_OF_QUERY, BY_QUERY, NOW_QUERY } from './replay-query';

@ApiTags('Accountability: case timeline')
@ApiBearerAuth()
@UseGuards(PageReaderGuard)
@Controller('cases/:caseId/timeline/page')
export class TimelinePageController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @ApiOperation({
    summary: 'The auditors’ timeline page of one case (HTML)',
    description:
      'A self-contained HTML page, no script: the case’s events on a time axis with one lane per body, the warning-response figures, vetoes and pledges ' +
      'breached, and every event in a table. Replayable with asOf and by like the timeline. The reader is named by the bearer token in the Authorization ' +
      'header, or, in a browser, by the page session POST /page-session opened (sign in at GET /page-session): a token is never in the page or its address.',
  })
  @ApiQuery(AS_OF_QUERY)
  @ApiQuery(BY_QUERY)
  @ApiQuery({ ...NOW_QUERY, description: `${NOW_QUERY.description} Default: asOf when given.` })
  @ApiProduces('text/html')
  @ApiOkResponse({ description: 'The page.', content: { 'text/html': { schema: { type: 'string' } } } })
  @ApiRefusals(400, 401, 404)
  @HeavyRead()
  @ReadPolicy(CASE_READ_POLICY.page)
  async page(
    @CurrentActor() reader: Actor,
    @Req() request: PageRequest,
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @Res({ passthrough: true }) response: Response,
    @Query('asOf') asOf?: string,
    @Query('by') by?: string,
    @Query('now') now?: string,
  ): Promise<string> {
    const signedInUntil = request.pageSession?.expiresAt.toISOString();
    const html = await this.queries.execute(new ReadTimelinePage(reader, caseId, { asOf, by, now, signedInUntil }));
    // Set on the page alone: a refusal stays JSON, never HTML that would show what the request carried.
    response.set({
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': TIMELINE_PAGE_CONTENT_SECURITY_POLICY,
      'Cache-Control': 'no-store',
      'Referrer-Policy': 'same-origin',
      'X-Content-Type-Options': 'nosniff',
    });
    return html;
  }
}
