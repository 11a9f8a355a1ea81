import { Inject } from '@nestjs/common';
import { instantParameter } from '@rtop/http';
import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { SQL_SESSION, SqlSession } from '@rtop/event-store';
import { Actor, isAuditor } from '@rtop/kernel';
import { SharedAnswers } from '@rtop/read-model';
import { computeFiguresForCases } from '../read-side/compute-figures-for-cases';
import { FiguresAcrossCases } from '../figures/figures-across-cases';
import { ACCOUNTABILITY_REGIONS, RegionMap } from '../figures/regions';
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

  /** Readers with the same sight of the cases asking at once share one computation, kept for a second. */
  private readonly answers = new SharedAnswers<FiguresAcrossCases>(1_000);

  execute({ reader, now }: ReadFiguresAcrossCases): Promise<FiguresAcrossCases> {
    const instant = instantParameter('now', now);
    const sight = isAuditor(reader) ? 'auditor' : reader.body;
    return this.answers.get(`${sight}|${instant?.toISOString() ?? 'now'}`, () =>
      computeFiguresForCases(this.sql, ACCOUNTABILITY_SCHEMA, reader, { now: instant, regions: this.regions }),
    );
  }
}
