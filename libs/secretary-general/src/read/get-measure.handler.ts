import { Inject } from '@nestjs/common';
import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { SQL_SESSION, SqlSession } from '@rtop/event-store';
import { Actor, NotFound } from '@rtop/kernel';
import { responsesStreamId } from '../application/responses-stream';
import { Measure } from '../responses/measure';
import { requireMeasure } from '../responses/responses';
import { mayReadResponses } from './secretary-general-read-access';
import { storedResponses } from './secretary-general-read-models';
import { ReadAnswer } from './read-answer';

export class GetMeasure extends Query<ReadAnswer<Measure>> {
  constructor(
    readonly caseId: string,
    readonly measureId: string,
    readonly reader: Actor,
  ) {
    super();
  }
}

/** One measure: pillar, coercion, authorising decision, implementing body, status and latest outcome. */
@QueryHandler(GetMeasure)
export class GetMeasureHandler implements IQueryHandler<GetMeasure> {
  constructor(@Inject(SQL_SESSION) private readonly sql: SqlSession) {}

  async execute({ caseId, measureId, reader }: GetMeasure): Promise<ReadAnswer<Measure>> {
    // Refused before anything is read, so the answer says nothing of whether the case exists.
    if (!mayReadResponses(reader)) throw new NotFound('case-exists', `no case ${caseId} is before the Secretary-General`);
    const { state, revision } = await storedResponses(this.sql, responsesStreamId(caseId));
    return { view: requireMeasure(state, measureId), revision };
  }
}
