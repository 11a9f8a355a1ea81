import { given } from '@rtop/testing';
import { generalAssemblyDecider } from './general-assembly-case';
import { assembly, at, councilSessionDue, delegation, hoursAfter, kenya, sessionConvened, noted } from './general-assembly.fixtures';
import { SessionRequestOpened } from './general-assembly-events';
import { RequestEmergencySpecialSession } from './request-emergency-special-session';

const request = (overrides: Partial<RequestEmergencySpecialSession> = {}): RequestEmergencySpecialSession => ({
  type: 'request-emergency-special-session',
  requestId: 'request-1',
  membership: 193,
  actor: delegation(kenya),
  at,
  ...overrides,
});

const opened: SessionRequestOpened = {
  type: 'session-request-opened',
  data: { requestId: 'request-1', requestedBy: kenya, membership: 193 },
};

describe('request an emergency special session as a member state', () => {
  it('opens a request that collects concurrences, the requester’s own counted: one member is no majority', () => {
    given(generalAssemblyDecider, [noted]).when(request()).then([opened]);
  });

  it('is valid at once only where one member is a majority of the configured membership', () => {
    given(generalAssemblyDecider, [noted])
      .when(request({ membership: 1 }))
      .then([
        { ...opened, data: { ...opened.data, membership: 1 } },
        {
          type: 'emergency-special-session-due',
          data: { basis: 'members', requestId: 'request-1', concurrences: 1, dueBy: hoursAfter(24).toISOString() },
        },
      ]);
  });

  it('asks once while a request is collecting, due or sitting', () => {
    given(generalAssemblyDecider, [noted, opened])
      .when(request({ requestId: 'request-2', actor: delegation('member-state:GHA') }))
      .thenRefuses('conflict', 'one-session-request-at-a-time', /concur in it/);
    given(generalAssemblyDecider, [noted, councilSessionDue]).when(request()).thenRefuses('conflict', 'one-session-request-at-a-time');
    given(generalAssemblyDecider, [noted, councilSessionDue, sessionConvened])
      .when(request())
      .thenRefuses('conflict', 'one-session-request-at-a-time');
  });

  it('is a member state’s to do, on its own behalf', () => {
    given(generalAssemblyDecider, [noted])
      .when(request({ actor: assembly }))
      .thenRefuses('forbidden', 'remit');
  });

  it('is a Member’s to do: an observer State counts toward no majority of the Members', () => {
    given(generalAssemblyDecider, [noted])
      .when(request({ actor: delegation('member-state:PSE') }))
      .thenRefuses('rule-violated', 'un-membership');
  });
});
