import { CommandEnvelope, requireBody } from '@rtop/kernel';
import { Responses } from './responses';
import { CouncilDecisionNoted, NotedCouncilDecision } from './responses-events';

/** Delivered from the event log when the Security Council adopts a decision on the case. */
export interface NoteCouncilDecision extends CommandEnvelope, NotedCouncilDecision {
  readonly type: 'note-council-decision';
  readonly sourceEventId: string;
}

/** Only the Council's own record of its decision counts, and it is noted once however often it arrives. */
export function noteCouncilDecision(command: NoteCouncilDecision, state: Responses): CouncilDecisionNoted[] {
  requireBody(command.actor, 'un-security-council', 'a Security Council decision');
  if (state.councilDecisions.has(command.decisionId)) return [];
  const { decisionId, chapter, procedural, measures, authorisedBodies, manifestFailureDetermined, sourceEventId } = command;
  return [
    {
      type: 'council-decision-noted',
      data: { decisionId, chapter, procedural, measures, authorisedBodies, manifestFailureDetermined, sourceEventId },
    },
  ];
}
