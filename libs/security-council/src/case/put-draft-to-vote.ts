import { CommandEnvelope, MemberStateBody, StateConflict, occurredIsoOf, requireBody } from '@rtop/kernel';
import { checkComposition } from './composition';
import { CouncilCase, requireDraft } from './council-case';
import { DraftPutToVote } from './council-case-events';

export interface PutDraftToVote extends CommandEnvelope {
  readonly type: 'put-draft-to-vote';
  readonly caseId: string;
  readonly draftId: string;
  /** The fifteen members sitting for this vote, each marked permanent or elected. */
  readonly members: readonly { readonly state: string; readonly permanent: boolean }[];
  /** From the context's configuration (SecurityCouncilConfig.actCodeSignatories): the states that signed the ACT code. */
  readonly actCodeSignatories: readonly MemberStateBody[];
}

export function putDraftToVote(command: PutDraftToVote, state: CouncilCase): DraftPutToVote[] {
  requireBody(command.actor, 'un-security-council', 'putting a draft to the vote');
  const draft = requireDraft(state, command.draftId);
  if (draft.status === 'tabled') {
    throw new StateConflict(
      'classified-before-the-vote',
      `draft ${command.draftId} must be classified procedural or not before it is put to the vote`,
    );
  }
  if (draft.status !== 'classified') {
    throw new StateConflict('put-to-the-vote-once', `draft ${command.draftId} has already been put to the vote (${draft.status})`);
  }
  const members = checkComposition(command.members);
  return [
    {
      type: 'draft-put-to-vote',
      data: { draftId: command.draftId, members, actCodeSignatories: [...command.actCodeSignatories], putToVoteAt: occurredIsoOf(command) },
    },
  ];
}
