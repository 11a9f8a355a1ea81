import { Inject } from '@nestjs/common';
import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { SQL_SESSION, SqlSession } from '@rtop/event-store';
import { Actor, NotFound } from '@rtop/kernel';
import { memberStatesStreamId } from '../application/member-states-case-stream';
import { MemberStateView, memberStateView, statesOnRecord } from './member-state-view';
import { mayReadMemberStateRecord } from './member-states-read-access';
import { storedMemberStatesCase } from './member-states-read-models';
import { ReadAnswer } from './read-answer';

export class GetMemberState extends Query<ReadAnswer<MemberStateView>> {
  constructor(
    readonly caseId: string,
    /** ISO 3166-1 alpha-3. */
    readonly state: string,
    readonly reader: Actor,
  ) {
    super();
  }
}

/** One state's record on a case: its postures declared and assessed, its requests and consents. */
@QueryHandler(GetMemberState)
export class GetMemberStateHandler implements IQueryHandler<GetMemberState> {
  constructor(@Inject(SQL_SESSION) private readonly sql: SqlSession) {}

  async execute({ caseId, state: code, reader }: GetMemberState): Promise<ReadAnswer<MemberStateView>> {
    // Another state's record is not this reader's to see: refused before anything is read, as if there were none.
    if (!mayReadMemberStateRecord(reader, code)) throw new NotFound('case-exists', `nothing is recorded for ${code} on case ${caseId}`);
    const { state, revision } = await storedMemberStatesCase(this.sql, memberStatesStreamId(caseId));
    if (!statesOnRecord(state).includes(code))
      throw new NotFound('member-state-on-record', `nothing is recorded for ${code} on case ${caseId}`);
    return { view: memberStateView(code, state), revision };
  }
}
