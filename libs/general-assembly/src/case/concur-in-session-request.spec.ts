import { given } from '@rtop/testing';
import { ConcurInSessionRequest } from './concur-in-session-request';
import { generalAssemblyDecider } from './general-assembly-case';
import { SessionRequestConcurred, SessionRequestOpened } from './general-assembly-events';
import { assembly, councilSessionDue, delegation, hoursAfter, nthMemberState, sessionConvened, noted } from './general-assembly.fixtures';
import { MemberState } from './resolution';

const concur = (memberState: MemberState, overrides: Partial<ConcurInSessionRequest> = {}): ConcurInSessionRequest => ({
  type: 'concur-in-session-request',
  requestId: 'request-1',
  actor: delegation(memberState),
  at: hoursAfter(3),
  ...overrides,
});

const opened = (membership = 193): SessionRequestOpened => ({
  type: 'session-request-opened',
  data: { requestId: 'request-1', requestedBy: nthMemberState(0), membership },
});
const concurrences = (count: number): SessionRequestConcurred[] =>
  Array.from({ length: count }, (_, i) => ({
    type: 'session-request-concurred',
    data: { requestId: 'request-1', memberState: nthMemberState(i + 1) },
  }));

describe('concur in a members’ request for an emergency special session', () => {
  it('records a concurrence short of a majority: no session is due yet', () => {
    // 95 concurrences and the requester make 96; the 97th concurrence is the majority of 193.
    given(generalAssemblyDecider, [noted, opened(), ...concurrences(94)])
      .when(concur(nthMemberState(95)))
      .then([{ type: 'session-request-concurred', data: { requestId: 'request-1', memberState: nthMemberState(95) } }]);
  });

  it('makes the request valid with a majority of the membership (97 of 193), and the session due within 24 hours', () => {
    given(generalAssemblyDecider, [noted, opened(), ...concurrences(95)])
      .when(concur(nthMemberState(96)))
      .then([
        { type: 'session-request-concurred', data: { requestId: 'request-1', memberState: nthMemberState(96) } },
        {
          type: 'emergency-special-session-due',
          data: { basis: 'members', requestId: 'request-1', concurrences: 97, dueBy: hoursAfter(27).toISOString() },
        },
      ]);
  });

  it('counts against the membership configured when the request was opened', () => {
    const [, due] = given(generalAssemblyDecider, [noted, opened(5), ...concurrences(1)])
      .when(concur(nthMemberState(2)))
      .result();
    expect(due).toMatchObject({ type: 'emergency-special-session-due', data: { concurrences: 3 } });
  });

  it('takes one concurrence per member, the requester’s included', () => {
    given(generalAssemblyDecider, [noted, opened(), ...concurrences(2)])
      .when(concur(nthMemberState(1)))
      .thenRefuses('conflict', 'one-concurrence-per-member');
    given(generalAssemblyDecider, [noted, opened()])
      .when(concur(nthMemberState(0)))
      .thenRefuses('conflict', 'one-concurrence-per-member');
  });

  it('concurs in a request that is collecting', () => {
    given(generalAssemblyDecider, [noted])
      .when(concur(nthMemberState(1)))
      .thenRefuses('not-found', 'session-request');
    given(generalAssemblyDecider, [noted, opened()])
      .when(concur(nthMemberState(1), { requestId: 'request-9' }))
      .thenRefuses('not-found', 'session-request');
    given(generalAssemblyDecider, [noted, opened(), councilSessionDue])
      .when(concur(nthMemberState(1)))
      .thenRefuses('conflict', 'session-request-collecting');
    given(generalAssemblyDecider, [noted, councilSessionDue, sessionConvened])
      .when(concur(nthMemberState(1)))
      .thenRefuses('conflict', 'session-request-collecting');
  });

  it('is a member state’s to do, on its own behalf', () => {
    given(generalAssemblyDecider, [noted, opened()])
      .when({ ...concur(nthMemberState(1)), actor: assembly })
      .thenRefuses('forbidden', 'remit');
  });
});
