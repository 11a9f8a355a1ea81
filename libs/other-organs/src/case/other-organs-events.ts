import { DomainEvent, LESSON_RECORDED, PublishedEvent } from '@rtop/kernel';
import { LessonContributor } from './organs';

/** What the Human Rights Council publishes on a situation. */
export const HUMAN_RIGHTS_REPORT_KINDS = [
  'commission-of-inquiry',
  'fact-finding-mission',
  'special-procedure',
  'special-session',
  'other',
] as const;
export type HumanRightsReportKind = (typeof HUMAN_RIGHTS_REPORT_KINDS)[number];

/** To whom ECOSOC may address recommendations (UN Charter Art. 62(1)). */
export const ECOSOC_ADDRESSEES = ['un-general-assembly', 'member-states', 'specialized-agencies'] as const;
export type EcosocAddressee = (typeof ECOSOC_ADDRESSEES)[number];

export type HumanRightsReportPublished = DomainEvent<
  'human-rights-report-published',
  {
    readonly caseId: string;
    readonly reportId: string;
    readonly kind: HumanRightsReportKind;
    readonly title: string;
    readonly summary: string;
  }
>;

/** A Universal Periodic Review of a state concerned by the case. */
export type ReviewConducted = DomainEvent<
  'review-conducted',
  {
    readonly caseId: string;
    readonly reviewId: string;
    readonly state: string;
    readonly findings: string;
    readonly recommendations: readonly string[];
  }
>;

export type RelapsePreventionEngaged = DomainEvent<
  'relapse-prevention-engaged',
  { readonly caseId: string; readonly engagementId: string; readonly state: string; readonly priorities: readonly string[] }
>;

export type RelapsePreventionConcluded = DomainEvent<
  'relapse-prevention-concluded',
  { readonly caseId: string; readonly engagementId: string; readonly outcome: string }
>;

export type EcosocRecommendationMade = DomainEvent<
  'ecosoc-recommendation-made',
  { readonly caseId: string; readonly recommendationId: string; readonly addressees: readonly EcosocAddressee[]; readonly text: string }
>;

/** Published contract, v1: fed back to the Joint Office by the wiring that follows the log. */
/** Published (v1). */
export type LessonRecorded = PublishedEvent<
  typeof LESSON_RECORDED,
  { readonly lessonId: string; readonly caseId: string; readonly contributor: LessonContributor; readonly lesson: string }
>;

export type OtherOrgansEvent =
  | HumanRightsReportPublished
  | ReviewConducted
  | RelapsePreventionEngaged
  | RelapsePreventionConcluded
  | EcosocRecommendationMade
  | LessonRecorded;
