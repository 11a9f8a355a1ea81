import {
  CommandEnvelope,
  InvalidCommand,
  RuleViolated,
  StateConflict,
  isMemberStateBody,
  occurredIsoOf,
  requireBody,
  requireOccurredNotBefore,
  requireUnMember,
} from '@rtop/kernel';
import { GeneralAssemblyCase, requireResolution } from './general-assembly-case';
import { VoteRecorded } from './general-assembly-events';
import { Vote, hasVote } from './resolution';

/** The Assembly's secretariat records each member's vote as cast in the hall. */
export interface RecordVote extends CommandEnvelope {
  readonly type: 'record-vote';
  readonly resolutionId: string;
  readonly memberState: string;
  readonly vote: Vote;
}

export function recordVote(command: RecordVote, state: GeneralAssemblyCase): VoteRecorded[] {
  requireBody(command.actor, 'un-general-assembly', 'recording votes in the General Assembly');
  const { resolutionId, memberState, vote } = command;
  if (!isMemberStateBody(memberState)) {
    throw new InvalidCommand('member-state', `${memberState} is not a member state; write member-state:<ISO 3166-1 alpha-3>`);
  }
  requireUnMember(memberState, 'a vote in the General Assembly (Art. 18(1); observer States take part without a vote)');
  const resolution = requireResolution(state, resolutionId);
  if (resolution.status !== 'voting') {
    throw new StateConflict('voting-open', `voting on draft resolution ${resolutionId} is closed: it was ${resolution.status}`);
  }
  if (resolution.votes.has(memberState)) {
    throw new RuleViolated('one-vote-per-member', `${memberState} has already voted on draft resolution ${resolutionId}`);
  }
  if (!hasVote(resolution.votingRules, memberState)) {
    throw new RuleViolated('art-19-arrears', `${memberState} is in arrears under Art. 19 and has not been exempted: it has no vote`);
  }
  requireOccurredNotBefore(command, resolution.tabledAt, 'tabled', `${memberState}'s vote on draft resolution ${resolutionId}`);
  return [{ type: 'vote-recorded', data: { resolutionId, memberState, vote, castAt: occurredIsoOf(command) } }];
}
