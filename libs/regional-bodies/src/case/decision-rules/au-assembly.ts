import { InvalidCommand, RuleViolated } from '@rtop/kernel';
import { RegionalRules } from '../regional-rules';
import { DecisionRule, afterFailedConsensus, countsEveryObjection, nobodyExcluded, refuseTwoThirdsOutsideOas } from './decision-rule';

/**
 * The AU Assembly: consensus, failing which two-thirds of the Member States, procedural matters by
 * simple majority (Constitutive Act Art. 7(1) [unverified]: RegionalRules.auAssembly).
 *
 * An Art. 4(h) intervention is a distinct authority: it follows a PSC recommendation, and when it
 * has no linked Council authorisation it is adopted with the Art. 53 conflict recorded rather than
 * refused, because whether Art. 53 binds a 4(h) intervention is disputed (Amvane, AHRLJ 2015).
 */
export function auAssemblyRule(parameters: RegionalRules['auAssembly']): DecisionRule {
  return {
    memberStates: parameters.memberStates,
    admit: (draft, state) => {
      refuseTwoThirdsOutsideOas(draft);
      const subject = draft.subject;
      if (subject.kind === 'article-4h-recommendation') {
        throw new InvalidCommand(
          'article-4h-recommended-by-the-psc',
          'the PSC recommends an Art. 4(h) intervention; the Assembly decides it',
        );
      }
      if (subject.kind !== 'article-4h-intervention') return;
      if (!draft.coercive) {
        throw new InvalidCommand(
          'article-4h-intervention-is-enforcement',
          'an Art. 4(h) intervention in a Member State is enforcement action: table it as coercive',
        );
      }
      const recommendation = state.drafts.get(subject.pscRecommendationId);
      if (
        !recommendation ||
        recommendation.decision.body !== 'au-psc' ||
        recommendation.decision.subject.kind !== 'article-4h-recommendation' ||
        recommendation.standing.status !== 'adopted'
      ) {
        throw new RuleViolated(
          'article-4h-psc-recommendation',
          `an Art. 4(h) intervention needs the PSC's prior recommendation: ${subject.pscRecommendationId} is not an adopted PSC recommendation of intervention on this case`,
        );
      }
    },
    excluded: nobodyExcluded,
    consensus: countsEveryObjection,
    majority: (draft) => {
      afterFailedConsensus(draft, 'Constitutive Act Art. 7(1)');
      return draft.decision.matter === 'procedural' ? parameters.procedural : parameters.substantive;
    },
    article53Conflict: ({ subject }) =>
      subject.kind === 'article-4h-intervention' ? { authority: 'au-constitutive-act-article-4h', grounds: subject.grounds } : null,
  };
}
