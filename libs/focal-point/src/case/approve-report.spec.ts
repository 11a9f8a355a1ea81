import { given } from '@rtop/testing';
import { ApproveReport } from './approve-report';
import { caseDecider } from './case';
import { at, caseClosed, caseId, caseOpened, jointOffice, reportFiled, retracted, securityCouncil } from './case.fixtures';

const approve = (overrides: Partial<ApproveReport> = {}): ApproveReport => ({
  type: 'approve-report',
  caseId,
  reportId: 'report-1',
  actor: jointOffice,
  at,
  ...overrides,
});

describe('approve a report (moderation)', () => {
  it('approves the report, leaving it unverified: moderation is not verification', () => {
    given(caseDecider, [caseOpened, reportFiled])
      .when(approve())
      .then([{ type: 'report-approved', data: { reportId: 'report-1' } }]);
    const state = [caseOpened, reportFiled, { type: 'report-approved', data: { reportId: 'report-1' } } as const].reduce(
      caseDecider.evolve,
      caseDecider.initialState,
    );
    expect(state.status === 'open' && state.reports.get('report-1')).toMatchObject({ moderation: 'approved', verification: 'unverified' });
  });

  it('approves a report once', () => {
    given(caseDecider, [caseOpened, reportFiled, { type: 'report-approved', data: { reportId: 'report-1' } }])
      .when(approve())
      .thenRefuses('conflict', 'report-approved-once');
  });

  it('approves only a report on the case', () => {
    given(caseDecider, [caseOpened]).when(approve()).thenRefuses('not-found', 'report-on-case');
  });

  it('does not approve a retracted report', () => {
    given(caseDecider, [caseOpened, reportFiled, retracted('report-1')])
      .when(approve())
      .thenRefuses('conflict', 'report-not-retracted');
  });

  it('does not work on a closed case', () => {
    given(caseDecider, [caseOpened, reportFiled, caseClosed]).when(approve()).thenRefuses('conflict', 'case-not-closed');
  });

  it('is the Joint Office’s to do', () => {
    given(caseDecider, [caseOpened, reportFiled])
      .when(approve({ actor: securityCouncil }))
      .thenRefuses('forbidden', 'remit');
  });
});
