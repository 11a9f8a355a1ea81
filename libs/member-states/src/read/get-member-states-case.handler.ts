import { Inject } from '@nestjs/common';
import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { SQL_SESSION, SqlSession } from '@rtop/event-store';
import { Actor, NotFound, isMerelyNoted } from '@rtop/kernel';
import { memberStatesStreamId } from '../application/member-states-case-stream';
import { MemberStatesCaseView, memberStatesCaseView } from './member-state-view';
import { mayReadMemberStatesCase } from './member-states-read-access';
import { storedMemberStatesCase } from './member-states-read-models';
import { ReadAnswer } from './read-answer';

export class GetMemberStatesCase extends Query<ReadAnswer<MemberStatesCaseView>> {
  constructor(
    readonly caseId: string,
    readonly reader: Actor,
  ) {
    super();
  }
}

/** Every member state with anything recorded on a case, from the case-states model. */
@QueryHandler(GetMemberStatesCase)
export class GetMemberStatesCaseHandler implements IQueryHandler<GetMemberStatesCase> {
  constructor(@Inject(SQL_SESSION) private readonly sql: SqlSession) {}

  async execute({ caseId, reader }: GetMemberStatesCase): Promise<ReadAnswer<MemberStatesCaseView>> {
    // Refused before anything is read, so the answer says nothing of whether the case exists.
    if (!mayReadMemberStatesCase(reader)) throw new NotFound('case-exists', `nothing is recorded for any member state on case ${caseId}`);
    const { state, revision } = await storedMemberStatesCase(this.sql, memberStatesStreamId(caseId));
    // A case merely known here (the Joint Office opened it) has no state's record on it yet.
    if (revision < 0n || isMerelyNoted(state))
      throw new NotFound('member-state-on-record', `nothing is recorded for any member state on case ${caseId}`);
    return { view: memberStatesCaseView(caseId, state, revision), revision };
  }
}
