import { InvalidCommand, MemberStateBody, RuleViolated, isMemberStateBody } from '@rtop/kernel';
import { DecisionRule } from './decision-rules/decision-rule';
import { DraftDecision } from './regional-events';

/** Member states, each named once, e.g. `member-state:KEN`. */
export function parseMemberStates(values: readonly string[], what: string): MemberStateBody[] {
  const other = values.find((v) => !isMemberStateBody(v));
  if (other !== undefined) {
    throw new InvalidCommand('member-states', `${what}: ${other} is not a member state (member-state:<ISO 3166-1 alpha-3>)`);
  }
  if (new Set(values).size !== values.length) throw new InvalidCommand('member-states', `${what}: a state is named twice`);
  return values as MemberStateBody[];
}

/** The states objecting or voting on a draft: each once, none excluded from it, no more than the body has. */
export function checkParticipants(states: readonly string[], rule: DecisionRule, draft: DraftDecision): MemberStateBody[] {
  const participants = parseMemberStates(states, `the states taking part in ${draft.body}'s decision`);
  const excluded = rule.excluded(draft);
  const barred = participants.find((s) => excluded.includes(s));
  if (barred) {
    throw new RuleViolated(
      'parties-excluded',
      `${barred} is a party to the matter of draft ${draft.draftId} and takes no part in ${draft.body}'s decision on it`,
    );
  }
  if (participants.length > rule.memberStates - excluded.length) {
    throw new InvalidCommand(
      'membership',
      `${participants.length} states take part, but ${draft.body} has ${rule.memberStates} members${excluded.length ? `, ${excluded.length} of them excluded` : ''}`,
    );
  }
  return participants;
}
