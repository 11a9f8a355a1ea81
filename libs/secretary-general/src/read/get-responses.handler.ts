import { Inject } from '@nestjs/common';
import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { SQL_SESSION, SqlSession } from '@rtop/event-store';
import { Actor, NotFound } from '@rtop/kernel';
import { responsesStreamId } from '../application/responses-stream';
import { ResponsesView, responsesView } from './secretary-general-views';
import { mayReadResponses } from './secretary-general-read-access';
import { storedResponses } from './secretary-general-read-models';
import { ReadAnswer } from './read-answer';

export class GetResponses extends Query<ReadAnswer<ResponsesView>> {
  constructor(
    readonly caseId: string,
    readonly reader: Actor,
  ) {
    super();
  }
}

/** The measures on a case and the decisions noted for them; empty, at revision -1, while none is. */
@QueryHandler(GetResponses)
export class GetResponsesHandler implements IQueryHandler<GetResponses> {
  constructor(@Inject(SQL_SESSION) private readonly sql: SqlSession) {}

  async execute({ caseId, reader }: GetResponses): Promise<ReadAnswer<ResponsesView>> {
    // Refused before anything is read, so the answer says nothing of whether the case exists.
    if (!mayReadResponses(reader)) throw new NotFound('case-exists', `no case ${caseId} is before the Secretary-General`);
    const { state, revision } = await storedResponses(this.sql, responsesStreamId(caseId));
    return { view: responsesView(state, revision), revision };
  }
}
