import { CommandEnvelope, StateConflict, requireBody } from '@rtop/kernel';
import { Case, requireNotClosed } from './case';
import { CasePlacedUnderMonitoring } from './case-events';
import { requireText } from './required-text';

/** The situation is watched rather than worked: reports, assessments and lessons still come in. */
export interface PlaceUnderMonitoring extends CommandEnvelope {
  readonly type: 'place-under-monitoring';
  readonly caseId: string;
  readonly reason: string;
}

export function placeUnderMonitoring(command: PlaceUnderMonitoring, state: Case): CasePlacedUnderMonitoring[] {
  requireBody(command.actor, 'un-joint-office', 'placing a case under monitoring');
  const opened = requireNotClosed(state, command.caseId);
  if (opened.standing.kind === 'under-monitoring') {
    throw new StateConflict('placed-under-monitoring-once', `case ${command.caseId} is already under monitoring`);
  }
  const reason = requireText(command.reason, 'reason-given', 'the reason for monitoring');
  return [{ type: 'case-placed-under-monitoring', data: { caseId: command.caseId, reason } }];
}
