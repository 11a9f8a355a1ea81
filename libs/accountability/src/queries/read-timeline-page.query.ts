import { Inject } from '@nestjs/common';
import { instantParameter } from '@rtop/http';
import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { SQL_SESSION, SqlSession } from '@rtop/event-store';
import { Actor, NotFound } from '@rtop/kernel';
import { caseFigures } from '../figures/case-figures';
import { ACCOUNTABILITY_REGIONS, RegionMap } from '../figures/regions';
import { parseClock } from './replay-parameters';
import { renderTimelinePage } from '../page/timeline-page';
import { ACCOUNTABILITY_SCHEMA, readableEntries } from '../read-side/timeline-table';
import { timelineAsOf } from '../timeline/timeline-entry';

export class ReadTimelinePage extends Query<string> {
  constructor(
    readonly reader: Actor,
    readonly caseId: string,
    readonly params: { readonly asOf?: string; readonly by?: string; readonly now?: string; readonly signedInUntil?: string },
  ) {
    super();
  }
}

/**
 * The timeline page (HTML) of one case: every entry the reader may read, on one page, with the
 * figures over the same entries. A page is one case, so it loads that case's readable entries whole.
 */
@QueryHandler(ReadTimelinePage)
export class ReadTimelinePageHandler implements IQueryHandler<ReadTimelinePage> {
  constructor(
    @Inject(SQL_SESSION) private readonly sql: SqlSession,
    @Inject(ACCOUNTABILITY_REGIONS) private readonly regions: RegionMap,
  ) {}

  async execute({ reader, caseId, params }: ReadTimelinePage): Promise<string> {
    const instant = instantParameter('asOf', params.asOf);
    const clock = parseClock(params.by);
    const figuresAt = instantParameter('now', params.now) ?? instant ?? new Date();
    const entries = await readableEntries(this.sql, ACCOUNTABILITY_SCHEMA, reader, caseId);
    if (!entries.length) throw new NotFound('case-exists', `no timeline for case ${caseId}`);
    return renderTimelinePage({
      caseId,
      timeline: timelineAsOf(entries, instant, clock),
      by: clock,
      asOf: instant?.toISOString() ?? null,
      figures: caseFigures(caseId, entries, figuresAt, this.regions),
      signedInUntil: params.signedInUntil ?? null,
    });
  }
}
