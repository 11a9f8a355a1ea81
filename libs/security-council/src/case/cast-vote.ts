import { CommandEnvelope, RuleViolated, StateConflict, occurredIsoOf, requireBody, requireOccurredNotBefore } from '@rtop/kernel';
import { CouncilCase, requireDraft } from './council-case';
import { ObligatoryAbstentionWarningRecorded, PledgeBreached, VoteCast } from './council-case-events';
import { DraftUnderVote, Vote, obligedToAbstain } from './draft';

/** Votes are recorded by the Council itself (its presidency or secretariat), never by the member states. */
export interface CastVote extends CommandEnvelope {
  readonly type: 'cast-vote';
  readonly caseId: string;
  readonly draftId: string;
  readonly member: string;
  readonly vote: Vote;
}

export function castVote(command: CastVote, state: CouncilCase): (VoteCast | ObligatoryAbstentionWarningRecorded | PledgeBreached)[] {
  requireBody(command.actor, 'un-security-council', 'recording a vote in the Security Council');
  const draft = requireDraft(state, command.draftId);
  if (draft.status !== 'under-vote') {
    throw new StateConflict('vote-open', `draft ${command.draftId} is not being voted on (${draft.status})`);
  }
  const seat = draft.members.find((m) => m.state === command.member);
  if (!seat) {
    throw new RuleViolated('only-council-members-vote', `${command.member} does not sit on the Council for this vote`);
  }
  if (draft.votes.has(seat.state)) {
    throw new RuleViolated(
      'one-vote-per-member',
      `${seat.state} has already voted ${draft.votes.get(seat.state)} on draft ${command.draftId} (Art. 27(1))`,
    );
  }
  requireOccurredNotBefore(command, draft.putToVoteAt, 'put-to-vote', `${seat.state}'s vote on draft ${command.draftId}`);
  const { draftId, vote } = command;
  const member = seat.state;
  return [
    { type: 'vote-cast', data: { draftId, member, vote, castAt: occurredIsoOf(command) } },
    ...(vote !== 'abstain' && obligedToAbstain(draft, member)
      ? [{ type: 'obligatory-abstention-warning-recorded', data: { draftId, member, vote, provision: 'Charter Art. 27(3)' } } as const]
      : []),
    ...(vote === 'no' && breachesActCode(draft, member)
      ? [{ type: 'pledge-breached', data: { state: member, draftId, caseId: command.caseId, pledge: 'ACT code of conduct' } } as const]
      : []),
  ];
}

/** ACT code, para 2: signatories pledge not to vote against a credible draft on timely and decisive action against atrocity crimes. */
function breachesActCode(draft: DraftUnderVote, member: string): boolean {
  return (
    draft.proposal.kind === 'resolution' && draft.proposal.credibleAtrocityPrevention && draft.actCodeSignatories.some((s) => s === member)
  );
}
