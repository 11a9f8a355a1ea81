import { CommandEnvelope, InvalidCommand, StateConflict, requireBody } from '@rtop/kernel';
import { GeneralAssemblyCase } from './general-assembly-case';
import { SituationTakenUp } from './general-assembly-events';

/**
 * The Assembly may discuss any question within the Charter and recommend on it, and call the
 * Council's attention to situations likely to endanger peace (Charter Arts. 10–14): it takes a
 * known case up of its own initiative, beside a transmission, a Council veto or request, or a
 * members' request for an emergency special session.
 */
export interface TakeUpSituation extends CommandEnvelope {
  readonly type: 'take-up-situation';
  readonly caseId: string;
  readonly reason: string;
}

export function takeUpSituation(command: TakeUpSituation, state: GeneralAssemblyCase): SituationTakenUp[] {
  requireBody(command.actor, 'un-general-assembly', 'taking up a situation (Charter Arts. 10–14)');
  if (!command.reason.trim()) throw new InvalidCommand('take-up-states-its-reason', 'the Assembly states why it takes the situation up');
  if (state.takenUp !== undefined) {
    throw new StateConflict('situation-taken-up-once', `the Assembly has already taken up case ${command.caseId}`);
  }
  return [{ type: 'situation-taken-up', data: { reason: command.reason } }];
}
