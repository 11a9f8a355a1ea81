import { CommandEnvelope, NotFound, requireBody } from '@rtop/kernel';
import { GeneralAssemblyCase } from './general-assembly-case';
import { EmergencySpecialSessionClosed } from './general-assembly-events';

export interface CloseEmergencySpecialSession extends CommandEnvelope {
  readonly type: 'close-emergency-special-session';
  readonly caseId: string;
  readonly sessionId: string;
}

export function closeEmergencySpecialSession(
  command: CloseEmergencySpecialSession,
  state: GeneralAssemblyCase,
): EmergencySpecialSessionClosed[] {
  requireBody(command.actor, 'un-general-assembly', 'closing an emergency special session');
  const { caseId, sessionId } = command;
  if (state.session.status !== 'open' || state.session.sessionId !== sessionId) {
    throw new NotFound('emergency-special-session-open', `no emergency special session ${sessionId} is open on case ${caseId}`);
  }
  return [{ type: 'emergency-special-session-closed', data: { caseId, sessionId } }];
}
