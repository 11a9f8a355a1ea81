import { Inject } from '@nestjs/common';
import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { SQL_SESSION, SqlSession } from '@rtop/event-store';
import { Actor, NotFound } from '@rtop/kernel';
import { sourceStreamId } from '../application/source-stream';
import { ReportSource } from '../case/information-report';
import { SourceReliabilityView, sourceReliabilityView } from './source-view';
import { mayReadSourceReliability } from './focal-point-read-access';
import { storedSource } from './focal-point-read-models';
import { ReadAnswer } from './read-answer';

export class GetSourceReliability extends Query<ReadAnswer<SourceReliabilityView>> {
  constructor(
    readonly source: ReportSource,
    readonly reader: Actor,
  ) {
    super();
  }
}

/**
 * A source's reliability history, from the source-states model. A source never graded is F with
 * no history; to a reader outside the Joint Office no source is known at all.
 */
@QueryHandler(GetSourceReliability)
export class GetSourceReliabilityHandler implements IQueryHandler<GetSourceReliability> {
  constructor(@Inject(SQL_SESSION) private readonly sql: SqlSession) {}

  async execute({ source, reader }: GetSourceReliability): Promise<ReadAnswer<SourceReliabilityView>> {
    if (!mayReadSourceReliability(reader)) throw new NotFound('source-exists', 'no such source is known to the Joint Office');
    const { state, revision } = await storedSource(this.sql, sourceStreamId(source));
    return { view: sourceReliabilityView(source, state, revision), revision };
  }
}
