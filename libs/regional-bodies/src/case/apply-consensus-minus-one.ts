import { CommandEnvelope, InvalidCommand, RuleViolated, requireBody } from '@rtop/kernel';
import { parseMemberStates } from './participation';
import { RegionalCase, requireUndecidedDraft } from './regional-case';
import { ConsensusMinusOneApplied } from './regional-events';

/** An explicit OSCE procedural decision that one state's objection will not count on one draft. */
export interface ApplyConsensusMinusOne extends CommandEnvelope {
  readonly type: 'apply-consensus-minus-one';
  readonly caseId: string;
  readonly draftId: string;
  readonly stateConcerned: string;
  /** Where the body's authority for it is written, e.g. the Prague Document (1992), para. 16. */
  readonly basis: string;
}

export function applyConsensusMinusOne(command: ApplyConsensusMinusOne, state: RegionalCase): ConsensusMinusOneApplied[] {
  requireBody(command.actor, 'osce', 'applying consensus-minus-one');
  const draft = requireUndecidedDraft(state, 'osce', command.draftId);
  if (!command.basis.trim()) throw new InvalidCommand('cited-basis', 'consensus-minus-one is applied only with its basis cited');
  const [stateConcerned] = parseMemberStates([command.stateConcerned], 'stateConcerned');
  if (draft.procedure?.kind === 'consensus-minus-one') {
    throw new RuleViolated(
      'consensus-minus-one',
      `consensus-minus-one sets aside one state only: ${draft.procedure.stateConcerned} is already set aside on draft ${command.draftId}`,
    );
  }
  return [{ type: 'consensus-minus-one-applied', data: { draftId: command.draftId, stateConcerned, basis: command.basis } }];
}
