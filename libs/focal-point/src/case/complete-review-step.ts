import { CommandEnvelope, InvalidCommand, RuleViolated, StateConflict, requireBody } from '@rtop/kernel';
import { SECOND_READER } from './assessment';
import { Case, requireNotClosed } from './case';
import { ReviewStepCompleted } from './case-events';
import { requireAssessment } from './issue-assessment';

export interface CompleteReviewStep extends CommandEnvelope {
  readonly type: 'complete-review-step';
  readonly caseId: string;
  readonly assessmentId: string;
  readonly step: string;
  readonly note: string;
}

export function completeReviewStep(command: CompleteReviewStep, state: Case): ReviewStepCompleted[] {
  requireBody(command.actor, 'un-joint-office', 'reviewing an assessment');
  const opened = requireNotClosed(state, command.caseId);
  const draft = requireAssessment(opened, command.assessmentId);
  if (draft.status === 'issued') {
    throw new StateConflict('reviewed-before-issue', `assessment ${command.assessmentId} is already issued; its review is closed`);
  }
  if (!draft.reviewChecklist.includes(command.step)) {
    throw new InvalidCommand(
      'review-step-on-checklist',
      `${command.step} is not a step of this draft's review (${draft.reviewChecklist.join(', ')})`,
    );
  }
  const completedBy = draft.completedSteps.get(command.step);
  if (completedBy) {
    throw new StateConflict(
      'review-step-completed-once',
      `${command.step} was already completed on assessment ${command.assessmentId} by ${completedBy}`,
    );
  }
  if (command.step === SECOND_READER && command.actor.person === draft.draftedBy) {
    throw new RuleViolated(
      'second-reader-is-another-person',
      `the second reader of assessment ${command.assessmentId} is someone other than its drafter`,
    );
  }
  const { assessmentId, step, note } = command;
  return [{ type: 'review-step-completed', data: { assessmentId, step, completedBy: command.actor.person, note } }];
}
