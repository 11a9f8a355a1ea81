import { CommandEnvelope, RegionalBody, requireBody } from '@rtop/kernel';
import { adopt } from './article-53';
import { DecisionRules } from './decision-rules/decision-rules';
import { VoteChoice, applyMajority, tally } from './majority';
import { checkParticipants } from './participation';
import { RegionalCase, requireDecidedAfterTabling, requireUndecidedDraft } from './regional-case';
import { Article53ConflictRecorded, RegionalDecisionAdopted, RegionalDecisionRejected, RegionalVoteTaken } from './regional-events';

export interface RecordVote extends CommandEnvelope {
  readonly type: 'record-vote';
  readonly caseId: string;
  readonly body: RegionalBody;
  readonly draftId: string;
  /** One entry per state voting; a state not listed did not vote. */
  readonly votes: readonly { readonly state: string; readonly vote: VoteChoice }[];
}

/** A vote, where the body's rule allows one now, carried or lost by the majority that rule requires. */
export function recordVote(
  command: RecordVote,
  state: RegionalCase,
  rules: DecisionRules,
): (RegionalVoteTaken | RegionalDecisionAdopted | RegionalDecisionRejected | Article53ConflictRecorded)[] {
  requireBody(command.actor, command.body, `recording the decisions of ${command.body}`);
  const draft = requireUndecidedDraft(state, command.body, command.draftId);
  requireDecidedAfterTabling(command, draft, `the vote of ${command.body} on draft ${command.draftId}`);
  const rule = rules[command.body];
  const majority = rule.majority(draft);
  const states = checkParticipants(
    command.votes.map((v) => v.state),
    rule,
    draft.decision,
  );
  const votes = command.votes.map((v, i) => ({ state: states[i], vote: v.vote }));
  const counted = tally(votes);
  const applied = applyMajority(majority, counted, rule.memberStates - rule.excluded(draft.decision).length);
  const carried = counted.yes >= applied.required;
  const { draftId, body } = command;
  const taken: RegionalVoteTaken = {
    type: 'regional-vote-taken',
    data: { draftId, body, votes, tally: counted, majority: applied, carried },
  };
  if (carried) return [taken, ...adopt(draft, state, rule)];
  const reason = `${counted.yes} in favour; ${applied.required} needed (${applied.fraction} of ${applied.base} ${applied.of})`;
  return [taken, { type: 'regional-decision-rejected', data: { draftId, body, reason } }];
}
