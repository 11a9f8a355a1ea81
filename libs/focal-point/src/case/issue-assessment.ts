import { CommandEnvelope, NotFound, RuleViolated, StateConflict, contentDigest, requireBody } from '@rtop/kernel';
import { AssessmentRecord } from './assessment';
import { Case, OpenedCase, requireNotClosed } from './case';
import { AssessmentIssued, IssuedContent } from './case-events';
import { rejectRetracted } from './evidence';

/** Issues a reviewed draft, exactly as drafted. */
export interface IssueAssessment extends CommandEnvelope {
  readonly type: 'issue-assessment';
  readonly caseId: string;
  readonly assessmentId: string;
}

export function requireAssessment(opened: OpenedCase, assessmentId: string): AssessmentRecord {
  const record = opened.assessments.get(assessmentId);
  if (!record) throw new NotFound('assessment-drafted', `no assessment ${assessmentId} has been drafted on case ${opened.caseId}`);
  return record;
}

export function issueAssessment(command: IssueAssessment, state: Case): AssessmentIssued[] {
  requireBody(command.actor, 'un-joint-office', 'issuing an assessment');
  const opened = requireNotClosed(state, command.caseId);
  const record = requireAssessment(opened, command.assessmentId);
  if (record.status === 'issued') throw new StateConflict('assessment-issued-once', `assessment ${command.assessmentId} is already issued`);
  const { draft, reviewChecklist, completedSteps } = record;
  const outstanding = reviewChecklist.filter((step) => !completedSteps.has(step));
  if (outstanding.length) {
    throw new RuleViolated(
      'review-checklist-complete',
      `assessment ${command.assessmentId} is still to pass review: ${outstanding.join(', ')}`,
    );
  }
  // A report retracted after drafting takes the draft down with it: it is issued on standing evidence only.
  draft.risks.forEach((risk, r) => risk.findings.forEach((f, i) => rejectRetracted(opened, f.reportIds, `risks[${r}].findings[${i}]`)));
  draft.incitement.forEach((finding, i) => rejectRetracted(opened, finding.reportIds, `incitement[${i}]`));
  const content: IssuedContent = {
    assessmentId: command.assessmentId,
    caseId: command.caseId,
    situation: opened.situation,
    ...draft,
    issuedAt: command.at.toISOString(),
  };
  return [{ type: 'assessment-issued', data: { content, contentDigest: contentDigest(content) } }];
}
