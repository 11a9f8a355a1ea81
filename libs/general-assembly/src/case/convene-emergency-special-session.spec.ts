import { given } from '@rtop/testing';
import { ConveneEmergencySpecialSession } from './convene-emergency-special-session';
import { generalAssemblyDecider } from './general-assembly-case';
import { SessionRequestOpened } from './general-assembly-events';
import {
  assembly,
  caseId,
  councilSessionDue,
  delegation,
  hoursAfter,
  kenya,
  sessionConvened,
  vetoNoted,
  noted,
} from './general-assembly.fixtures';

const convene = (overrides: Partial<ConveneEmergencySpecialSession> = {}): ConveneEmergencySpecialSession => ({
  type: 'convene-emergency-special-session',
  caseId,
  sessionId: 'session-1',
  actor: assembly,
  at: hoursAfter(20),
  ...overrides,
});

const collecting: SessionRequestOpened = {
  type: 'session-request-opened',
  data: { requestId: 'request-1', requestedBy: kenya, membership: 193 },
};

describe('convene an emergency special session', () => {
  it('convenes on a valid request within 24 hours', () => {
    given(generalAssemblyDecider, [noted, councilSessionDue]).when(convene()).then([sessionConvened]);
    given(generalAssemblyDecider, [noted, councilSessionDue])
      .when(convene({ at: hoursAfter(24) }))
      .then([sessionConvened]);
  });

  it('convenes after the 24 hours too, and records the deadline missed', () => {
    given(generalAssemblyDecider, [noted, councilSessionDue])
      .when(convene({ at: hoursAfter(30) }))
      .then([
        sessionConvened,
        {
          type: 'emergency-special-session-convened-late',
          data: { sessionId: 'session-1', dueBy: hoursAfter(24).toISOString(), convenedAt: hoursAfter(30).toISOString() },
        },
      ]);
  });

  it('refuses to convene without a valid request, and says how far a members’ request has got', () => {
    given(generalAssemblyDecider, [noted]).when(convene()).thenRefuses('rule-violated', 'uniting-for-peace-valid-request');
    given(generalAssemblyDecider, [noted, collecting])
      .when(convene())
      .thenRefuses('rule-violated', 'uniting-for-peace-valid-request', /has 1 of the 193 members/);
  });

  it('meets the veto debates not yet due (res. 76/262 OP1); an overdue one stays overdue', () => {
    const dueLater = vetoNoted(hoursAfter(48).toISOString());
    const overdue = vetoNoted(hoursAfter(10).toISOString(), 'draft-0');
    given(generalAssemblyDecider, [noted, overdue, dueLater, councilSessionDue])
      .when(convene())
      .then([sessionConvened, { type: 'veto-debate-superseded', data: { draftId: 'draft-1', sessionId: 'session-1' } }]);
  });

  it('keeps one session open at a time', () => {
    given(generalAssemblyDecider, [noted, councilSessionDue, sessionConvened])
      .when(convene({ sessionId: 'session-2' }))
      .thenRefuses('conflict', 'one-session-open');
  });

  it('is the Assembly’s to do', () => {
    given(generalAssemblyDecider, [noted, councilSessionDue])
      .when(convene({ actor: delegation(kenya) }))
      .thenRefuses('forbidden', 'remit');
  });
});
