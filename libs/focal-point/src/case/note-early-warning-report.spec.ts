import { given } from '@rtop/testing';
import { caseDecider } from './case';
import { NoteEarlyWarningReport } from './note-early-warning-report';
import { at, caseClosed, caseId, caseOpened, igad, jointOffice } from './case.fixtures';

const note = (overrides: Partial<NoteEarlyWarningReport> = {}): NoteEarlyWarningReport => ({
  type: 'note-early-warning-report',
  caseId,
  reportId: 'report-ew-1',
  regionalReportId: 'cewarn-2008-014',
  summary: 'Cross-border raids and livestock theft rising in the Karamoja cluster',
  observedAt: '2007-12-30T00:00:00.000Z',
  location: 'Karamoja cluster',
  regionalIndicators: [{ kind: 'conflict', category: 'armed-intervention', description: 'Armed raids on grazing land' }],
  riskFactors: [],
  reliability: 'C',
  actor: igad,
  at,
  ...overrides,
});

describe('note an early-warning report from a regional body', () => {
  it('files it as an information report on the regional early-warning channel, its truth not yet judged', () => {
    given(caseDecider, [caseOpened])
      .when(note())
      .then([
        {
          type: 'early-warning-report-noted',
          data: {
            regionalReportId: 'cewarn-2008-014',
            submittedBy: 'igad',
            regionalIndicators: [{ kind: 'conflict', category: 'armed-intervention', description: 'Armed raids on grazing land' }],
            report: {
              reportId: 'report-ew-1',
              source: { kind: 'named', name: 'igad' },
              channel: 'regional-early-warning',
              reliability: 'C',
              credibility: 6,
              corroboratedBy: [],
              observedAt: '2007-12-30T00:00:00.000Z',
              location: 'Karamoja cluster',
              riskFactors: [],
              summary: 'Cross-border raids and livestock theft rising in the Karamoja cluster',
            },
          },
        },
      ]);
  });

  it('is noted on a closed case too: it was sent whether or not the case is open', () => {
    const [noted] = given(caseDecider, [caseOpened, caseClosed]).when(note()).result();
    expect(noted.type).toBe('early-warning-report-noted');
  });

  it('comes from a regional body only', () => {
    given(caseDecider, [caseOpened])
      .when(note({ actor: jointOffice }))
      .thenRefuses('forbidden', 'remit', /regional body/);
  });

  it('needs an opened case', () => {
    given(caseDecider).when(note()).thenRefuses('not-found', 'case-exists');
  });

  it('is noted once', () => {
    const [noted] = given(caseDecider, [caseOpened]).when(note()).result();
    given(caseDecider, [caseOpened, noted]).when(note()).thenRefuses('conflict', 'report-filed-once');
  });

  it('carries Framework risk factors only when they are the Framework’s', () => {
    given(caseDecider, [caseOpened])
      .when(note({ riskFactors: [0] }))
      .thenRefuses('invalid', 'framework-of-analysis-risk-factors');
  });

  it('refuses an observation dated after it arrived', () => {
    given(caseDecider, [caseOpened])
      .when(note({ observedAt: '2008-03-01T00:00:00.000Z' }))
      .thenRefuses('invalid', 'observed-before-filed');
  });
});
