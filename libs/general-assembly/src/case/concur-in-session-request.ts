import { CommandEnvelope, NotFound, StateConflict } from '@rtop/kernel';
import { convenableBy, majorityOfMembers, requireMemberStateActor } from './emergency-special-session';
import { GeneralAssemblyCase } from './general-assembly-case';
import { EmergencySpecialSessionDue, SessionRequestConcurred } from './general-assembly-events';

export interface ConcurInSessionRequest extends CommandEnvelope {
  readonly type: 'concur-in-session-request';
  readonly requestId: string;
}

/** The concurrence that makes a majority of the membership makes the request valid, and starts the 24 hours. */
export function concurInSessionRequest(
  command: ConcurInSessionRequest,
  state: GeneralAssemblyCase,
): (SessionRequestConcurred | EmergencySpecialSessionDue)[] {
  const memberState = requireMemberStateActor(command.actor, 'concurring in a request for an emergency special session');
  const { session } = state;
  if (session.status === 'due' || session.status === 'open') {
    throw new StateConflict(
      'session-request-collecting',
      `a valid request already stands: the session is ${session.status === 'due' ? 'due' : 'open'}`,
    );
  }
  if (session.status !== 'collecting' || session.requestId !== command.requestId) {
    throw new NotFound(
      'session-request',
      `no request ${command.requestId} for an emergency special session is collecting concurrences on this case`,
    );
  }
  if (session.concurrences.has(memberState)) {
    throw new StateConflict('one-concurrence-per-member', `${memberState} has already concurred in request ${command.requestId}`);
  }
  const concurred: SessionRequestConcurred = { type: 'session-request-concurred', data: { requestId: command.requestId, memberState } };
  const concurrences = session.concurrences.size + 1;
  if (concurrences < majorityOfMembers(session.membership)) return [concurred];
  return [
    concurred,
    {
      type: 'emergency-special-session-due',
      data: { basis: 'members', requestId: command.requestId, concurrences, dueBy: convenableBy(command.at) },
    },
  ];
}
