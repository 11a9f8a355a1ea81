import { Decider, NotFound } from '@rtop/kernel';
import { CaseCrime, CaseEvent } from './case-events';
import { InformationReport } from './information-report';
import { FileInformationReport, fileInformationReport } from './file-information-report';
import { IssueAssessment, issueAssessment } from './issue-assessment';
import { OpenCase, openCase } from './open-case';

/** The Joint Office's view of a case: nothing before it is opened. */
export type Case =
  | { readonly status: 'not-opened' }
  | {
      readonly status: 'open';
      readonly caseId: string;
      readonly situation: string;
      readonly crimes: readonly CaseCrime[];
      readonly reports: ReadonlyMap<string, InformationReport>;
      readonly assessmentIds: ReadonlySet<string>;
    };

export type OpenedCase = Extract<Case, { status: 'open' }>;

export type CaseCommand = OpenCase | FileInformationReport | IssueAssessment;

export function requireOpened(state: Case, caseId: string): OpenedCase {
  if (state.status !== 'open') throw new NotFound('case-exists', `no case ${caseId} has been opened`);
  return state;
}

export function evolve(state: Case, event: CaseEvent): Case {
  switch (event.type) {
    case 'case-opened':
      return { status: 'open', ...event.data, reports: new Map(), assessmentIds: new Set() };
    case 'information-report-filed': {
      const opened = state as OpenedCase;
      return { ...opened, reports: new Map(opened.reports).set(event.data.reportId, event.data) };
    }
    case 'assessment-issued': {
      const opened = state as OpenedCase;
      return { ...opened, assessmentIds: new Set(opened.assessmentIds).add(event.data.content.assessmentId) };
    }
  }
}

export function decide(command: CaseCommand, state: Case): readonly CaseEvent[] {
  switch (command.type) {
    case 'open-case':
      return openCase(command, state);
    case 'file-information-report':
      return fileInformationReport(command, state);
    case 'issue-assessment':
      return issueAssessment(command, state);
  }
}

export const caseDecider: Decider<CaseCommand, CaseEvent, Case> = {
  decide,
  evolve,
  initialState: { status: 'not-opened' },
};
