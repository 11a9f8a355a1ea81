import { Inject } from '@nestjs/common';
import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { SQL_SESSION, SqlSession } from '@rtop/event-store';
import { Actor } from '@rtop/kernel';
import { Page, decodeCursor, pageLimit, pageOf } from '@rtop/read-model';
import { AGENDA_TABLE, CASE_DIRECTORY_TABLE } from '../read-side/case-directory.projection';
import { ACCOUNTABILITY_SCHEMA } from '../read-side/timeline-table';

export interface AgendaEntry {
  readonly caseId: string;
  readonly situation: string | null;
  readonly kind: string;
  readonly ref: string;
  readonly since: string;
  readonly dueBy: string | null;
  readonly waitingMs: number;
  readonly overdue: boolean;
}

export class ReadAgenda extends Query<Page<AgendaEntry>> {
  constructor(
    readonly reader: Actor,
    readonly limit?: string,
    readonly cursor?: string,
    /** The instant waiting and overdue are measured at. */
    readonly now: Date = new Date(),
  ) {
    super();
  }
}

interface Row {
  case_id: string;
  situation: string | null;
  kind: string;
  ref: string;
  since: string;
  due_by: string | null;
}

const iso = (column: string) => `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/**
 * The calling body's own agenda, longest waiting first. Whatever the reader's role, it is the
 * agenda of its body alone: an auditor reads others' agendas through their cases, not here.
 */
@QueryHandler(ReadAgenda)
export class ReadAgendaHandler implements IQueryHandler<ReadAgenda> {
  constructor(@Inject(SQL_SESSION) private readonly sql: SqlSession) {}

  async execute({ reader, limit, cursor, now }: ReadAgenda): Promise<Page<AgendaEntry>> {
    const size = pageLimit(limit);
    const after = decodeCursor(cursor, ['instant', 'text', 'text', 'text']) ?? null;
    const rows = await this.sql.query<Row>(
      `select a.case_id, d.situation, a.kind, a.ref, ${iso('a.since')} as since, ${iso('a.due_by')} as due_by
         from ${ACCOUNTABILITY_SCHEMA}.${AGENDA_TABLE} a
         left join ${ACCOUNTABILITY_SCHEMA}.${CASE_DIRECTORY_TABLE} d on d.case_id = a.case_id
        where a.body = $1
          and ($2::timestamptz is null or (a.since, a.case_id, a.kind, a.ref) > ($2::timestamptz, $3::text, $4::text, $5::text))
        order by a.since, a.case_id, a.kind, a.ref
        limit $6`,
      [reader.body, after?.[0] ?? null, after?.[1] ?? null, after?.[2] ?? null, after?.[3] ?? null, size + 1],
    );
    return pageOf(
      rows,
      size,
      (row): AgendaEntry => ({
        caseId: row.case_id,
        situation: row.situation,
        kind: row.kind,
        ref: row.ref,
        since: row.since,
        dueBy: row.due_by,
        waitingMs: Math.max(0, now.getTime() - Date.parse(row.since)),
        overdue: row.due_by !== null && Date.parse(row.due_by) < now.getTime(),
      }),
      (row) => [row.since, row.case_id, row.kind, row.ref],
    );
  }
}
