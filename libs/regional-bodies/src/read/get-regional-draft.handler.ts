import { Inject } from '@nestjs/common';
import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { SQL_SESSION, SqlSession } from '@rtop/event-store';
import { Actor, NotFound, RegionalBody } from '@rtop/kernel';
import { RegionalDraftView, draftView } from './regional-case-view';
import { ReadAnswer } from './read-answer';
import { regionalCaseFor } from './regional-bodies-read-models';

export class GetRegionalDraft extends Query<ReadAnswer<RegionalDraftView>> {
  constructor(
    readonly body: RegionalBody,
    readonly caseId: string,
    readonly draftId: string,
    readonly reader: Actor,
  ) {
    super();
  }
}

/** One draft decision of a body, from the read model; another body's draft is not found under this one. */
@QueryHandler(GetRegionalDraft)
export class GetRegionalDraftHandler implements IQueryHandler<GetRegionalDraft> {
  constructor(@Inject(SQL_SESSION) private readonly sql: SqlSession) {}

  async execute({ body, caseId, draftId, reader }: GetRegionalDraft): Promise<ReadAnswer<RegionalDraftView>> {
    const { state, revision } = await regionalCaseFor(this.sql, body, caseId, reader);
    const draft = state.drafts.get(draftId);
    if (!draft || draft.decision.body !== body)
      throw new NotFound('draft-tabled', `no draft ${draftId} has been tabled before ${body} on case ${caseId}`);
    return { view: draftView(draft), revision };
  }
}
