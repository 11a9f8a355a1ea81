import { CommandEnvelope, MemberStateBody, StateConflict, occurredAtOf, requireBody, requireOccurredNotBefore } from '@rtop/kernel';
import { CouncilCase, requireDraft } from './council-case';
import { CouncilDecisionAdopted, DraftFailed, DraftVetoed, EmergencySpecialSessionRequested, VoteClosed } from './council-case-events';
import { DraftUnderVote, Vote } from './draft';
import { WorkingCalendar, endOfDay, workingDaysAfter } from './working-days';

/** Art. 27(2) and (3) as amended in 1965 (seven of eleven before). */
export const AFFIRMATIVE_VOTES_REQUIRED = 9;
/** Res. 76/262, OP1: the Assembly meets within ten working days of the casting of a veto. */
export const VETO_DEBATE_WORKING_DAYS = 10;

export interface CloseVote extends CommandEnvelope {
  readonly type: 'close-vote';
  readonly caseId: string;
  readonly draftId: string;
  /** From the context's configuration (SecurityCouncilConfig.calendar): the days the veto debate deadline counts. */
  readonly calendar: WorkingCalendar;
}

type Outcome = CouncilDecisionAdopted | EmergencySpecialSessionRequested | DraftFailed | DraftVetoed;

/**
 * Counts the votes as they stand; a member with no vote recorded is absent. Absence and abstention
 * are not vetoes (ICJ, Namibia, 1971), and a veto is an outcome, never a refusal.
 */
export function closeVote(command: CloseVote, state: CouncilCase): [VoteClosed, Outcome] {
  requireBody(command.actor, 'un-security-council', 'closing a vote in the Security Council');
  const draft = requireDraft(state, command.draftId);
  if (draft.status !== 'under-vote') {
    throw new StateConflict('vote-open', `draft ${command.draftId} is not being voted on (${draft.status})`);
  }
  requireOccurredNotBefore(command, draft.putToVoteAt, 'put-to-vote', `closing the vote on draft ${command.draftId}`);
  requireOccurredNotBefore(command, draft.lastVoteAt, 'votes', `closing the vote on draft ${command.draftId}`);
  const cast = (vote: Vote) => draft.members.filter((m) => draft.votes.get(m.state) === vote).map((m) => m.state);
  const yes = cast('yes');
  const no = cast('no');
  const tally: VoteClosed = {
    type: 'vote-closed',
    data: {
      draftId: command.draftId,
      yes,
      no,
      abstain: cast('abstain'),
      absent: draft.members.filter((m) => !draft.votes.has(m.state)).map((m) => m.state),
    },
  };
  return [tally, outcome(command, draft, yes.length, no, state)];
}

function outcome(
  command: CloseVote,
  draft: DraftUnderVote,
  affirmativeVotes: number,
  no: readonly MemberStateBody[],
  state: CouncilCase,
): Outcome {
  const { caseId, draftId } = command;
  // Short of nine, a draft fails whoever voted no: a permanent member's no only vetoes what would otherwise pass.
  if (affirmativeVotes < AFFIRMATIVE_VOTES_REQUIRED) {
    return { type: 'draft-failed', data: { draftId, caseId, affirmativeVotes, required: AFFIRMATIVE_VOTES_REQUIRED } };
  }
  const vetoedBy = draft.procedural ? [] : no.filter((member) => draft.members.some((m) => m.state === member && m.permanent));
  if (vetoedBy.length) {
    // Res. 76/262, OP1: no veto debate is due while an emergency special session on the situation is meeting.
    const vetoDebateDueBy = state.openEmergencySessions.size
      ? null
      : endOfDay(workingDaysAfter(occurredAtOf(command), VETO_DEBATE_WORKING_DAYS, command.calendar), command.calendar);
    return { type: 'draft-vetoed', data: { draftId, caseId, vetoedBy, vetoDebateDueBy } };
  }
  const { proposal, procedural } = draft;
  if (proposal.kind === 'emergency-special-session-request') {
    return { type: 'emergency-special-session-requested', data: { caseId, draftId } };
  }
  const { chapter, measures, authorisedBodies, manifestFailureDetermined } = proposal;
  return {
    type: 'council-decision-adopted',
    data: { draftId, caseId, chapter, procedural, measures, authorisedBodies, manifestFailureDetermined },
  };
}
