import { DAY, KNOWN_REGIONS, NOW, RAKHINE, RIFT_VALLEY, VANNI, rakhine, riftValley, vanni } from '../replay/timeline.fixtures';
import { caseFigures } from './case-figures';
import { consistencyReport } from './consistency-report';
import { durationStats } from './durations';
import { figuresAcrossCases } from './figures-across-cases';

const known = [
  caseFigures(RIFT_VALLEY, riftValley, NOW, KNOWN_REGIONS),
  caseFigures(RAKHINE, rakhine, NOW, KNOWN_REGIONS),
  caseFigures(VANNI, vanni, NOW, KNOWN_REGIONS),
];

describe('accountability figures across cases', () => {
  describe('given the three known cases on day 38', () => {
    const figures = figuresAcrossCases(known, NOW);

    it('gives the median and the longest time from first report to assessment (3, 1, 5 days) and to transmission (5, 2, 8)', () => {
      expect(figures.cases).toBe(3);
      expect(figures.toFirstAssessment).toEqual({ count: 3, medianMs: 3 * DAY, maxMs: 5 * DAY });
      expect(figures.toFirstTransmission).toEqual({ count: 3, medianMs: 5 * DAY, maxMs: 8 * DAY });
    });

    it('counts only the cases that reached a milestone', () => {
      expect(figures.toFirstDecisionByOrgan).toEqual([
        { organ: 'au-psc', count: 1, medianMs: 15 * DAY, maxMs: 15 * DAY },
        { organ: 'un-security-council', count: 1, medianMs: 20 * DAY, maxMs: 20 * DAY },
      ]);
      expect(figures.toFirstResponse).toEqual({ count: 1, medianMs: 30 * DAY, maxMs: 30 * DAY });
    });

    it('measures the warning-response gap: 6 warnings, 2 answered, 2 open for 30 and 34 days, 2 left at closure', () => {
      expect(figures.warnings).toEqual({
        total: 6,
        answered: 2,
        unanswered: 4,
        open: 2,
        answeredAfter: { count: 2, medianMs: 12.5 * DAY, maxMs: 15 * DAY },
        openFor: { count: 2, medianMs: 32 * DAY, maxMs: 34 * DAY },
        longestOpen: {
          caseId: RAKHINE,
          organ: 'un-security-council',
          assessmentId: 'B1',
          warnedAt: expect.any(String),
          openForMs: 34 * DAY,
        },
      });
    });

    it('counts vetoes by the state casting them, and pledges breached', () => {
      expect(figures.vetoes).toEqual({
        total: 2,
        cases: 2,
        byState: [
          { state: 'member-state:RUS', count: 2 },
          { state: 'member-state:CHN', count: 1 },
        ],
      });
      expect(figures.breachedPledges).toEqual({ total: 1, byState: [{ state: 'member-state:VEN', count: 1 }] });
    });
  });

  describe('given no case', () => {
    it('then there is nothing to measure, and nothing is invented', () => {
      const figures = figuresAcrossCases([], NOW);
      expect(figures.toFirstAssessment).toEqual({ count: 0, medianMs: null, maxMs: null });
      expect(figures.warnings.longestOpen).toBeNull();
    });
  });
});

describe('the median', () => {
  it('is the middle value, or the mean of the two middle values', () => {
    expect(durationStats([5, 1, 3]).medianMs).toBe(3);
    expect(durationStats([4, 1, 3, 2]).medianMs).toBe(2.5);
  });
});

describe('the consistency report', () => {
  describe('given the three known cases, Kenya placed in Africa by name and Myanmar in Asia by the state on the case', () => {
    const report = consistencyReport(known, NOW);

    it('groups cases by the highest risk assessed, highest first, and within each by region, unassigned last', () => {
      expect(report.groups.map((g) => [g.peak, g.regions.map((r) => [r.region, r.cases.map((c) => c.caseId)])])).toEqual([
        ['very-high', [['Asia', [RAKHINE]]]],
        [
          'high',
          [
            ['Africa', [RIFT_VALLEY]],
            ['unassigned', [VANNI]],
          ],
        ],
      ]);
    });

    it('sets side by side what each case at the same risk received', () => {
      const [africa, unassigned] = report.groups[1].regions;
      expect(africa.cases[0]).toEqual({
        caseId: RIFT_VALLEY,
        situation: 'Kenya, post-election violence',
        region: 'Africa',
        risk: [
          { crime: 'crimes-against-humanity', level: 'high' },
          { crime: 'war-crimes', level: 'moderate' },
        ],
        assessmentId: 'A1',
        decidingOrgans: ['au-psc', 'un-security-council'],
        draftsNotAdopted: 1,
        vetoes: 1,
        measures: 1,
        coerciveMeasures: 0,
        openWarnings: 1,
        toFirstDecisionMs: 15 * DAY,
        toFirstResponseMs: 30 * DAY,
      });
      expect(africa).toMatchObject({ withDecision: 1, withResponse: 1, toFirstResponse: { count: 1, medianMs: 30 * DAY } });
      expect(unassigned).toMatchObject({ withDecision: 0, withResponse: 0, toFirstResponse: { count: 0, medianMs: null } });
      expect(unassigned.cases[0]).toMatchObject({ decidingOrgans: [], measures: 0, openWarnings: 0, toFirstDecisionMs: null });
    });

    it('lists apart the cases not yet assessed', () => {
      const early = consistencyReport([caseFigures(VANNI, vanni.slice(0, 2), NOW, KNOWN_REGIONS)], NOW);
      expect(early.groups).toEqual([]);
      expect(early.notAssessed).toEqual([{ caseId: VANNI, situation: 'Sri Lanka, the Vanni', region: 'unassigned' }]);
    });
  });
});
