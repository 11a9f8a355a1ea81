import { CommandEnvelope, NotFound, StateConflict, occurredIsoOf, requireBody, requireOccurredNotBefore } from '@rtop/kernel';
import { GeneralAssemblyCase } from './general-assembly-case';
import { VetoDebateHeld } from './general-assembly-events';

/** Records the formal meeting on a veto as held; one held late still counts, and its due date stays on record. */
export interface HoldVetoDebate extends CommandEnvelope {
  readonly type: 'hold-veto-debate';
  readonly draftId: string;
}

export function holdVetoDebate(command: HoldVetoDebate, state: GeneralAssemblyCase): VetoDebateHeld[] {
  requireBody(command.actor, 'un-general-assembly', 'holding the debate on a veto');
  const debate = state.vetoDebates.get(command.draftId);
  if (!debate) throw new NotFound('veto-noted', `no veto of Council draft ${command.draftId} has been noted on this case`);
  if (debate.status === 'held') {
    throw new StateConflict('veto-debate-held-once', `the debate on the veto of draft ${command.draftId} was held at ${debate.heldAt}`);
  }
  requireOccurredNotBefore(command, debate.vetoedAt, 'veto', `the debate on the veto of draft ${command.draftId}`);
  return [{ type: 'veto-debate-held', data: { draftId: command.draftId, heldAt: occurredIsoOf(command) } }];
}
