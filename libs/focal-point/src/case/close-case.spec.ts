import { given } from '@rtop/testing';
import { caseDecider } from './case';
import { CloseCase } from './close-case';
import { at, caseClosed, caseId, caseOpened, jointOffice, securityCouncil } from './case.fixtures';

const close = (overrides: Partial<CloseCase> = {}): CloseCase => ({
  type: 'close-case',
  caseId,
  reason: caseClosed.data.reason,
  actor: jointOffice,
  at,
  ...overrides,
});

describe('close a case', () => {
  it('closes the case with its reason (the published case-closed)', () => {
    given(caseDecider, [caseOpened]).when(close()).then([caseClosed]);
  });

  it('closes a case under monitoring', () => {
    given(caseDecider, [caseOpened, { type: 'case-placed-under-monitoring', data: { caseId, reason: 'watch the 2013 election' } }])
      .when(close())
      .then([caseClosed]);
  });

  it('closes a case once', () => {
    given(caseDecider, [caseOpened, caseClosed]).when(close()).thenRefuses('conflict', 'case-closed-once');
  });

  it('gives the reason', () => {
    given(caseDecider, [caseOpened])
      .when(close({ reason: ' ' }))
      .thenRefuses('invalid', 'reason-given');
  });

  it('needs an opened case', () => {
    given(caseDecider).when(close()).thenRefuses('not-found', 'case-exists');
  });

  it('is the Joint Office’s to do', () => {
    given(caseDecider, [caseOpened])
      .when(close({ actor: securityCouncil }))
      .thenRefuses('forbidden', 'remit');
  });
});
