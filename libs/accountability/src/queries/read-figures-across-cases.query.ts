import { Inject } from '@nestjs/common';
import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { SQL_SESSION, SqlSession } from '@rtop/event-store';
import { Actor } from '@rtop/kernel';
import { computeFiguresForCases } from '../figures/compute-figures-for-cases';
import { FiguresAcrossCases } from '../figures/figures-across-cases';
import { ACCOUNTABILITY_REGIONS, RegionMap } from '../figures/regions';
import { parseInstant } from '../http/replay-query';
import { ACCOUNTABILITY_SCHEMA } from '../read-side/timeline-table';

export class ReadFiguresAcrossCases extends Query<FiguresAcrossCases> {
  constructor(
    readonly reader: Actor,
    readonly now?: string,
  ) {
    super();
  }
}

/** The figures across the cases the reader may see, each over the entries it may read. */
@QueryHandler(ReadFiguresAcrossCases)
export class ReadFiguresAcrossCasesHandler implements IQueryHandler<ReadFiguresAcrossCases> {
  constructor(
    @Inject(SQL_SESSION) private readonly sql: SqlSession,
    @Inject(ACCOUNTABILITY_REGIONS) private readonly regions: RegionMap,
  ) {}

  execute({ reader, now }: ReadFiguresAcrossCases): Promise<FiguresAcrossCases> {
    return computeFiguresForCases(this.sql, ACCOUNTABILITY_SCHEMA, reader, { now: parseInstant('now', now), regions: this.regions });
  }
}
