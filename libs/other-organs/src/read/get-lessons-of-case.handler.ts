import { Inject } from '@nestjs/common';
import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { SQL_SESSION, SqlSession } from '@rtop/event-store';
import { Actor, NotFound } from '@rtop/kernel';
import { LessonEntry } from '../application/lessons';
import { mayReadLesson } from './other-organs-read-access';
import { OTHER_ORGANS_SCHEMA, lessonsRegister } from './other-organs-read-models';

export class GetLessonsOfCase extends Query<readonly LessonEntry[]> {
  constructor(
    readonly caseId: string,
    readonly reader: Actor,
  ) {
    super();
  }
}

/** The lessons of a case the reader may read, in the order recorded; none to read answers as if there were none at all. */
@QueryHandler(GetLessonsOfCase)
export class GetLessonsOfCaseHandler implements IQueryHandler<GetLessonsOfCase> {
  constructor(@Inject(SQL_SESSION) private readonly sql: SqlSession) {}

  async execute({ caseId, reader }: GetLessonsOfCase): Promise<readonly LessonEntry[]> {
    const lessons = await lessonsRegister.ofCase(this.sql, OTHER_ORGANS_SCHEMA, caseId);
    const readable = lessons.filter((lesson) => mayReadLesson(reader, lesson));
    if (!readable.length) throw new NotFound('case-exists', `no lesson learned is on record for case ${caseId}`);
    return readable.map(({ lessonId, caseId: of, contributor, lesson, occurredAt }) => ({
      lessonId,
      caseId: of,
      contributor,
      lesson,
      occurredAt,
    }));
  }
}
