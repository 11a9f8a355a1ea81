import { CommandEnvelope, RuleViolated, StateConflict, requireBody } from '@rtop/kernel';
import { GeneralAssemblyCase } from './general-assembly-case';
import { EmergencySpecialSessionConvened, EmergencySpecialSessionConvenedLate, VetoDebateSuperseded } from './general-assembly-events';

export interface ConveneEmergencySpecialSession extends CommandEnvelope {
  readonly type: 'convene-emergency-special-session';
  readonly caseId: string;
  readonly sessionId: string;
}

type Convening = EmergencySpecialSessionConvened | EmergencySpecialSessionConvenedLate | VetoDebateSuperseded;

/**
 * Convenes on a valid request only. A late session still sits, and the missed deadline is
 * recorded; veto debates not yet due are met by the session (res. 76/262 OP1), overdue ones stay overdue.
 */
export function conveneEmergencySpecialSession(command: ConveneEmergencySpecialSession, state: GeneralAssemblyCase): Convening[] {
  requireBody(command.actor, 'un-general-assembly', 'convening an emergency special session');
  const { session } = state;
  if (session.status === 'open') {
    throw new StateConflict('one-session-open', `emergency special session ${session.sessionId} on this case is already open`);
  }
  if (session.status !== 'due') {
    throw new RuleViolated(
      'uniting-for-peace-valid-request',
      'an emergency special session needs a valid request: from the Security Council by a procedural vote of nine members, ' +
        'or from a majority of the members of the United Nations' +
        (session.status === 'collecting'
          ? `; request ${session.requestId} has ${session.concurrences.size} of the ${session.membership} members`
          : ''),
    );
  }
  const { caseId, sessionId, at } = command;
  const events: Convening[] = [{ type: 'emergency-special-session-convened', data: { caseId, sessionId } }];
  if (at.getTime() > Date.parse(session.dueBy)) {
    events.push({
      type: 'emergency-special-session-convened-late',
      data: { sessionId, dueBy: session.dueBy, convenedAt: at.toISOString() },
    });
  }
  for (const debate of state.vetoDebates.values()) {
    if (debate.status === 'due' && at.getTime() <= Date.parse(debate.dueBy)) {
      events.push({ type: 'veto-debate-superseded', data: { draftId: debate.draftId, sessionId } });
    }
  }
  return events;
}
