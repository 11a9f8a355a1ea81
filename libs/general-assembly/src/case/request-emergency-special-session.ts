import { CommandEnvelope, StateConflict } from '@rtop/kernel';
import { convenableBy, majorityOfMembers, requireMemberStateActor } from './emergency-special-session';
import { GeneralAssemblyCase } from './general-assembly-case';
import { EmergencySpecialSessionDue, SessionRequestOpened } from './general-assembly-events';

/** A member state asks for an emergency special session; its request counts as its own concurrence. */
export interface RequestEmergencySpecialSession extends CommandEnvelope {
  readonly type: 'request-emergency-special-session';
  readonly requestId: string;
  /** The size of the membership, from the context's configuration (RTOP_GA_MEMBERSHIP, default 193). */
  readonly membership: number;
}

export function requestEmergencySpecialSession(
  command: RequestEmergencySpecialSession,
  state: GeneralAssemblyCase,
): (SessionRequestOpened | EmergencySpecialSessionDue)[] {
  const requestedBy = requireMemberStateActor(command.actor, 'requesting an emergency special session');
  const { session } = state;
  if (session.status !== 'none') {
    const standing = session.status === 'collecting' ? `being requested (request ${session.requestId}): concur in it` : session.status;
    throw new StateConflict('one-session-request-at-a-time', `an emergency special session on this case is already ${standing}`);
  }
  const { requestId, membership } = command;
  const opened: SessionRequestOpened = { type: 'session-request-opened', data: { requestId, requestedBy, membership } };
  if (majorityOfMembers(membership) > 1) return [opened];
  return [
    opened,
    { type: 'emergency-special-session-due', data: { basis: 'members', requestId, concurrences: 1, dueBy: convenableBy(command.at) } },
  ];
}
