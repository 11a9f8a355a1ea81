import { given } from '@rtop/testing';
import { caseDecider } from './case';
import { RetractReport } from './retract-report';
import { at, caseClosed, caseId, caseOpened, jointOffice, reportFiled, retracted, securityCouncil } from './case.fixtures';

const retract = (overrides: Partial<RetractReport> = {}): RetractReport => ({
  type: 'retract-report',
  caseId,
  reportId: 'report-1',
  reason: 'The account was fabricated',
  actor: jointOffice,
  at,
  ...overrides,
});

describe('retract a report', () => {
  it('withdraws the report with its reason; the report stays in the record', () => {
    given(caseDecider, [caseOpened, reportFiled])
      .when(retract())
      .then([retracted('report-1')]);
    const state = [caseOpened, reportFiled, retracted('report-1')].reduce(caseDecider.evolve, caseDecider.initialState);
    expect(state.status === 'open' && state.reports.get('report-1')).toMatchObject({
      report: reportFiled.data,
      retraction: { reason: 'The account was fabricated' },
    });
  });

  it('retracts a report once', () => {
    given(caseDecider, [caseOpened, reportFiled, retracted('report-1')])
      .when(retract())
      .thenRefuses('conflict', 'report-retracted-once');
  });

  it('gives the reason for the retraction', () => {
    given(caseDecider, [caseOpened, reportFiled])
      .when(retract({ reason: '  ' }))
      .thenRefuses('invalid', 'reason-given');
  });

  it('retracts only a report on the case', () => {
    given(caseDecider, [caseOpened]).when(retract()).thenRefuses('not-found', 'report-on-case');
  });

  it('keeps the record correctable after the case is closed', () => {
    given(caseDecider, [caseOpened, reportFiled, caseClosed])
      .when(retract())
      .then([retracted('report-1')]);
  });

  it('is the Joint Office’s to do', () => {
    given(caseDecider, [caseOpened, reportFiled])
      .when(retract({ actor: securityCouncil }))
      .thenRefuses('forbidden', 'remit');
  });
});
