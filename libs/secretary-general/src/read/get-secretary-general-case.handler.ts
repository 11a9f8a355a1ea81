import { Inject } from '@nestjs/common';
import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { SQL_SESSION, SqlSession } from '@rtop/event-store';
import { Actor, NotFound } from '@rtop/kernel';
import { secretaryGeneralStreamId } from '../application/secretary-general-case-stream';
import { SecretaryGeneralCaseView, secretaryGeneralCaseView } from './secretary-general-views';
import { mayReadSecretaryGeneralCase } from './secretary-general-read-access';
import { storedSecretaryGeneralCase } from './secretary-general-read-models';
import { ReadAnswer } from './read-answer';

export class GetSecretaryGeneralCase extends Query<ReadAnswer<SecretaryGeneralCaseView>> {
  constructor(
    readonly caseId: string,
    readonly reader: Actor,
  ) {
    super();
  }
}

/** The Secretary-General's record of a case; empty, at revision -1, while nothing is recorded on it. */
@QueryHandler(GetSecretaryGeneralCase)
export class GetSecretaryGeneralCaseHandler implements IQueryHandler<GetSecretaryGeneralCase> {
  constructor(@Inject(SQL_SESSION) private readonly sql: SqlSession) {}

  async execute({ caseId, reader }: GetSecretaryGeneralCase): Promise<ReadAnswer<SecretaryGeneralCaseView>> {
    // Refused before anything is read, so the answer says nothing of whether the case exists.
    if (!mayReadSecretaryGeneralCase(reader)) throw new NotFound('case-exists', `no case ${caseId} is before the Secretary-General`);
    const { state, revision } = await storedSecretaryGeneralCase(this.sql, secretaryGeneralStreamId(caseId));
    return { view: secretaryGeneralCaseView(state, revision), revision };
  }
}
