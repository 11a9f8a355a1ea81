import { Inject } from '@nestjs/common';
import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { SQL_SESSION, SqlSession } from '@rtop/event-store';
import { Actor, NotFound } from '@rtop/kernel';
import { CaseView, caseView } from './case-view';
import { mayReadJointOfficeCase } from './focal-point-read-access';
import { storedCaseFile } from './focal-point-read-models';
import { ReadAnswer } from './read-answer';

export class GetJointOfficeCase extends Query<ReadAnswer<CaseView>> {
  constructor(
    readonly caseId: string,
    readonly reader: Actor,
  ) {
    super();
  }
}

/** The Joint Office's case file, from the case-files model; to any other reader the case does not exist. */
@QueryHandler(GetJointOfficeCase)
export class GetJointOfficeCaseHandler implements IQueryHandler<GetJointOfficeCase> {
  constructor(@Inject(SQL_SESSION) private readonly sql: SqlSession) {}

  async execute({ caseId, reader }: GetJointOfficeCase): Promise<ReadAnswer<CaseView>> {
    // Refused before anything is read, so the answer says nothing of whether the case exists.
    if (!mayReadJointOfficeCase(reader)) throw new NotFound('case-exists', `no case ${caseId} has been opened`);
    const file = await storedCaseFile(this.sql, caseId);
    if (!file) throw new NotFound('case-exists', `no case ${caseId} has been opened`);
    return { view: caseView(file), revision: file.revision };
  }
}
