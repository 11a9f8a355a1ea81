import { Inject } from '@nestjs/common';
import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { SQL_SESSION, SqlSession } from '@rtop/event-store';
import { Actor, OutsideRemit } from '@rtop/kernel';
import { Page, decodeCursor, pageOf } from '@rtop/read-model';
import { LessonEntry } from '../application/lessons';
import { mayReadLessonsAcrossCases } from './other-organs-read-access';
import { OTHER_ORGANS_SCHEMA, lessonsRegister } from './other-organs-read-models';

export class GetLessonsAcrossCases extends Query<Page<LessonEntry>> {
  constructor(
    readonly reader: Actor,
    /** Already checked by pageLimit. */
    readonly limit: number,
    /** The `next` of the previous page, as given out. */
    readonly cursor: string | undefined,
  ) {
    super();
  }
}

/** A page of the register of lessons across cases, in the order recorded, for those it is kept for. */
@QueryHandler(GetLessonsAcrossCases)
export class GetLessonsAcrossCasesHandler implements IQueryHandler<GetLessonsAcrossCases> {
  constructor(@Inject(SQL_SESSION) private readonly sql: SqlSession) {}

  async execute({ reader, limit, cursor }: GetLessonsAcrossCases): Promise<Page<LessonEntry>> {
    if (!mayReadLessonsAcrossCases(reader)) {
      throw new OutsideRemit(
        'remit',
        'the register of lessons across cases is read by the Human Rights Council, the Peacebuilding Commission, ECOSOC, the Joint Office and auditors',
      );
    }
    // The key is a place in the log: its transaction and its position.
    const after = decodeCursor(cursor, ['whole-number', 'whole-number']);
    const rows = await lessonsRegister.page(this.sql, OTHER_ORGANS_SCHEMA, limit + 1, after);
    return pageOf(
      rows,
      limit,
      ({ lessonId, caseId, contributor, lesson, occurredAt }) => ({ lessonId, caseId, contributor, lesson, occurredAt }),
      (row) => [row.transactionId, row.position],
    );
  }
}
