import { Decider, NotFound, StateConflict } from '@rtop/kernel';
import { AssessmentRecord } from './assessment';
import { CaseCrime, CaseEvent } from './case-events';
import { InformationReport, ReportRecord } from './information-report';
import { ApproveReport, approveReport } from './approve-report';
import { CloseCase, closeCase } from './close-case';
import { CompleteReviewStep, completeReviewStep } from './complete-review-step';
import { CorrectReport, correctReport } from './correct-report';
import { DraftAssessment, draftAssessment } from './draft-assessment';
import { FileInformationReport, fileInformationReport } from './file-information-report';
import { IssueAssessment, issueAssessment } from './issue-assessment';
import { NoteEarlyWarningReport, noteEarlyWarningReport } from './note-early-warning-report';
import { NoteLessonLearned, noteLessonLearned } from './note-lesson-learned';
import { OpenCase, openCase } from './open-case';
import { PlaceUnderMonitoring, placeUnderMonitoring } from './place-under-monitoring';
import { RetractReport, retractReport } from './retract-report';
import { VerifyReport, verifyReport } from './verify-report';
import { PersistentMap } from './persistent-map';

/** Where an opened case stands: worked on, watched, or closed. */
export type Standing =
  | { readonly kind: 'active' }
  | { readonly kind: 'under-monitoring'; readonly reason: string }
  | { readonly kind: 'closed'; readonly reason: string };

export interface Lesson {
  readonly lessonId: string;
  readonly contributor: string;
  readonly lesson: string;
}

/** The Joint Office's view of a case: nothing before it is opened. */
export type Case =
  | { readonly status: 'not-opened' }
  | {
      readonly status: 'open';
      readonly caseId: string;
      readonly situation: string;
      readonly crimes: readonly CaseCrime[];
      readonly standing: Standing;
      // Persistent maps: a report, an assessment or a lesson more costs the same on a case of any size.
      readonly reports: PersistentMap<ReportRecord>;
      readonly assessments: PersistentMap<AssessmentRecord>;
      readonly lessons: PersistentMap<Lesson>;
    };

export type OpenedCase = Extract<Case, { status: 'open' }>;

export type CaseCommand =
  | OpenCase
  | FileInformationReport
  | NoteEarlyWarningReport
  | ApproveReport
  | VerifyReport
  | CorrectReport
  | RetractReport
  | DraftAssessment
  | CompleteReviewStep
  | IssueAssessment
  | PlaceUnderMonitoring
  | CloseCase
  | NoteLessonLearned;

export function requireOpened(state: Case, caseId: string): OpenedCase {
  if (state.status !== 'open') throw new NotFound('case-exists', `no case ${caseId} has been opened`);
  return state;
}

/** New work on a case stops when it is closed; what other bodies send on is still noted. */
export function requireNotClosed(state: Case, caseId: string): OpenedCase {
  const opened = requireOpened(state, caseId);
  if (opened.standing.kind === 'closed') {
    throw new StateConflict('case-not-closed', `case ${caseId} is closed (${opened.standing.reason})`);
  }
  return opened;
}

const newRecord = (report: InformationReport): ReportRecord => ({
  report,
  moderation: 'awaiting-approval',
  verification: 'unverified',
  corrections: [],
  retraction: null,
});

export function evolve(state: Case, event: CaseEvent): Case {
  if (event.type === 'case-opened') {
    const { caseId, situation, crimes } = event.data;
    return {
      status: 'open',
      caseId,
      situation,
      crimes,
      standing: { kind: 'active' },
      reports: PersistentMap.empty(),
      assessments: PersistentMap.empty(),
      lessons: PersistentMap.empty(),
    };
  }
  const opened = state as OpenedCase;
  const withReport = (reportId: string, change: (record: ReportRecord) => ReportRecord): Case => {
    const record = opened.reports.get(reportId);
    // A report's events follow its filing in the stream; one that names no report on the case changes nothing.
    return record ? { ...opened, reports: opened.reports.set(reportId, change(record)) } : opened;
  };
  const withAssessment = (record: AssessmentRecord): Case => ({
    ...opened,
    assessments: opened.assessments.set(record.assessmentId, record),
  });
  switch (event.type) {
    case 'information-report-filed':
      return { ...opened, reports: opened.reports.set(event.data.reportId, newRecord(event.data)) };
    case 'early-warning-report-noted':
      return { ...opened, reports: opened.reports.set(event.data.report.reportId, newRecord(event.data.report)) };
    case 'report-approved':
      return withReport(event.data.reportId, (r) => ({ ...r, moderation: 'approved' }));
    case 'report-verified': {
      const { credibility, corroboratedBy } = event.data;
      return withReport(event.data.reportId, (r) => ({
        ...r,
        verification: 'verified',
        report: { ...r.report, credibility, corroboratedBy },
      }));
    }
    case 'report-corrected': {
      const { corrected, reason } = event.data;
      return withReport(event.data.reportId, (r) => ({
        ...r,
        report: { ...r.report, ...corrected },
        corrections: [...r.corrections, { corrected, reason }],
      }));
    }
    case 'report-retracted':
      return withReport(event.data.reportId, (r) => ({ ...r, retraction: { reason: event.data.reason } }));
    case 'assessment-drafted': {
      const { assessmentId, reviewChecklist, draftedBy, ...draft } = event.data;
      return withAssessment({ status: 'draft', assessmentId, draft, reviewChecklist, draftedBy, completedSteps: new Map() });
    }
    case 'review-step-completed': {
      const draft = opened.assessments.get(event.data.assessmentId) as Extract<AssessmentRecord, { status: 'draft' }>;
      return withAssessment({ ...draft, completedSteps: new Map(draft.completedSteps).set(event.data.step, event.data.completedBy) });
    }
    case 'assessment-issued':
      return withAssessment({ status: 'issued', assessmentId: event.data.content.assessmentId, contentDigest: event.data.contentDigest });
    case 'case-placed-under-monitoring':
      return { ...opened, standing: { kind: 'under-monitoring', reason: event.data.reason } };
    case 'case-closed':
      return { ...opened, standing: { kind: 'closed', reason: event.data.reason } };
    case 'lesson-learned-noted':
      return { ...opened, lessons: opened.lessons.set(event.data.lessonId, event.data) };
  }
}

export function decide(command: CaseCommand, state: Case): readonly CaseEvent[] {
  switch (command.type) {
    case 'open-case':
      return openCase(command, state);
    case 'file-information-report':
      return fileInformationReport(command, state);
    case 'note-early-warning-report':
      return noteEarlyWarningReport(command, state);
    case 'approve-report':
      return approveReport(command, state);
    case 'verify-report':
      return verifyReport(command, state);
    case 'correct-report':
      return correctReport(command, state);
    case 'retract-report':
      return retractReport(command, state);
    case 'draft-assessment':
      return draftAssessment(command, state);
    case 'complete-review-step':
      return completeReviewStep(command, state);
    case 'issue-assessment':
      return issueAssessment(command, state);
    case 'place-under-monitoring':
      return placeUnderMonitoring(command, state);
    case 'close-case':
      return closeCase(command, state);
    case 'note-lesson-learned':
      return noteLessonLearned(command, state);
  }
}

export const caseDecider: Decider<CaseCommand, CaseEvent, Case> = {
  decide,
  evolve,
  initialState: { status: 'not-opened' },
};
