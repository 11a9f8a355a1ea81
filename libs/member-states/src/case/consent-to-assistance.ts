import { Body, CommandEnvelope, InvalidCommand, NotFound, StateConflict, occurredIsoOf, requireOccurredNotBefore } from '@rtop/kernel';
import { AssistanceKind, requireDescription, requireKinds } from './assistance';
import { parseState, requireTheStateItself, stateBody } from './member-state';
import { MemberStatesCase } from './member-states-case';
import { AssistanceConsented } from './member-states-events';

export interface ConsentToAssistance extends CommandEnvelope {
  readonly type: 'consent-to-assistance';
  readonly caseId: string;
  readonly state: string;
  readonly consentId: string;
  readonly requestId: string | null;
  readonly offeredBy: Body;
  readonly kinds: readonly AssistanceKind[];
  readonly description: string;
}

/**
 * The state accepts assistance another body offers, in answer to its own request or
 * unprompted. Pillar II assistance rests on this consent; pillar III does not.
 */
export function consentToAssistance(command: ConsentToAssistance, state: MemberStatesCase): AssistanceConsented[] {
  const iso3 = parseState(command.state);
  requireTheStateItself(command.actor, iso3, 'consenting to assistance for a state');
  if (state.consents.has(command.consentId)) {
    throw new StateConflict('consent-given-once', `consent ${command.consentId} is already on case ${command.caseId}`);
  }
  if (command.offeredBy === stateBody(iso3)) {
    throw new InvalidCommand('assistance-offered-by-others', `${iso3} cannot consent to assistance from itself`);
  }
  if (command.requestId !== null && state.requests.get(command.requestId)?.state !== iso3) {
    throw new NotFound('assistance-requested', `${iso3} has made no request ${command.requestId} on case ${command.caseId}`);
  }
  if (command.requestId !== null) {
    requireOccurredNotBefore(
      command,
      state.requests.get(command.requestId)?.requestedAt,
      'request',
      `${iso3}'s consent ${command.consentId}`,
    );
  }
  const kinds = requireKinds(command.kinds);
  const description = requireDescription(command.description);
  const { caseId, consentId, requestId, offeredBy } = command;
  return [
    {
      type: 'assistance-consented',
      data: { caseId, state: iso3, consentId, requestId, offeredBy, kinds, description, consentedAt: occurredIsoOf(command) },
    },
  ];
}
