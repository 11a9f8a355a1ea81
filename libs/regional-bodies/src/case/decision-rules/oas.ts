import { RuleViolated } from '@rtop/kernel';
import { RegionalRules } from '../regional-rules';
import { DecisionRule, noAuthorityOfItsOwn, requireOrdinarySubject } from './decision-rule';

/**
 * The OAS decides by vote: an absolute majority of the Member States, two-thirds where the matter
 * requires it (the draft says so: twoThirdsRequired), and without the parties to a dispute where
 * its instruments exclude them (Charter Art. 89; Rio Treaty): the draft lists them only then.
 */
export function oasRule(parameters: RegionalRules['oas']): DecisionRule {
  return {
    memberStates: parameters.memberStates,
    admit: requireOrdinarySubject,
    excluded: (draft) => draft.parties,
    consensus: (draft) => {
      throw new RuleViolated(
        'oas-decides-by-vote',
        `OAS decisions are adopted by the affirmative vote of a majority of the Member States: record the vote on draft ${draft.decision.draftId}`,
      );
    },
    majority: (draft) => ({ fraction: draft.decision.twoThirdsRequired ? 'two-thirds' : 'more-than-half', of: 'member-states' }),
    article53Conflict: noAuthorityOfItsOwn,
  };
}
