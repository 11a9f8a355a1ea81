import { Inject } from '@nestjs/common';
import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { SQL_SESSION, SqlSession } from '@rtop/event-store';
import { Actor, NotFound } from '@rtop/kernel';
import { Lesson, lessonsOf } from '../figures/lessons';
import { entryReadable, readerParams } from '../policy/readable-by';
import { ACCOUNTABILITY_SCHEMA, ENTRY_COLUMNS, EntryRow, entryOf, mayReadCase } from '../read-side/timeline-table';
import { TIMELINE_TABLE } from '../read-side/timeline.projection';

export interface LessonsView {
  readonly caseId: string | null;
  readonly lessons: readonly Lesson[];
}

export class ReadLessons extends Query<LessonsView> {
  constructor(
    readonly reader: Actor,
    /** One case's lessons; every case's the reader may see when absent. */
    readonly caseId?: string,
  ) {
    super();
  }
}

/**
 * The lessons the organs recorded, as the reader may read them: case by case in the order the
 * cases were first seen, each case's in the order recorded.
 */
@QueryHandler(ReadLessons)
export class ReadLessonsHandler implements IQueryHandler<ReadLessons> {
  constructor(@Inject(SQL_SESSION) private readonly sql: SqlSession) {}

  async execute({ reader, caseId }: ReadLessons): Promise<LessonsView> {
    const rows = await this.sql.query<EntryRow>(
      `select ${ENTRY_COLUMNS} from ${ACCOUNTABILITY_SCHEMA}.${TIMELINE_TABLE} t
        where t.context = 'other-organs' and t.type = 'lesson-recorded' and ${entryReadable(1, 2, 't')}
          and ($3::text is null or t.case_id = $3)
        order by min(t.logged) over (partition by t.case_id), t.seq`,
      [...readerParams(reader), caseId ?? null],
    );
    if (caseId && !rows.length && !(await mayReadCase(this.sql, ACCOUNTABILITY_SCHEMA, reader, caseId))) {
      throw new NotFound('case-exists', `no timeline for case ${caseId}`);
    }
    return { caseId: caseId ?? null, lessons: lessonsOf(rows.map(entryOf)) };
  }
}
