import {
  ASSESSMENT_ISSUED,
  CASE_CLOSED,
  CASE_OPENED,
  Crime,
  DataOf,
  DomainEvent,
  INFORMATION_REPORT_FILED,
  PublishedEvent,
} from '@rtop/kernel';
import { AssessmentContent, AssessmentDraft } from './assessment';
import { Credibility, InformationReport, ReportCorrection } from './information-report';

export interface CaseCrime {
  readonly crime: Crime;
  readonly incitement: boolean;
}

/** Published (v1): its data must fit the `case-opened` contract, or this does not compile. */
export type CaseOpened = PublishedEvent<
  typeof CASE_OPENED,
  { readonly caseId: string; readonly situation: string; readonly crimes: readonly CaseCrime[]; readonly summary: string }
>;
/** Published (v1). */
export type InformationReportFiled = PublishedEvent<typeof INFORMATION_REPORT_FILED, InformationReport>;
/** An indicator of a regional early-warning system, kept as that system defines it (CEWARN: kind peace or conflict, and a category). */
export interface RegionalIndicator {
  readonly kind: string;
  readonly category: string;
  readonly description: string;
}

/** A regional early-warning system's report, taken onto the case as an information report. */
export type EarlyWarningReportNoted = DomainEvent<
  'early-warning-report-noted',
  {
    readonly regionalReportId: string;
    readonly submittedBy: string;
    readonly regionalIndicators: readonly RegionalIndicator[];
    readonly report: InformationReport;
  }
>;
export type ReportApproved = DomainEvent<'report-approved', { readonly reportId: string }>;
export type ReportVerified = DomainEvent<
  'report-verified',
  { readonly reportId: string; readonly credibility: Credibility; readonly corroboratedBy: readonly string[]; readonly method: string }
>;
export type ReportCorrected = DomainEvent<
  'report-corrected',
  { readonly reportId: string; readonly corrected: ReportCorrection; readonly reason: string }
>;
export type ReportRetracted = DomainEvent<'report-retracted', { readonly reportId: string; readonly reason: string }>;
export type AssessmentDrafted = DomainEvent<
  'assessment-drafted',
  AssessmentDraft & { readonly assessmentId: string; readonly reviewChecklist: readonly string[]; readonly draftedBy: string }
>;
export type ReviewStepCompleted = DomainEvent<
  'review-step-completed',
  { readonly assessmentId: string; readonly step: string; readonly completedBy: string; readonly note: string }
>;
/** Published (v1): the Secretary-General's context receives every issued assessment from it. */
export type AssessmentIssued = PublishedEvent<
  typeof ASSESSMENT_ISSUED,
  { readonly content: IssuedContent; readonly contentDigest: string }
>;
/** The assessment's content as issued: the Joint Office's own type, and the contract's JSON object. */
export type IssuedContent = AssessmentContent & DataOf<typeof ASSESSMENT_ISSUED>['content'];
export type CasePlacedUnderMonitoring = DomainEvent<'case-placed-under-monitoring', { readonly caseId: string; readonly reason: string }>;
/** Published (v1). */
export type CaseClosed = PublishedEvent<typeof CASE_CLOSED>;
export type LessonLearnedNoted = DomainEvent<
  'lesson-learned-noted',
  { readonly lessonId: string; readonly contributor: string; readonly lesson: string }
>;

export type CaseEvent =
  | CaseOpened
  | InformationReportFiled
  | EarlyWarningReportNoted
  | ReportApproved
  | ReportVerified
  | ReportCorrected
  | ReportRetracted
  | AssessmentDrafted
  | ReviewStepCompleted
  | AssessmentIssued
  | CasePlacedUnderMonitoring
  | CaseClosed
  | LessonLearnedNoted;
