import { CommandEnvelope, InvalidCommand, isIso3166Alpha3, requireBody } from '@rtop/kernel';
import { Responses, stateConsentKey } from './responses';
import { NotedStateConsent, StateConsentNoted } from './responses-events';

/** Delivered from the event log when a state requests assistance, or consents to it. */
export interface NoteStateConsent extends CommandEnvelope, NotedStateConsent {
  readonly type: 'note-state-consent';
  readonly sourceEventId: string;
}

/** A state's request or consent is its own word: only the state itself can have given it. */
export function noteStateConsent(command: NoteStateConsent, state: Responses): StateConsentNoted[] {
  if (!isIso3166Alpha3(command.state)) {
    throw new InvalidCommand('iso-3166-alpha-3', `'${command.state}' is not an ISO 3166-1 alpha-3 country code such as KEN`);
  }
  requireBody(command.actor, `member-state:${command.state}`, `a request or consent of ${command.state}`);
  if (state.stateConsents.has(stateConsentKey(command.state, command.requestOrConsentId))) return [];
  const { state: iso3, requestOrConsentId, form, sourceEventId } = command;
  return [{ type: 'state-consent-noted', data: { state: iso3, requestOrConsentId, form, sourceEventId } }];
}
