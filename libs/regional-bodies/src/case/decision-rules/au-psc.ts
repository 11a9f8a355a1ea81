import { InvalidCommand } from '@rtop/kernel';
import { RegionalRules } from '../regional-rules';
import { DecisionRule, afterFailedConsensus, noAuthorityOfItsOwn, countsEveryObjection, refuseTwoThirdsOutsideOas } from './decision-rule';

/**
 * The AU Peace and Security Council (PSC Protocol, 2002): consensus first; failing it, two-thirds
 * on substance and a simple majority on procedure. The vote rule's article (8(12) or 8(13)), its
 * base, and the exclusion of members party to the situation (Art. 8(9)) are unverified, so they
 * come from RegionalRules.auPsc.
 */
export function auPscRule(parameters: RegionalRules['auPsc']): DecisionRule {
  return {
    memberStates: parameters.memberStates,
    admit: (draft) => {
      refuseTwoThirdsOutsideOas(draft);
      if (draft.subject.kind === 'article-4h-intervention') {
        throw new InvalidCommand(
          'article-4h-decided-by-the-assembly',
          'an Art. 4(h) intervention is decided by the AU Assembly; the PSC tables a recommendation to it (article-4h-recommendation)',
        );
      }
    },
    excluded: (draft) => (parameters.excludePartiesToSituation ? draft.parties : []),
    consensus: countsEveryObjection,
    majority: (draft) => {
      afterFailedConsensus(draft, 'PSC Protocol Art. 8');
      return draft.decision.matter === 'procedural' ? parameters.procedural : parameters.substantive;
    },
    article53Conflict: noAuthorityOfItsOwn,
  };
}
