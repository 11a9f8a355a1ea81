import { CommandEnvelope, StateConflict, requireBody, requireUnMember } from '@rtop/kernel';
import { HUMAN_RIGHTS_COUNCIL } from './organs';
import { OtherOrgansCase } from './other-organs-case';
import { ReviewConducted } from './other-organs-events';
import { parseState, requireText } from './text';

export interface ConductReview extends CommandEnvelope {
  readonly type: 'conduct-review';
  readonly caseId: string;
  readonly reviewId: string;
  readonly state: string;
  readonly findings: string;
  readonly recommendations: readonly string[];
}

/** The Human Rights Council's Universal Periodic Review of a state concerned by the case. */
export function conductReview(command: ConductReview, state: OtherOrgansCase): ReviewConducted[] {
  requireBody(command.actor, HUMAN_RIGHTS_COUNCIL, 'conducting a review');
  const reviewed = parseState(command.state);
  requireUnMember(reviewed, 'the Universal Periodic Review (res. 60/251, para. 5(e), reviews the Members)');
  if (state.reviews.has(command.reviewId)) {
    throw new StateConflict('review-conducted-once', `review ${command.reviewId} is already on case ${command.caseId}`);
  }
  const findings = requireText('review-has-findings', 'a review’s findings', command.findings);
  const recommendations = command.recommendations.map((r, i) => requireText('review-has-findings', `recommendations[${i}]`, r));
  return [
    { type: 'review-conducted', data: { caseId: command.caseId, reviewId: command.reviewId, state: reviewed, findings, recommendations } },
  ];
}
