import { Inject } from '@nestjs/common';
import { instantParameter } from '@rtop/http';
import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { SQL_SESSION, SqlSession } from '@rtop/event-store';
import { Actor, isAuditor } from '@rtop/kernel';
import { SharedAnswers } from '@rtop/read-model';
import { computeConsistencyReport } from '../read-side/compute-figures-for-cases';
import { ConsistencyReport } from '../figures/consistency-report';
import { ACCOUNTABILITY_REGIONS, RegionMap } from '../figures/regions';
import { ACCOUNTABILITY_SCHEMA } from '../read-side/timeline-table';

export class ReadConsistencyReport extends Query<ConsistencyReport> {
  constructor(
    readonly reader: Actor,
    readonly now?: string,
  ) {
    super();
  }
}

/** Like cases side by side, over the cases the reader may see. */
@QueryHandler(ReadConsistencyReport)
export class ReadConsistencyReportHandler implements IQueryHandler<ReadConsistencyReport> {
  constructor(
    @Inject(SQL_SESSION) private readonly sql: SqlSession,
    @Inject(ACCOUNTABILITY_REGIONS) private readonly regions: RegionMap,
  ) {}

  /** Readers with the same sight of the cases asking at once share one computation, kept for a second. */
  private readonly answers = new SharedAnswers<ConsistencyReport>(1_000);

  execute({ reader, now }: ReadConsistencyReport): Promise<ConsistencyReport> {
    const instant = instantParameter('now', now);
    const sight = isAuditor(reader) ? 'auditor' : reader.body;
    return this.answers.get(`${sight}|${instant?.toISOString() ?? 'now'}`, () =>
      computeConsistencyReport(this.sql, ACCOUNTABILITY_SCHEMA, reader, { now: instant, regions: this.regions }),
    );
  }
}
