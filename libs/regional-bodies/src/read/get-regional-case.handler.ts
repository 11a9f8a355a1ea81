import { Inject } from '@nestjs/common';
import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { SQL_SESSION, SqlSession } from '@rtop/event-store';
import { Actor, RegionalBody } from '@rtop/kernel';
import { RegionalCaseView, regionalCaseView } from './regional-case-view';
import { ReadAnswer } from './read-answer';
import { regionalCaseFor } from './regional-bodies-read-models';

export class GetRegionalCase extends Query<ReadAnswer<RegionalCaseView>> {
  constructor(
    readonly body: RegionalBody,
    readonly caseId: string,
    readonly reader: Actor,
  ) {
    super();
  }
}

/** One body's part of a case, from the read model: to that body and auditors, 404 to anyone else. */
@QueryHandler(GetRegionalCase)
export class GetRegionalCaseHandler implements IQueryHandler<GetRegionalCase> {
  constructor(@Inject(SQL_SESSION) private readonly sql: SqlSession) {}

  async execute({ body, caseId, reader }: GetRegionalCase): Promise<ReadAnswer<RegionalCaseView>> {
    const { state, revision } = await regionalCaseFor(this.sql, body, caseId, reader);
    return { view: regionalCaseView(caseId, body, state, revision), revision };
  }
}
