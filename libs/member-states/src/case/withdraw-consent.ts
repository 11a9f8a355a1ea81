import { CommandEnvelope, InvalidCommand, NotFound, StateConflict, requireOccurredNotBefore } from '@rtop/kernel';
import { parseState, requireTheStateItself } from './member-state';
import { MemberStatesCase } from './member-states-case';
import { AssistanceConsentWithdrawn } from './member-states-events';

export interface WithdrawConsent extends CommandEnvelope {
  readonly type: 'withdraw-consent';
  readonly caseId: string;
  readonly state: string;
  readonly consentId: string;
  readonly reason: string;
}

/** Consent is the state's to give and to take back; the consent once given stays on the record. */
export function withdrawConsent(command: WithdrawConsent, state: MemberStatesCase): AssistanceConsentWithdrawn[] {
  const iso3 = parseState(command.state);
  requireTheStateItself(command.actor, iso3, 'withdrawing a state’s consent to assistance');
  const consent = state.consents.get(command.consentId);
  if (consent?.state !== iso3) {
    throw new NotFound('consent-given', `${iso3} has given no consent ${command.consentId} on case ${command.caseId}`);
  }
  if (consent.status === 'withdrawn') {
    throw new StateConflict('consent-withdrawn-once', `consent ${command.consentId} was already withdrawn`);
  }
  requireOccurredNotBefore(command, consent.consentedAt, 'consent', `the withdrawal of ${iso3}'s consent ${command.consentId}`);
  if (!command.reason.trim()) {
    throw new InvalidCommand('withdrawal-gives-reasons', 'a withdrawal of consent states its reason');
  }
  return [
    {
      type: 'assistance-consent-withdrawn',
      data: { caseId: command.caseId, state: iso3, consentId: command.consentId, reason: command.reason.trim() },
    },
  ];
}
