import { CommandEnvelope, requireBody } from '@rtop/kernel';
import { CouncilCase } from './council-case';
import { EmergencySpecialSessionNoted } from './council-case-events';

/**
 * Delivered from the event log when the General Assembly convenes or closes an emergency special
 * session on this situation (`emergency-special-session-convened` / `-closed`, v1). The Council
 * needs it because res. 76/262 waives the veto debate while such a session is open.
 */
export interface NoteEmergencySpecialSession extends CommandEnvelope {
  readonly type: 'note-emergency-special-session';
  readonly caseId: string;
  readonly sessionId: string;
  readonly status: 'convened' | 'closed';
}

export function noteEmergencySpecialSession(command: NoteEmergencySpecialSession, state: CouncilCase): EmergencySpecialSessionNoted[] {
  requireBody(command.actor, 'un-general-assembly', 'convening or closing an emergency special session');
  const open = state.openEmergencySessions.has(command.sessionId);
  if (open === (command.status === 'convened')) return [];
  return [{ type: 'emergency-special-session-noted', data: { sessionId: command.sessionId, status: command.status } }];
}
