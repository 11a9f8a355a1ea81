import { CommandEnvelope, RuleViolated, StateConflict, requireBody } from '@rtop/kernel';
import { CouncilCase, requireDraft } from './council-case';
import { DraftClassified } from './council-case-events';

/**
 * Whether a draft is procedural decides whether a permanent member's no can block it (Art. 27(2)
 * and (3)), so the classification is a decision of its own, recorded before anyone votes.
 */
export interface ClassifyDraft extends CommandEnvelope {
  readonly type: 'classify-draft';
  readonly caseId: string;
  readonly draftId: string;
  readonly procedural: boolean;
}

export function classifyDraft(command: ClassifyDraft, state: CouncilCase): DraftClassified[] {
  requireBody(command.actor, 'un-security-council', 'classifying a draft as procedural or not');
  const draft = requireDraft(state, command.draftId);
  if (draft.status !== 'tabled') {
    throw new StateConflict('classified-once-before-the-vote', `draft ${command.draftId} is already classified (${draft.status})`);
  }
  if (draft.proposal.kind === 'emergency-special-session-request' && !command.procedural) {
    throw new RuleViolated(
      'uniting-for-peace-call-is-procedural',
      'the Council’s call for an emergency special session (res. 377 A (V), rule 8(b)) is procedural: no permanent member can veto it',
    );
  }
  return [{ type: 'draft-classified', data: { draftId: command.draftId, procedural: command.procedural } }];
}
