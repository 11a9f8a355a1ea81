import { CommandEnvelope, StateConflict, occurredIsoOf } from '@rtop/kernel';
import { AssistanceKind, requireDescription, requireKinds } from './assistance';
import { parseState, requireTheStateItself } from './member-state';
import { MemberStatesCase } from './member-states-case';
import { AssistanceRequested } from './member-states-events';

export interface RequestAssistance extends CommandEnvelope {
  readonly type: 'request-assistance';
  readonly caseId: string;
  readonly state: string;
  readonly requestId: string;
  readonly kinds: readonly AssistanceKind[];
  readonly description: string;
}

/** Pillar II starts with the state: it asks for help in meeting its own responsibility. */
export function requestAssistance(command: RequestAssistance, state: MemberStatesCase): AssistanceRequested[] {
  const iso3 = parseState(command.state);
  requireTheStateItself(command.actor, iso3, 'requesting assistance for a state');
  if (state.requests.has(command.requestId)) {
    throw new StateConflict('request-made-once', `request ${command.requestId} is already on case ${command.caseId}`);
  }
  const kinds = requireKinds(command.kinds);
  const description = requireDescription(command.description);
  return [
    {
      type: 'assistance-requested',
      data: { caseId: command.caseId, state: iso3, requestId: command.requestId, kinds, description, requestedAt: occurredIsoOf(command) },
    },
  ];
}
