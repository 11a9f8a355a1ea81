import { Inject } from '@nestjs/common';
import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { SQL_SESSION, SqlSession } from '@rtop/event-store';
import { Actor } from '@rtop/kernel';
import { CouncilCaseView, councilCaseView } from './council-case-view';
import { ReadAnswer } from './read-answer';
import { councilCaseFor } from './security-council-read-models';

export class GetCouncilCase extends Query<ReadAnswer<CouncilCaseView>> {
  constructor(
    readonly caseId: string,
    readonly reader: Actor,
  ) {
    super();
  }
}

/** The Council's file on a case, from the read model: to the Council and auditors, 404 to anyone else. */
@QueryHandler(GetCouncilCase)
export class GetCouncilCaseHandler implements IQueryHandler<GetCouncilCase> {
  constructor(@Inject(SQL_SESSION) private readonly sql: SqlSession) {}

  async execute({ caseId, reader }: GetCouncilCase): Promise<ReadAnswer<CouncilCaseView>> {
    const { state, revision } = await councilCaseFor(this.sql, caseId, reader);
    return { view: councilCaseView(caseId, state, revision), revision };
  }
}
