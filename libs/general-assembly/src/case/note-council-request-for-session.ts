import { CommandEnvelope, requireBody } from '@rtop/kernel';
import { convenableBy } from './emergency-special-session';
import { GeneralAssemblyCase } from './general-assembly-case';
import { CouncilRequestForSessionNoted, EmergencySpecialSessionDue } from './general-assembly-events';

/**
 * Delivered from the event log when the Council requests an emergency special session. The
 * Council's request is procedural, needs nine votes and cannot be vetoed; that vote is counted
 * in the Council's context, whose published event carries only the outcome, so here the request
 * is valid because the Council made it.
 */
export interface NoteCouncilRequestForSession extends CommandEnvelope {
  readonly type: 'note-council-request-for-session';
  readonly draftId: string;
}

export function noteCouncilRequestForSession(
  command: NoteCouncilRequestForSession,
  state: GeneralAssemblyCase,
): (CouncilRequestForSessionNoted | EmergencySpecialSessionDue)[] {
  requireBody(command.actor, 'un-security-council', 'requesting an emergency special session on behalf of the Security Council');
  if (state.councilRequests.has(command.draftId)) return [];
  const noted: CouncilRequestForSessionNoted = { type: 'council-request-for-session-noted', data: { draftId: command.draftId } };
  // A session already due or sitting answers this request too.
  if (state.session.status === 'due' || state.session.status === 'open') return [noted];
  return [
    noted,
    {
      type: 'emergency-special-session-due',
      data: { basis: 'security-council', draftId: command.draftId, dueBy: convenableBy(command.at) },
    },
  ];
}
