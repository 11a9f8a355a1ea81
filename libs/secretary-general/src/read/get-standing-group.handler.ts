import { Inject } from '@nestjs/common';
import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { SQL_SESSION, SqlSession } from '@rtop/event-store';
import { Actor, NotFound } from '@rtop/kernel';
import { secretaryGeneralStreamId } from '../application/secretary-general-case-stream';
import { overdueStandingGroupMeetings } from '../case/standing-group';
import { StandingGroupView, standingGroupView } from './secretary-general-views';
import { mayReadSecretaryGeneralCase } from './secretary-general-read-access';
import { storedSecretaryGeneralCase } from './secretary-general-read-models';
import { ReadAnswer } from './read-answer';

export class GetStandingGroup extends Query<ReadAnswer<StandingGroupView>> {
  constructor(
    readonly caseId: string,
    readonly reader: Actor,
    /** The moment the meetings overdue are counted at: now, for a read. */
    readonly now: Date,
  ) {
    super();
  }
}

/** The standing group convened on a case: members, meetings, options by pillar, meetings overdue now. */
@QueryHandler(GetStandingGroup)
export class GetStandingGroupHandler implements IQueryHandler<GetStandingGroup> {
  constructor(@Inject(SQL_SESSION) private readonly sql: SqlSession) {}

  async execute({ caseId, reader, now }: GetStandingGroup): Promise<ReadAnswer<StandingGroupView>> {
    // Refused before anything is read, so the answer says nothing of whether the case exists.
    if (!mayReadSecretaryGeneralCase(reader)) throw new NotFound('case-exists', `no case ${caseId} is before the Secretary-General`);
    const { state, revision } = await storedSecretaryGeneralCase(this.sql, secretaryGeneralStreamId(caseId));
    if (state.standingGroup.status !== 'convened') {
      throw new NotFound('standing-group-exists', `the standing group has not been convened on case ${caseId}`);
    }
    return { view: standingGroupView(state.standingGroup, overdueStandingGroupMeetings(state, now), revision), revision };
  }
}
