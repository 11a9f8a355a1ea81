import {
  DAY,
  HOUR,
  KNOWN_REGIONS,
  NOW,
  RAKHINE,
  RIFT_VALLEY,
  VANNI,
  day,
  entry,
  rakhine,
  riftValley,
  vanni,
} from '../replay/timeline.fixtures';
import { caseFigures } from './case-figures';
import { NO_REGIONS } from './regions';

describe('accountability figures of one case', () => {
  describe('given the Rift Valley case on day 38', () => {
    const figures = caseFigures(RIFT_VALLEY, riftValley, NOW, KNOWN_REGIONS);

    it('counts from the first report: assessed after 3 days, first transmitted after 5', () => {
      expect(figures.firstReport).toEqual({ at: day(1), eventId: expect.any(String) });
      expect(figures.firstAssessment).toMatchObject({ at: day(4), afterFirstReportMs: 3 * DAY });
      expect(figures.firstTransmission).toMatchObject({ at: day(6), afterFirstReportMs: 5 * DAY });
    });

    it('gives each organ’s first decision in the order taken, a veto not being one', () => {
      expect(figures.firstDecisionByOrgan.map((d) => [d.organ, d.afterFirstReportMs])).toEqual([
        ['au-psc', 15 * DAY],
        ['un-security-council', 20 * DAY],
      ]);
    });

    it('takes the first measure registered as the first response: 30 days', () => {
      expect(figures.firstResponse).toMatchObject({ at: day(31), afterFirstReportMs: 30 * DAY });
      expect(figures.responses).toEqual([
        { measureId: 'M1', pillar: 'II', coercive: false, registeredAt: day(31), eventId: expect.any(String) },
      ]);
    });

    it('answers the Council’s warning with its decision 15 days on, the vetoed draft on the way shown beside it', () => {
      const council = figures.warnings.find((w) => w.organ === 'un-security-council')!;
      expect(council).toMatchObject({
        status: 'answered',
        assessmentId: 'A1',
        transmissionId: 'T1',
        warnedAt: day(6),
        decidedAt: day(21),
        answeredAfterMs: 15 * DAY,
      });
      expect(council.notDecided.map((o) => [o.outcome, o.ref])).toEqual([['vetoed', 'D1']]);
      expect(figures.warnings.find((w) => w.organ === 'au-psc')).toMatchObject({ status: 'answered', answeredAfterMs: 10 * DAY });
    });

    it('lists the Assembly’s warning in the gap: sent on day 8, open 30 days on day 38', () => {
      expect(figures.warningResponseGap).toEqual([
        expect.objectContaining({
          organ: 'un-general-assembly',
          assessmentId: 'A1',
          transmissionId: 'T2',
          warnedAt: day(8),
          status: 'open',
          openForMs: 30 * DAY,
        }),
      ]);
    });

    it('records the veto and the pledge breached, each once though the Assembly noted the veto too', () => {
      expect(figures.vetoes).toEqual([
        { draftId: 'D1', vetoedBy: ['member-state:RUS'], vetoDebateDueBy: day(24), at: day(10), eventId: expect.any(String) },
      ]);
      expect(figures.breachedPledges).toEqual([
        { state: 'member-state:VEN', draftId: 'D1', pledge: 'ACT code of conduct', at: day(10), eventId: expect.any(String) },
      ]);
    });

    it('counts the Council’s decision once though the Secretary-General noted it', () => {
      expect(figures.outcomes.filter((o) => o.ref === 'D2')).toHaveLength(1);
    });

    it('takes the assessed risk from the latest assessment: the highest level per crime', () => {
      expect(figures.assessedRisk).toEqual({
        assessmentId: 'A1',
        issuedAt: day(4),
        crimes: [
          { crime: 'crimes-against-humanity', level: 'high' },
          { crime: 'war-crimes', level: 'moderate' },
        ],
        peak: 'high',
      });
    });
  });

  describe('given the same case as it stood on day 12', () => {
    const figures = caseFigures(RIFT_VALLEY, riftValley, new Date(day(12)), NO_REGIONS);

    it('then no organ had decided yet and every warning was open for as long as it had been out', () => {
      expect(figures.firstDecisionByOrgan).toEqual([]);
      expect(figures.firstResponse).toBeNull();
      expect(figures.warningResponseGap.map((w) => [w.organ, w.status === 'open' && w.openForMs])).toEqual([
        ['un-security-council', 6 * DAY],
        ['au-psc', 6 * DAY],
        ['un-general-assembly', 4 * DAY],
      ]);
    });
  });

  describe('given a later assessment that raises one crime and lowers another', () => {
    it('then the latest assessment alone gives the risk, its highest level per crime', () => {
      const reassessed = [
        ...riftValley,
        entry('focal-point', 'assessment-issued', day(36), {
          content: {
            assessmentId: 'A2',
            risks: [
              { crime: 'genocide', level: 'moderate' },
              { crime: 'genocide', level: 'very-high' },
              { crime: 'crimes-against-humanity', level: 'low' },
            ],
          },
          contentDigest: 'sha256:A2',
        }),
      ];
      expect(caseFigures(RIFT_VALLEY, reassessed, NOW, NO_REGIONS).assessedRisk).toMatchObject({
        assessmentId: 'A2',
        crimes: [
          { crime: 'crimes-against-humanity', level: 'low' },
          { crime: 'genocide', level: 'very-high' },
        ],
        peak: 'very-high',
      });
    });
  });

  describe('given the Vanni case, closed on day 10 with no decision', () => {
    const figures = caseFigures(VANNI, vanni, NOW, NO_REGIONS);

    it('then both warnings stay in the gap, unanswered for the 2 days until the closure, not open since', () => {
      expect(figures.closedAt).toBe(day(10));
      expect(figures.warningResponseGap.map((w) => [w.organ, w.status, w.status === 'case-closed' && w.unansweredForMs])).toEqual([
        ['un-security-council', 'case-closed', 2 * DAY],
        ['un-general-assembly', 'case-closed', 2 * DAY],
      ]);
    });
  });

  describe('given a transmission to the same organ twice', () => {
    it('then the organ was warned once, by the first', () => {
      const twice = [
        ...rakhine,
        entry('secretary-general', 'assessment-transmitted', day(6), {
          transmissionId: 'T5',
          assessmentId: 'B1',
          recipients: ['un-security-council'],
        }),
      ];
      expect(caseFigures(RAKHINE, twice, NOW, NO_REGIONS).warnings.map((w) => [w.transmissionId, w.warnedAt])).toEqual([['T3', day(4)]]);
    });
  });

  describe('given a decision taken before the warning', () => {
    it('then it does not answer the warning', () => {
      const earlier = [...rakhine, entry('security-council', 'council-decision-adopted', day(3, 12), { draftId: 'D0' })];
      expect(caseFigures(RAKHINE, earlier, NOW, NO_REGIONS).warnings[0]).toMatchObject({ status: 'open', openForMs: 34 * DAY });
    });
  });

  describe('given a case with no information report', () => {
    it('then the milestones are dated but no interval is given', () => {
      const noReport = riftValley.filter((e) => e.type !== 'information-report-filed');
      const figures = caseFigures(RIFT_VALLEY, noReport, NOW, NO_REGIONS);
      expect(figures.firstReport).toBeNull();
      expect(figures.firstAssessment).toMatchObject({ at: day(4), afterFirstReportMs: null });
    });
  });

  describe('given a report noted from a regional early-warning system before any filed', () => {
    it('then the noted report is the first report', () => {
      const noted = [...riftValley, entry('focal-point', 'early-warning-report-noted', day(0, 12), { regionalReportId: 'cewarn-1' })];
      expect(caseFigures(RIFT_VALLEY, noted, NOW, NO_REGIONS).firstAssessment).toMatchObject({ afterFirstReportMs: 3 * DAY + 12 * HOUR });
    });
  });
});
