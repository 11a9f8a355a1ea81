import { CommandEnvelope, InvalidCommand, StateConflict, requireBody } from '@rtop/kernel';
import { CouncilCase } from './council-case';
import { SituationTakenUp } from './council-case-events';

/**
 * The Council may investigate any situation which might lead to international friction, and any
 * Member State may bring one to its attention (Charter Arts. 34–35): it takes a known case up of
 * its own motion, with no assessment or Art. 99 notification placed before it.
 */
export interface TakeUpSituation extends CommandEnvelope {
  readonly type: 'take-up-situation';
  readonly caseId: string;
  readonly reason: string;
}

export function takeUpSituation(command: TakeUpSituation, state: CouncilCase): SituationTakenUp[] {
  requireBody(command.actor, 'un-security-council', 'taking up a situation (Charter Arts. 34–35)');
  if (!command.reason.trim()) throw new InvalidCommand('take-up-states-its-reason', 'the Council states why it takes the situation up');
  if (state.agenda.some((item) => item.basis === 'council')) {
    throw new StateConflict('situation-taken-up-once', `the Council has already taken up case ${command.caseId}`);
  }
  return [{ type: 'situation-taken-up', data: { reason: command.reason } }];
}
