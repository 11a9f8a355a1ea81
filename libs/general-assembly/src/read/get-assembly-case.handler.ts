import { Inject } from '@nestjs/common';
import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { SQL_SESSION, SqlSession } from '@rtop/event-store';
import { Actor } from '@rtop/kernel';
import { GeneralAssemblyCaseView, generalAssemblyCaseView } from './general-assembly-view';
import { assemblyCaseFor } from './general-assembly-read-models';
import { ReadAnswer } from './read-answer';

export class GetAssemblyCase extends Query<ReadAnswer<GeneralAssemblyCaseView>> {
  constructor(
    readonly caseId: string,
    readonly reader: Actor,
    /** What is overdue is judged at this instant. */
    readonly now: Date,
  ) {
    super();
  }
}

/** The Assembly's file on a case, from the read model: to the Assembly and auditors, 404 to anyone else. */
@QueryHandler(GetAssemblyCase)
export class GetAssemblyCaseHandler implements IQueryHandler<GetAssemblyCase> {
  constructor(@Inject(SQL_SESSION) private readonly sql: SqlSession) {}

  async execute({ caseId, reader, now }: GetAssemblyCase): Promise<ReadAnswer<GeneralAssemblyCaseView>> {
    const { state, revision } = await assemblyCaseFor(this.sql, caseId, reader);
    return { view: generalAssemblyCaseView(caseId, state, revision, now), revision };
  }
}
