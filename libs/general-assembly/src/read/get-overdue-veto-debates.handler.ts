import { Inject } from '@nestjs/common';
import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { SQL_SESSION, SqlSession } from '@rtop/event-store';
import { Actor } from '@rtop/kernel';
import { overdueVetoDebates } from '../case/veto-debate';
import { VetoDebateView, vetoDebateViews } from './general-assembly-view';
import { assemblyCaseFor } from './general-assembly-read-models';
import { ReadAnswer } from './read-answer';

export class GetOverdueVetoDebates extends Query<ReadAnswer<VetoDebateView[]>> {
  constructor(
    readonly caseId: string,
    readonly reader: Actor,
    /** What is overdue is judged at this instant. */
    readonly now: Date,
  ) {
    super();
  }
}

/** The veto debates the Assembly owes on a case and has let pass their due date, from the read model. */
@QueryHandler(GetOverdueVetoDebates)
export class GetOverdueVetoDebatesHandler implements IQueryHandler<GetOverdueVetoDebates> {
  constructor(@Inject(SQL_SESSION) private readonly sql: SqlSession) {}

  async execute({ caseId, reader, now }: GetOverdueVetoDebates): Promise<ReadAnswer<VetoDebateView[]>> {
    const { state, revision } = await assemblyCaseFor(this.sql, caseId, reader);
    return { view: vetoDebateViews(state, now, overdueVetoDebates(state, now)), revision };
  }
}
