import { given } from '@rtop/testing';
import { CloseEmergencySpecialSession } from './close-emergency-special-session';
import { generalAssemblyDecider } from './general-assembly-case';
import { assembly, caseId, councilSessionDue, delegation, hoursAfter, kenya, sessionConvened, noted } from './general-assembly.fixtures';

const close = (overrides: Partial<CloseEmergencySpecialSession> = {}): CloseEmergencySpecialSession => ({
  type: 'close-emergency-special-session',
  caseId,
  sessionId: 'session-1',
  actor: assembly,
  at: hoursAfter(72),
  ...overrides,
});

const closed = { type: 'emergency-special-session-closed', data: { caseId, sessionId: 'session-1' } } as const;

describe('close an emergency special session', () => {
  it('closes the open session', () => {
    given(generalAssemblyDecider, [noted, councilSessionDue, sessionConvened]).when(close()).then([closed]);
  });

  it('closes only the session that is open', () => {
    given(generalAssemblyDecider, [noted, councilSessionDue]).when(close()).thenRefuses('not-found', 'emergency-special-session-open');
    given(generalAssemblyDecider, [noted, councilSessionDue, sessionConvened])
      .when(close({ sessionId: 'session-9' }))
      .thenRefuses('not-found', 'emergency-special-session-open');
    given(generalAssemblyDecider, [noted, councilSessionDue, sessionConvened, closed])
      .when(close())
      .thenRefuses('not-found', 'emergency-special-session-open');
  });

  it('is the Assembly’s to do', () => {
    given(generalAssemblyDecider, [noted, councilSessionDue, sessionConvened])
      .when(close({ actor: delegation(kenya) }))
      .thenRefuses('forbidden', 'remit');
  });
});
