import { RuleViolated } from '@rtop/kernel';
import { DecisionRule } from './decision-rules/decision-rule';
import { Draft, RegionalCase } from './regional-case';
import { Article53ConflictRecorded, RegionalDecisionAdopted } from './regional-events';

/**
 * Adopts a draft, holding it to Charter Art. 53(1): no enforcement action by a regional body
 * without the Council's authorisation. Preventive action needs none, and links one only if it is
 * on the record. A body acting on an authority of its own (the AU Assembly under Art. 4(h)) has
 * the conflict recorded instead, when it links no authorisation at all.
 */
export function adopt(draft: Draft, state: RegionalCase, rule: DecisionRule): (RegionalDecisionAdopted | Article53ConflictRecorded)[] {
  const { draftId, caseId, body, coercive, councilDecisionId } = draft.decision;
  const adopted: RegionalDecisionAdopted = {
    type: 'regional-decision-adopted',
    data: { decisionId: draftId, caseId, body, coercive, councilDecisionId },
  };
  const gap = authorisationGap(draft, state);
  if (!gap) return [adopted];
  if (!coercive) throw new RuleViolated('linked-council-authorisation', gap);
  const conflict = councilDecisionId === null ? rule.article53Conflict(draft.decision) : null;
  if (conflict) return [adopted, { type: 'article-53-conflict-recorded', data: { decisionId: draftId, body, ...conflict } }];
  throw new RuleViolated(
    'article-53-council-authorisation',
    `${body} may not take enforcement action without the Security Council's authorisation (Charter Art. 53(1)): ${gap}`,
  );
}

/** Why the draft lacks the Council authorisation it needs, or nothing when it lacks none. */
function authorisationGap(draft: Draft, state: RegionalCase): string | undefined {
  const { body, coercive, councilDecisionId } = draft.decision;
  if (councilDecisionId === null) return coercive ? `draft ${draft.decision.draftId} links no Council authorisation` : undefined;
  const authorisation = state.authorisations.get(councilDecisionId);
  if (!authorisation) return `no Council decision ${councilDecisionId} has been noted on this case`;
  if (!authorisation.bodies.includes(body))
    return `Council decision ${councilDecisionId} authorises ${authorisation.bodies.join(', ')}, not ${body}`;
  if (coercive && !authorisation.authorisesEnforcement) return `Council decision ${councilDecisionId} authorises no coercive measure`;
  return undefined;
}
