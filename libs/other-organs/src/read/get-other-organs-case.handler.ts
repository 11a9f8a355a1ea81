import { Inject } from '@nestjs/common';
import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { SQL_SESSION, SqlSession } from '@rtop/event-store';
import { Actor, NotFound, isMerelyNoted } from '@rtop/kernel';
import { otherOrgansStreamId } from '../application/other-organs-case-stream';
import { OtherOrgansCaseView, otherOrgansCaseView } from './other-organs-view';
import { mayReadOtherOrgansCase, otherOrgansCasePartFor } from './other-organs-read-access';
import { OTHER_ORGANS_SCHEMA, otherOrgansCaseStates } from './other-organs-read-models';
import { ReadAnswer } from './read-answer';

export class GetOtherOrgansCase extends Query<ReadAnswer<OtherOrgansCaseView>> {
  constructor(
    readonly caseId: string,
    readonly reader: Actor,
  ) {
    super();
  }
}

/**
 * The reader's own records on a case, from the read model: an organ sees its part, an auditor all
 * of it. A reader with nothing there gets the answer a case no organ has touched gets.
 */
@QueryHandler(GetOtherOrgansCase)
export class GetOtherOrgansCaseHandler implements IQueryHandler<GetOtherOrgansCase> {
  constructor(@Inject(SQL_SESSION) private readonly sql: SqlSession) {}

  async execute({ caseId, reader }: GetOtherOrgansCase): Promise<ReadAnswer<OtherOrgansCaseView>> {
    const stored = await otherOrgansCaseStates.read(this.sql, OTHER_ORGANS_SCHEMA, otherOrgansStreamId(caseId));
    // A case merely known here (the Joint Office opened it) has no record of any organ.
    if (!stored || isMerelyNoted(stored.state) || !mayReadOtherOrgansCase(reader, stored.state)) {
      throw new NotFound('case-exists', `no other organ has recorded anything on case ${caseId}`);
    }
    return { view: otherOrgansCaseView(caseId, otherOrgansCasePartFor(reader, stored.state), stored.revision), revision: stored.revision };
  }
}
