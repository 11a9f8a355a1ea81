import { Inject } from '@nestjs/common';
import { instantParameter } from '@rtop/http';
import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { SQL_SESSION, SqlSession } from '@rtop/event-store';
import { Actor, NotFound } from '@rtop/kernel';
import { parseClock } from './replay-parameters';
import { ACCOUNTABILITY_SCHEMA, mayReadCase, readableEntries } from '../read-side/timeline-table';
import { CaseKnowledge, whoKnewWhat } from '../replay/knowledge';
import { TimelineClock, timelineAsOf } from '../timeline/timeline-entry';

export type CaseKnowledgeView = CaseKnowledge & { readonly caseId: string; readonly asOf: string | null; readonly by: TimelineClock };

export class ReadCaseKnowledge extends Query<CaseKnowledgeView> {
  constructor(
    readonly reader: Actor,
    readonly caseId: string,
    readonly asOf?: string,
    readonly by?: string,
  ) {
    super();
  }
}

/** Who knew what reads only receipts of assessments and organs' outcomes: the types it needs, no reports. */
const KNOWLEDGE_TYPES = [
  'assessment-issued',
  'assessment-received',
  'assessment-transmitted',
  'assessment-placed-on-agenda',
  'assessment-placed-before-body',
  'council-decision-adopted',
  'draft-vetoed',
  'draft-failed',
  'resolution-adopted',
  'resolution-rejected',
  'regional-decision-adopted',
  'regional-decision-rejected',
  'article-99-notification-sent',
  'recommendation-made',
];

/** Who knew what and when, over the entries of the case the reader may read. */
@QueryHandler(ReadCaseKnowledge)
export class ReadCaseKnowledgeHandler implements IQueryHandler<ReadCaseKnowledge> {
  constructor(@Inject(SQL_SESSION) private readonly sql: SqlSession) {}

  async execute({ reader, caseId, asOf, by }: ReadCaseKnowledge): Promise<CaseKnowledgeView> {
    const instant = instantParameter('asOf', asOf);
    const clock = parseClock(by);
    const entries = await readableEntries(this.sql, ACCOUNTABILITY_SCHEMA, reader, caseId, { types: KNOWLEDGE_TYPES });
    if (!entries.length && !(await mayReadCase(this.sql, ACCOUNTABILITY_SCHEMA, reader, caseId)))
      throw new NotFound('case-exists', `no timeline for case ${caseId}`);
    return { caseId, asOf: instant?.toISOString() ?? null, by: clock, ...whoKnewWhat(timelineAsOf(entries, instant, clock)) };
  }
}
