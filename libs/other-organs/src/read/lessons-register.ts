import { RecordedEvent, SqlSession } from '@rtop/event-store';
import { Projection, ProjectionScope } from '@rtop/read-model';
import { lessonEntry, LessonEntry } from '../application/lessons';
import { OTHER_ORGANS, otherOrgansStreamId } from '../application/other-organs-case-stream';

/** A lesson as the register keeps it, with its place in the context's log: the order recorded. */
export interface RegisteredLesson extends LessonEntry {
  readonly transactionId: string;
  readonly position: string;
}

interface LessonRow {
  readonly lesson_id: string;
  readonly case_id: string;
  readonly contributor: LessonEntry['contributor'];
  readonly lesson: string;
  readonly occurred_at: string;
  readonly transaction_id: string;
  readonly position: string;
}

const COLUMNS = 'lesson_id, case_id, contributor, lesson, occurred_at, transaction_id::text as transaction_id, position::text as position';

const registered = (row: LessonRow): RegisteredLesson => ({
  lessonId: row.lesson_id,
  caseId: row.case_id,
  contributor: row.contributor,
  lesson: row.lesson,
  occurredAt: row.occurred_at,
  transactionId: row.transaction_id,
  position: row.position,
});

/**
 * Every lesson recorded on every case, one row each, in the order recorded: what the lessons are
 * read from, per case and a page at a time across cases, instead of reading streams per request.
 * It takes `lesson-recorded` from the case streams themselves, so it never waits on the copy the
 * register stream keeps; a lesson seen again (a rebuild, a redelivery) keeps its one row.
 */
export class LessonsRegister implements Projection {
  readonly name = `${OTHER_ORGANS}.lessons`;
  readonly context = OTHER_ORGANS;
  readonly version = 1;
  readonly tables = ['lessons'] as const;

  setup(schema: string): string {
    return `create table if not exists ${schema}.lessons (
      lesson_id text primary key,
      case_id text not null,
      contributor text not null,
      lesson text not null,
      occurred_at text not null,
      transaction_id xid8 not null,
      position bigint not null
    );
    create index if not exists lessons_in_order on ${schema}.lessons (transaction_id, position);
    create index if not exists lessons_of_case on ${schema}.lessons (case_id, transaction_id, position);`;
  }

  async apply(events: readonly RecordedEvent[], { tx, schema }: ProjectionScope): Promise<void> {
    for (const event of events) {
      const entry = event.streamId.startsWith(otherOrgansStreamId('')) ? lessonEntry(event) : undefined;
      if (!entry) continue;
      await tx.query(
        `insert into ${schema}.lessons (lesson_id, case_id, contributor, lesson, occurred_at, transaction_id, position)
         values ($1, $2, $3, $4, $5, $6::text::xid8, $7::bigint) on conflict (lesson_id) do nothing`,
        [
          entry.lessonId,
          entry.caseId,
          entry.contributor,
          entry.lesson,
          entry.occurredAt,
          event.checkpoint.transactionId.toString(),
          event.checkpoint.position.toString(),
        ],
      );
    }
  }

  /** The lessons of one case, in the order recorded. */
  async ofCase(sql: SqlSession, schema: string, caseId: string): Promise<readonly RegisteredLesson[]> {
    const rows = await sql.query<LessonRow>(
      `select ${COLUMNS} from ${schema}.lessons where case_id = $1 order by transaction_id, position`,
      [caseId],
    );
    return rows.map(registered);
  }

  /** Up to `limit` lessons across cases after the one at `after` (from the first when absent), in the order recorded. */
  async page(sql: SqlSession, schema: string, limit: number, after?: readonly string[]): Promise<readonly RegisteredLesson[]> {
    const rows = after
      ? await sql.query<LessonRow>(
          `select ${COLUMNS} from ${schema}.lessons where (transaction_id, position) > ($1::text::xid8, $2::bigint) order by transaction_id, position limit $3`,
          [after[0], after[1], limit],
        )
      : await sql.query<LessonRow>(`select ${COLUMNS} from ${schema}.lessons order by transaction_id, position limit $1`, [limit]);
    return rows.map(registered);
  }
}
