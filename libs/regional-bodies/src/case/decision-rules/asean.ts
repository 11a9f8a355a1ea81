import { RuleViolated } from '@rtop/kernel';
import { RegionalRules } from '../regional-rules';
import { DecisionRule, admitOrdinary, noAuthorityOfItsOwn, nobodyExcluded } from './decision-rule';

/**
 * ASEAN (Charter Art. 20): consultation and consensus. Where consensus cannot be achieved the
 * Summit may decide how a specific decision is made (Art. 20(2)); only that explicit procedural
 * decision opens another mode (apply it with record-summit-decision-mode).
 */
export function aseanRule(parameters: RegionalRules['asean']): DecisionRule {
  return {
    memberStates: parameters.memberStates,
    admit: admitOrdinary,
    excluded: nobodyExcluded,
    consensus: (draft) =>
      draft.procedure?.kind === 'summit-decision-mode' && draft.procedure.mode.kind === 'consensus-minus'
        ? draft.procedure.mode.notCounted
        : [],
    majority: (draft) => {
      if (draft.procedure?.kind === 'summit-decision-mode' && draft.procedure.mode.kind === 'vote') return draft.procedure.mode.majority;
      throw new RuleViolated(
        'asean-consensus',
        `ASEAN decides by consultation and consensus: draft ${draft.decision.draftId} may be put to a vote only after the Summit decides so (Charter Art. 20(2))`,
      );
    },
    article53Conflict: noAuthorityOfItsOwn,
  };
}
