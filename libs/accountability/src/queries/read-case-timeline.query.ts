import { Inject } from '@nestjs/common';
import { instantParameter } from '@rtop/http';
import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { SQL_SESSION, SqlSession } from '@rtop/event-store';
import { Actor, NotFound } from '@rtop/kernel';
import { decodeCursor, encodeCursor, pageLimit } from '@rtop/read-model';
import { parseClock } from './replay-parameters';
import { entryReadable, readerParams } from '../policy/readable-by';
import { ACCOUNTABILITY_SCHEMA, ENTRY_COLUMNS, EntryRow, clockColumn, entryOf, mayReadCase } from '../read-side/timeline-table';
import { TIMELINE_TABLE } from '../read-side/timeline.projection';
import { TimelineClock, TimelineEntry } from '../timeline/timeline-entry';

export interface CaseTimelinePage {
  readonly caseId: string;
  readonly asOf: string | null;
  readonly by: TimelineClock;
  /** Named `events`, as before pages, so existing clients read the first page unchanged. */
  readonly events: readonly TimelineEntry[];
  readonly next: string | null;
}

export class ReadCaseTimeline extends Query<CaseTimelinePage> {
  constructor(
    readonly reader: Actor,
    readonly caseId: string,
    readonly params: { readonly limit?: string; readonly after?: string; readonly asOf?: string; readonly by?: string },
  ) {
    super();
  }
}

interface Row extends EntryRow {
  readonly at: string;
}

/**
 * One page of a case's timeline as the reader may read it, in the order of the clock asked for
 * (ties by recording order), up to `asOf` by that clock. The cursor is the clock's instant and the
 * entry's place in the case's stream, so a page is one range read on the clock's index.
 */
@QueryHandler(ReadCaseTimeline)
export class ReadCaseTimelineHandler implements IQueryHandler<ReadCaseTimeline> {
  constructor(@Inject(SQL_SESSION) private readonly sql: SqlSession) {}

  async execute({ reader, caseId, params }: ReadCaseTimeline): Promise<CaseTimelinePage> {
    const asOf = instantParameter('asOf', params.asOf);
    const by = parseClock(params.by);
    const limit = pageLimit(params.limit);
    const after = decodeCursor(params.after, ['instant', 'whole-number'], 'after') ?? null;
    const clock = clockColumn(by);
    const rows = await this.sql.query<Row>(
      `select ${ENTRY_COLUMNS}, to_char(${clock} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as at
         from ${ACCOUNTABILITY_SCHEMA}.${TIMELINE_TABLE} t
        where t.case_id = $3 and ${entryReadable(1, 2, 't')}
          and ($4::timestamptz is null or ${clock} <= $4::timestamptz)
          and ($5::timestamptz is null or (${clock}, t.seq) > ($5::timestamptz, $6::bigint))
        order by ${clock}, t.seq
        limit $7`,
      [...readerParams(reader), caseId, asOf?.toISOString() ?? null, after?.[0] ?? null, after?.[1] ?? null, limit + 1],
    );
    if (!rows.length && !(await mayReadCase(this.sql, ACCOUNTABILITY_SCHEMA, reader, caseId))) {
      throw new NotFound('case-exists', `no timeline for case ${caseId}`);
    }
    const shown = rows.slice(0, limit);
    const last = shown.at(-1);
    return {
      caseId,
      asOf: asOf?.toISOString() ?? null,
      by,
      events: shown.map(entryOf),
      next: rows.length > limit && last ? encodeCursor([last.at, last.seq]) : null,
    };
  }
}
