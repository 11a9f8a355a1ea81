import { Inject } from '@nestjs/common';
import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { SQL_SESSION, SqlSession } from '@rtop/event-store';
import { Actor, NotFound } from '@rtop/kernel';
import { Page, decodeCursor, pageOf } from '@rtop/read-model';
import { CaseFilePart } from './case-files';
import { CaseFileEntry } from './case-file-entries';
import { mayReadJointOfficeCase } from './focal-point-read-access';
import { storedCaseFileEntries } from './focal-point-read-models';

export class GetCaseFilePage extends Query<Page<CaseFileEntry>> {
  constructor(
    readonly caseId: string,
    readonly part: CaseFilePart,
    readonly reader: Actor,
    /** Already checked by pageLimit. */
    readonly limit: number,
    /** The `next` of the previous page, as given out. */
    readonly cursor: string | undefined,
  ) {
    super();
  }
}

/**
 * A page of one part of the Joint Office's case file, in the order it came: the same readers as
 * the case file, and to any other reader the case does not exist.
 */
@QueryHandler(GetCaseFilePage)
export class GetCaseFilePageHandler implements IQueryHandler<GetCaseFilePage> {
  constructor(@Inject(SQL_SESSION) private readonly sql: SqlSession) {}

  async execute({ caseId, part, reader, limit, cursor }: GetCaseFilePage): Promise<Page<CaseFileEntry>> {
    // Refused before anything is read, so the answer says nothing of whether the case exists.
    if (!mayReadJointOfficeCase(reader)) throw new NotFound('case-exists', `no case ${caseId} has been opened`);
    // The key is a place in the case's stream.
    const after = decodeCursor(cursor, ['whole-number']);
    const entries = await storedCaseFileEntries(this.sql, {
      caseId,
      part,
      limit: limit + 1,
      after: after && BigInt(after[0]),
    });
    if (!entries) throw new NotFound('case-exists', `no case ${caseId} has been opened`);
    return pageOf(
      entries,
      limit,
      ({ item }) => item,
      ({ revision }) => [revision],
    );
  }
}
