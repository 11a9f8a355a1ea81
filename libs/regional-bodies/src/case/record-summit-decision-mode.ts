import { CommandEnvelope, InvalidCommand, RuleViolated, StateConflict, requireBody } from '@rtop/kernel';
import { Majority } from './majority';
import { parseMemberStates } from './participation';
import { RegionalCase, requireUndecidedDraft } from './regional-case';
import { SummitDecisionMode, SummitDecisionModeRecorded } from './regional-events';

/** The ASEAN Summit's decision on how one specific decision is made (Charter Art. 20(2)). */
export interface RecordSummitDecisionMode extends CommandEnvelope {
  readonly type: 'record-summit-decision-mode';
  readonly caseId: string;
  readonly draftId: string;
  readonly mode:
    { readonly kind: 'consensus-minus'; readonly notCounted: readonly string[] } | { readonly kind: 'vote'; readonly majority: Majority };
  /** Where the Summit's authority for it is written, e.g. ASEAN Charter Art. 20(2). */
  readonly basis: string;
}

export function recordSummitDecisionMode(command: RecordSummitDecisionMode, state: RegionalCase): SummitDecisionModeRecorded[] {
  requireBody(command.actor, 'asean', 'deciding how an ASEAN decision is made');
  const draft = requireUndecidedDraft(state, 'asean', command.draftId);
  if (!command.basis.trim()) throw new InvalidCommand('cited-basis', 'the Summit decides another mode only with its basis cited');
  if (draft.standing.status !== 'consensus-failed') {
    throw new RuleViolated(
      'summit-decides-where-consensus-fails',
      `the Summit decides how a decision is made where consensus cannot be achieved: no failure to reach consensus on draft ${command.draftId} is recorded`,
    );
  }
  if (draft.procedure)
    throw new StateConflict('decision-mode-decided-once', `the Summit already decided how draft ${command.draftId} is decided`);
  const mode: SummitDecisionMode =
    command.mode.kind === 'vote'
      ? command.mode
      : { kind: 'consensus-minus', notCounted: parseMemberStates(command.mode.notCounted, 'notCounted') };
  if (mode.kind === 'consensus-minus' && !mode.notCounted.length) {
    throw new InvalidCommand('member-states', 'consensus-minus names the states whose objection is not counted');
  }
  return [{ type: 'summit-decision-mode-recorded', data: { draftId: command.draftId, mode, basis: command.basis } }];
}
