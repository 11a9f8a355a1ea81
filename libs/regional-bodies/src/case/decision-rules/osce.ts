import { RuleViolated } from '@rtop/kernel';
import { RegionalRules } from '../regional-rules';
import { DecisionRule, admitOrdinary, noAuthorityOfItsOwn, nobodyExcluded } from './decision-rule';

/**
 * The OSCE decides by consensus, the absence of any objection; it does not vote. Consensus-minus-one
 * (Prague, 1992) applies to a draft only by an explicit procedural decision naming the one state
 * concerned (apply-consensus-minus-one), whose objection is then not counted.
 */
export function osceRule(parameters: RegionalRules['osce']): DecisionRule {
  return {
    memberStates: parameters.participatingStates,
    admit: admitOrdinary,
    excluded: nobodyExcluded,
    consensus: (draft) => (draft.procedure?.kind === 'consensus-minus-one' ? [draft.procedure.stateConcerned] : []),
    majority: (draft) => {
      throw new RuleViolated(
        'osce-consensus',
        `the OSCE decides by consensus, the absence of objection, and does not vote on draft ${draft.decision.draftId}`,
      );
    },
    article53Conflict: noAuthorityOfItsOwn,
  };
}
