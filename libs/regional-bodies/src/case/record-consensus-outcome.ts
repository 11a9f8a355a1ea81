import { CommandEnvelope, RegionalBody, occurredIsoOf, requireBody } from '@rtop/kernel';
import { adopt } from './article-53';
import { DecisionRules } from './decision-rules/decision-rules';
import { checkParticipants } from './participation';
import { RegionalCase, requireDecidedAfterTabling, requireUndecidedDraft } from './regional-case';
import { Article53ConflictRecorded, ConsensusFailed, ConsensusReached, RegionalDecisionAdopted } from './regional-events';

/** The outcome of seeking consensus on a draft: the objections raised, none when there were none. */
export interface RecordConsensusOutcome extends CommandEnvelope {
  readonly type: 'record-consensus-outcome';
  readonly caseId: string;
  readonly body: RegionalBody;
  readonly draftId: string;
  readonly objections: readonly string[];
}

/**
 * Consensus is the absence of objection, not unanimity: with no objection counted the draft is
 * adopted by consensus; otherwise the failure is recorded, which is what opens a vote where the
 * body's rule falls back to one.
 */
export function recordConsensusOutcome(
  command: RecordConsensusOutcome,
  state: RegionalCase,
  rules: DecisionRules,
): (ConsensusReached | ConsensusFailed | RegionalDecisionAdopted | Article53ConflictRecorded)[] {
  requireBody(command.actor, command.body, `recording the decisions of ${command.body}`);
  const draft = requireUndecidedDraft(state, command.body, command.draftId);
  requireDecidedAfterTabling(command, draft, `the consensus outcome of ${command.body} on draft ${command.draftId}`);
  const rule = rules[command.body];
  const notCounted = rule.consensus(draft);
  const objections = checkParticipants(command.objections, rule, draft.decision);
  const objectors = objections.filter((s) => !notCounted.includes(s));
  const disregarded = objections.filter((s) => notCounted.includes(s));
  const { draftId, body } = command;
  if (objectors.length)
    return [{ type: 'consensus-failed', data: { draftId, body, objectors, disregarded, failedAt: occurredIsoOf(command) } }];
  return [{ type: 'consensus-reached', data: { draftId, body, disregarded } }, ...adopt(draft, state, rule)];
}
