import { given } from '@rtop/testing';
import { caseDecider } from './case';
import { CorrectReport } from './correct-report';
import { at, caseClosed, caseId, caseOpened, jointOffice, report, reportFiled, retracted, securityCouncil } from './case.fixtures';

const correct = (overrides: Partial<CorrectReport> = {}): CorrectReport => ({
  type: 'correct-report',
  caseId,
  reportId: 'report-1',
  corrected: { location: 'Kiambaa, near Eldoret', riskFactors: [11, 8, 7] },
  reason: 'The field presence placed the church in the wrong village',
  actor: jointOffice,
  at,
  ...overrides,
});

describe('correct a report', () => {
  it('records the corrected fields and why, as a new event: the report as filed stays in the record', () => {
    const history = [caseOpened, reportFiled];
    const corrected = {
      type: 'report-corrected',
      data: { reportId: 'report-1', corrected: { location: 'Kiambaa, near Eldoret', riskFactors: [7, 8, 11] }, reason: correct().reason },
    } as const;
    given(caseDecider, history).when(correct()).then([corrected]);
    const state = [...history, corrected].reduce(caseDecider.evolve, caseDecider.initialState);
    expect(state.status === 'open' && state.reports.get('report-1')).toMatchObject({
      report: { ...report, location: 'Kiambaa, near Eldoret', riskFactors: [7, 8, 11] },
      corrections: [{ corrected: corrected.data.corrected, reason: correct().reason }],
    });
  });

  it('carries only the fields that change', () => {
    const [corrected] = given(caseDecider, [caseOpened, reportFiled])
      .when(correct({ corrected: { location: report.location, summary: 'Church set on fire with families inside' } }))
      .result();
    expect(corrected.data).toMatchObject({ corrected: { summary: 'Church set on fire with families inside' } });
  });

  it('refuses a correction that changes nothing', () => {
    given(caseDecider, [caseOpened, reportFiled])
      .when(correct({ corrected: { location: report.location, riskFactors: [11, 8] } }))
      .thenRefuses('invalid', 'correction-changes-the-report');
  });

  it('gives the reason for the correction', () => {
    given(caseDecider, [caseOpened, reportFiled])
      .when(correct({ reason: '' }))
      .thenRefuses('invalid', 'reason-given');
  });

  it('holds corrected fields to the rules of filing', () => {
    given(caseDecider, [caseOpened, reportFiled])
      .when(correct({ corrected: { riskFactors: [] } }))
      .thenRefuses('invalid', 'framework-of-analysis-risk-factors');
    given(caseDecider, [caseOpened, reportFiled])
      .when(correct({ corrected: { observedAt: '2008-05-01T00:00:00.000Z' } }))
      .thenRefuses('invalid', 'observed-before-filed');
  });

  it('corrects only a report on the case that stands', () => {
    given(caseDecider, [caseOpened]).when(correct()).thenRefuses('not-found', 'report-on-case');
    given(caseDecider, [caseOpened, reportFiled, retracted('report-1')])
      .when(correct())
      .thenRefuses('conflict', 'report-not-retracted');
  });

  it('keeps the record correctable after the case is closed', () => {
    const [corrected] = given(caseDecider, [caseOpened, reportFiled, caseClosed]).when(correct()).result();
    expect(corrected.type).toBe('report-corrected');
  });

  it('is the Joint Office’s to do', () => {
    given(caseDecider, [caseOpened, reportFiled])
      .when(correct({ actor: securityCouncil }))
      .thenRefuses('forbidden', 'remit');
  });
});
