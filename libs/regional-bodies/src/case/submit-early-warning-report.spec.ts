import { given } from '@rtop/testing';
import { actorOf, at, caseId, decider, noted } from './regional.fixtures';
import { EarlyWarningReportSubmitted } from './regional-events';
import { SubmitEarlyWarningReport } from './submit-early-warning-report';

const indicators = [
  { kind: 'conflict', category: 'armed-intervention', description: 'Armed raid on a settlement across the border' },
  { kind: 'peace', category: 'peace-initiatives', description: 'Elders of both communities met at the water point' },
] as const;

const submit = (overrides: Partial<SubmitEarlyWarningReport> = {}): SubmitEarlyWarningReport => ({
  type: 'submit-early-warning-report',
  caseId,
  reportId: 'cewarn-1',
  summary: 'Cattle raids and retaliatory killings in the Karamoja cluster',
  indicators,
  observedAt: '2008-01-08T06:00:00.000Z',
  location: 'Karamoja cluster',
  actor: actorOf('igad'),
  at,
  ...overrides,
});

const submitted: EarlyWarningReportSubmitted = {
  type: 'early-warning-report-submitted',
  data: {
    reportId: 'cewarn-1',
    caseId,
    summary: 'Cattle raids and retaliatory killings in the Karamoja cluster',
    indicators,
    observedAt: '2008-01-08T06:00:00.000Z',
    location: 'Karamoja cluster',
  },
};

describe('submit a CEWARN early-warning report', () => {
  it('submits the report with its peace and conflict indicators, for the Joint Office to take in', () => {
    given(decider, [noted]).when(submit()).then([submitted]);
  });

  it('rests on at least one indicator, each in a category of its kind', () => {
    given(decider, [noted])
      .when(submit({ indicators: [] }))
      .thenRefuses('invalid', 'cewarn-indicators');
    given(decider, [noted])
      .when(submit({ indicators: [{ kind: 'peace', category: 'armed-intervention', description: 'd' }] }))
      .thenRefuses('invalid', 'cewarn-indicators', /armed-intervention is not a peace indicator/);
    given(decider, [noted])
      .when(submit({ indicators: [{ kind: 'constructor', category: 'x', description: 'd' }] }))
      .thenRefuses('invalid', 'cewarn-indicators', /neither a peace nor a conflict indicator/);
  });

  it('is observed no later than it is reported', () => {
    given(decider, [noted])
      .when(submit({ observedAt: '2008-01-11T06:00:00.000Z' }))
      .thenRefuses('invalid', 'observed-before-reported');
    given(decider, [noted])
      .when(submit({ observedAt: 'last week' }))
      .thenRefuses('invalid', 'observed-before-reported');
  });

  it('is submitted once', () => {
    given(decider, [noted, submitted]).when(submit()).thenRefuses('conflict', 'early-warning-report-once');
  });

  it('is IGAD’s to do', () => {
    given(decider, [noted])
      .when(submit({ actor: actorOf('au-psc') }))
      .thenRefuses('forbidden', 'remit', /igad only/);
  });
});
