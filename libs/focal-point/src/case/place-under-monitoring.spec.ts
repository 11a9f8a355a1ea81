import { given } from '@rtop/testing';
import { caseDecider } from './case';
import { PlaceUnderMonitoring } from './place-under-monitoring';
import { at, caseClosed, caseId, caseOpened, jointOffice, reportFiled, securityCouncil } from './case.fixtures';

const monitor = (overrides: Partial<PlaceUnderMonitoring> = {}): PlaceUnderMonitoring => ({
  type: 'place-under-monitoring',
  caseId,
  reason: 'Violence has subsided since the mediation; the 2013 election is a known trigger',
  actor: jointOffice,
  at,
  ...overrides,
});

const placed = { type: 'case-placed-under-monitoring', data: { caseId, reason: monitor().reason } } as const;

describe('place a case under monitoring', () => {
  it('places the case under monitoring, with the reason', () => {
    given(caseDecider, [caseOpened]).when(monitor()).then([placed]);
  });

  it('still takes reports while the case is watched', () => {
    const state = [caseOpened, placed, reportFiled].reduce(caseDecider.evolve, caseDecider.initialState);
    expect(state.status === 'open' && [state.standing.kind, state.reports.size]).toEqual(['under-monitoring', 1]);
  });

  it('places a case under monitoring once', () => {
    given(caseDecider, [caseOpened, placed]).when(monitor()).thenRefuses('conflict', 'placed-under-monitoring-once');
  });

  it('does not monitor a closed case', () => {
    given(caseDecider, [caseOpened, caseClosed]).when(monitor()).thenRefuses('conflict', 'case-not-closed');
  });

  it('gives the reason', () => {
    given(caseDecider, [caseOpened])
      .when(monitor({ reason: '' }))
      .thenRefuses('invalid', 'reason-given');
  });

  it('needs an opened case', () => {
    given(caseDecider).when(monitor()).thenRefuses('not-found', 'case-exists');
  });

  it('is the Joint Office’s to do', () => {
    given(caseDecider, [caseOpened])
      .when(monitor({ actor: securityCouncil }))
      .thenRefuses('forbidden', 'remit');
  });
});
