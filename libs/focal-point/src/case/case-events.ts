import { Crime, DomainEvent } from '@rtop/kernel';
import { AssessmentContent } from './assessment';
import { InformationReport } from './information-report';

export interface CaseCrime {
  readonly crime: Crime;
  readonly incitement: boolean;
}

export type CaseOpened = DomainEvent<
  'case-opened',
  { readonly caseId: string; readonly situation: string; readonly crimes: readonly CaseCrime[]; readonly summary: string }
>;
export type InformationReportFiled = DomainEvent<'information-report-filed', InformationReport>;
export type AssessmentIssued = DomainEvent<
  'assessment-issued',
  { readonly content: AssessmentContent; readonly contentDigest: string }
>;

export type CaseEvent = CaseOpened | InformationReportFiled | AssessmentIssued;
