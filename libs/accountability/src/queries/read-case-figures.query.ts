import { Inject } from '@nestjs/common';
import { instantParameter } from '@rtop/http';
import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { SQL_SESSION, SqlSession } from '@rtop/event-store';
import { Actor, NotFound } from '@rtop/kernel';
import { CaseFigures, caseFigures } from '../figures/case-figures';
import { ACCOUNTABILITY_REGIONS, RegionMap } from '../figures/regions';
import { figuresEntries } from '../read-side/figures-entries';
import { ACCOUNTABILITY_SCHEMA } from '../read-side/timeline-table';

export class ReadCaseFigures extends Query<CaseFigures> {
  constructor(
    readonly reader: Actor,
    readonly caseId: string,
    readonly now?: string,
  ) {
    super();
  }
}

/** One case's figures over the entries the reader may read, as they stood at `now`. */
@QueryHandler(ReadCaseFigures)
export class ReadCaseFiguresHandler implements IQueryHandler<ReadCaseFigures> {
  constructor(
    @Inject(SQL_SESSION) private readonly sql: SqlSession,
    @Inject(ACCOUNTABILITY_REGIONS) private readonly regions: RegionMap,
  ) {}

  async execute({ reader, caseId, now }: ReadCaseFigures): Promise<CaseFigures> {
    const instant = instantParameter('now', now) ?? new Date();
    const entries = (await figuresEntries(this.sql, ACCOUNTABILITY_SCHEMA, reader, [caseId], instant)).get(caseId) ?? [];
    if (!entries.length) throw new NotFound('case-exists', `nothing had been recorded on case ${caseId} by ${instant.toISOString()}`);
    return caseFigures(caseId, entries, instant, this.regions);
  }
}
