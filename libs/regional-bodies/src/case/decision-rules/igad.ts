import { RuleViolated } from '@rtop/kernel';
import { RegionalRules } from '../regional-rules';
import { DecisionRule, admitOrdinary, afterFailedConsensus, noAuthorityOfItsOwn, nobodyExcluded } from './decision-rule';

/**
 * IGAD's voting rule was not found in the 1996 Agreement or the 2023 Treaty: it is the deployment's
 * choice (RegionalRules.igad.rule), consensus by default [unverified].
 */
export function igadRule(parameters: RegionalRules['igad']): DecisionRule {
  const rule = parameters.rule;
  return {
    memberStates: parameters.memberStates,
    admit: admitOrdinary,
    excluded: nobodyExcluded,
    consensus: (draft) => {
      if (rule.kind === 'vote') {
        throw new RuleViolated(
          'igad-decision-rule',
          `IGAD is configured to decide by vote: record the vote on draft ${draft.decision.draftId}`,
        );
      }
      return [];
    },
    majority: (draft) => {
      if (rule.kind === 'consensus') {
        throw new RuleViolated(
          'igad-decision-rule',
          `IGAD is configured to decide by consensus and does not vote on draft ${draft.decision.draftId}`,
        );
      }
      if (rule.kind === 'consensus-then-vote') afterFailedConsensus(draft, 'IGAD as configured');
      return rule.majority;
    },
    article53Conflict: noAuthorityOfItsOwn,
  };
}
