import { Inject } from '@nestjs/common';
import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { SQL_SESSION, SqlSession } from '@rtop/event-store';
import { Actor } from '@rtop/kernel';
import { Page, pageOf } from '@rtop/read-model';
import { casePrivy, caseVisible, readerParams } from '../policy/readable-by';
import { CASE_DIRECTORY_TABLE } from '../read-side/case-directory.projection';
import { PlacedBefore } from '../read-side/case-summary';
import { ACCOUNTABILITY_SCHEMA } from '../read-side/timeline-table';
import { CaseFilterParams, parseCaseFilters } from './case-filters';

export interface CaseListItem {
  readonly caseId: string;
  readonly situation: string | null;
  /** Only to readers privy to the assessment; null to others. */
  readonly crimes: readonly string[] | null;
  readonly status: string;
  readonly highestRisk: string | null;
  readonly lastActivityAt: string;
  readonly placedBefore: readonly Omit<PlacedBefore, 'decidedAt'>[];
  readonly region: string;
}

export class ListCases extends Query<Page<CaseListItem>> {
  constructor(
    readonly reader: Actor,
    readonly params: CaseFilterParams,
  ) {
    super();
  }
}

interface Row {
  case_id: string;
  situation: string | null;
  crimes: string[] | null;
  status: string;
  highest_risk: string | null;
  last_activity_at: string;
  placed_before: PlacedBefore[];
  region: string;
}

/**
 * The cases the reader may see, most recently active first. The read policy is in the SQL: a case
 * is listed when the reader may read one of its entries, and its crimes and risk are shown, and
 * filtered on, only where the reader is privy to the assessment.
 */
@QueryHandler(ListCases)
export class ListCasesHandler implements IQueryHandler<ListCases> {
  constructor(@Inject(SQL_SESSION) private readonly sql: SqlSession) {}

  async execute({ reader, params }: ListCases): Promise<Page<CaseListItem>> {
    const f = parseCaseFilters(params);
    const privy = casePrivy(1, 2, 'd');
    const rows = await this.sql.query<Row>(
      `select d.case_id, d.situation, case when ${privy} then d.crimes end as crimes, d.status,
              case when ${privy} then d.highest_risk end as highest_risk,
              to_char(d.last_activity_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as last_activity_at, d.placed_before, d.region
         from ${ACCOUNTABILITY_SCHEMA}.${CASE_DIRECTORY_TABLE} d
        where ${caseVisible(1, 2, 'd')}
          and ($3::text is null or d.status = $3)
          and ($4::text is null or (${privy} and $4 = any(d.crimes)))
          and ($5::text is null or (${privy} and d.highest_risk = $5))
          and ($6::text is null or d.situation ilike $6 escape '\\' or d.summary ilike $6 escape '\\')
          and ($7::text is null or d.region = $7)
          and ($8::text is null or d.placed_before @> jsonb_build_array(jsonb_build_object('body', $8::text)))
          and ($9::timestamptz is null or d.last_activity_at >= $9::timestamptz)
          and ($10::timestamptz is null or d.last_activity_at < $10::timestamptz or (d.last_activity_at = $10::timestamptz and d.case_id > $11::text))
        order by d.last_activity_at desc, d.case_id
        limit $12`,
      [
        ...readerParams(reader),
        f.status,
        f.crime,
        f.risk,
        f.q,
        f.region,
        f.placedBefore,
        f.updatedSince?.toISOString() ?? null,
        f.after?.[0] ?? null,
        f.after?.[1] ?? null,
        f.limit + 1,
      ],
    );
    return pageOf(
      rows,
      f.limit,
      (row): CaseListItem => ({
        caseId: row.case_id,
        situation: row.situation,
        crimes: row.crimes,
        status: row.status,
        highestRisk: row.highest_risk,
        lastActivityAt: row.last_activity_at,
        placedBefore: row.placed_before.map(({ body, placedAt, decided }) => ({ body, placedAt, decided })),
        region: row.region,
      }),
      (row) => [row.last_activity_at, row.case_id],
    );
  }
}
