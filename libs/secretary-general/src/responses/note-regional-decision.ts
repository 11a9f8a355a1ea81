import { CommandEnvelope, InvalidCommand, OutsideRemit, REGIONAL_BODIES } from '@rtop/kernel';
import { Responses } from './responses';
import { NotedRegionalDecision, RegionalDecisionNoted } from './responses-events';

/** Delivered from the event log when a regional body adopts a decision on the case. */
export interface NoteRegionalDecision extends CommandEnvelope, NotedRegionalDecision {
  readonly type: 'note-regional-decision';
  readonly sourceEventId: string;
}

/** A regional decision is noted as its own body recorded it, once. */
export function noteRegionalDecision(command: NoteRegionalDecision, state: Responses): RegionalDecisionNoted[] {
  if (!(REGIONAL_BODIES as readonly string[]).includes(command.body)) {
    throw new InvalidCommand('regional-body-known', `${command.body} is not a regional body; they are ${REGIONAL_BODIES.join(', ')}`);
  }
  if (command.actor.body !== command.body) {
    throw new OutsideRemit('remit', `a decision of ${command.body} is recorded by ${command.body} only, not ${command.actor.body}`);
  }
  if (state.regionalDecisions.has(command.decisionId)) return [];
  const { decisionId, body, coercive, councilDecisionId, sourceEventId } = command;
  return [{ type: 'regional-decision-noted', data: { decisionId, body, coercive, councilDecisionId, sourceEventId } }];
}
