import { Inject } from '@nestjs/common';
import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { SQL_SESSION, SqlSession } from '@rtop/event-store';
import { Actor, NotFound } from '@rtop/kernel';
import { secretaryGeneralStreamId } from '../application/secretary-general-case-stream';
import { OverdueMeeting, overdueStandingGroupMeetings } from '../case/standing-group';
import { mayReadSecretaryGeneralCase } from './secretary-general-read-access';
import { storedSecretaryGeneralCase } from './secretary-general-read-models';
import { ReadAnswer } from './read-answer';

export class GetOverdueMeetings extends Query<ReadAnswer<OverdueMeeting[]>> {
  constructor(
    readonly caseId: string,
    readonly reader: Actor,
    readonly asOf: Date,
  ) {
    super();
  }
}

/** Meetings of the standing group missed as of a moment and not yet recorded as overdue: computed, nothing written. */
@QueryHandler(GetOverdueMeetings)
export class GetOverdueMeetingsHandler implements IQueryHandler<GetOverdueMeetings> {
  constructor(@Inject(SQL_SESSION) private readonly sql: SqlSession) {}

  async execute({ caseId, reader, asOf }: GetOverdueMeetings): Promise<ReadAnswer<OverdueMeeting[]>> {
    // Refused before anything is read, so the answer says nothing of whether the case exists.
    if (!mayReadSecretaryGeneralCase(reader)) throw new NotFound('case-exists', `no case ${caseId} is before the Secretary-General`);
    const { state, revision } = await storedSecretaryGeneralCase(this.sql, secretaryGeneralStreamId(caseId));
    return { view: overdueStandingGroupMeetings(state, asOf), revision };
  }
}
