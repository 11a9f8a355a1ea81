import { DomainEvent } from '@rtop/kernel';
import { ReportSource, SourceReliability } from '../case/information-report';

/** One grading of a source's reliability: its track record is the history of these. */
export type SourceReliabilityGraded = DomainEvent<
  'source-reliability-graded',
  {
    readonly source: ReportSource;
    readonly reliability: SourceReliability;
    readonly reason: string;
    readonly gradedAt: string;
    /** The case in whose work the grading was made. */
    readonly caseId: string;
  }
>;

export type SourceEvent = SourceReliabilityGraded;
