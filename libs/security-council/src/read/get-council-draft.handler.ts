import { Inject } from '@nestjs/common';
import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { SQL_SESSION, SqlSession } from '@rtop/event-store';
import { Actor } from '@rtop/kernel';
import { requireDraft } from '../case/council-case';
import { CouncilDraftView, draftView } from './council-case-view';
import { ReadAnswer } from './read-answer';
import { councilCaseFor } from './security-council-read-models';

export class GetCouncilDraft extends Query<ReadAnswer<CouncilDraftView>> {
  constructor(
    readonly caseId: string,
    readonly draftId: string,
    readonly reader: Actor,
  ) {
    super();
  }
}

/** One draft of the Council's file; who may not read the file learns nothing of its drafts either. */
@QueryHandler(GetCouncilDraft)
export class GetCouncilDraftHandler implements IQueryHandler<GetCouncilDraft> {
  constructor(@Inject(SQL_SESSION) private readonly sql: SqlSession) {}

  async execute({ caseId, draftId, reader }: GetCouncilDraft): Promise<ReadAnswer<CouncilDraftView>> {
    const { state, revision } = await councilCaseFor(this.sql, caseId, reader);
    return { view: draftView(requireDraft(state, draftId)), revision };
  }
}
