import { AssessedRisk, CaseFigures, CrimeRiskLevel, RISK_LEVELS, RiskLevel } from './case-figures';
import { DurationStats, durationStats } from './durations';
import { UNASSIGNED } from './regions';

/** One case as the report sets it beside others: the risk assessed, and what was done about it. */
export interface ConsistencyCase {
  readonly caseId: string;
  readonly situation: string | null;
  readonly region: string;
  readonly risk: readonly CrimeRiskLevel[];
  readonly assessmentId: string;
  /** The organs that took a decision on the case, each once. */
  readonly decidingOrgans: readonly string[];
  /** Drafts vetoed, failed or rejected. */
  readonly draftsNotAdopted: number;
  readonly vetoes: number;
  readonly measures: number;
  readonly coerciveMeasures: number;
  readonly openWarnings: number;
  /** From the first information report to the first decision by any organ, or the first measure. */
  readonly toFirstDecisionMs: number | null;
  readonly toFirstResponseMs: number | null;
}

export interface ConsistencyRegion {
  readonly region: string;
  readonly cases: readonly ConsistencyCase[];
  readonly withDecision: number;
  readonly withResponse: number;
  readonly toFirstResponse: DurationStats;
}

/** Cases whose latest assessment puts the same highest risk level on some crime. */
export interface ConsistencyGroup {
  readonly peak: RiskLevel;
  readonly regions: readonly ConsistencyRegion[];
}

export interface ConsistencyReport {
  readonly now: string;
  /** The highest risk first. */
  readonly groups: readonly ConsistencyGroup[];
  /** Cases with no assessment issued yet: no risk to compare them by. */
  readonly notAssessed: readonly { readonly caseId: string; readonly situation: string | null; readonly region: string }[];
}

function consistencyCase(figures: CaseFigures, risk: AssessedRisk): ConsistencyCase {
  const decisionTimes = figures.firstDecisionByOrgan.flatMap((d) => (d.afterFirstReportMs == null ? [] : [d.afterFirstReportMs]));
  return {
    caseId: figures.caseId,
    situation: figures.situation,
    region: figures.region.region,
    risk: risk.crimes,
    assessmentId: risk.assessmentId,
    decidingOrgans: figures.firstDecisionByOrgan.map((d) => d.organ),
    draftsNotAdopted: figures.outcomes.filter((o) => !o.decided).length,
    vetoes: figures.vetoes.length,
    measures: figures.responses.length,
    coerciveMeasures: figures.responses.filter((m) => m.coercive).length,
    openWarnings: figures.warnings.filter((w) => w.status === 'open').length,
    toFirstDecisionMs: decisionTimes.length ? Math.min(...decisionTimes) : null,
    toFirstResponseMs: figures.firstResponse?.afterFirstReportMs ?? null,
  };
}

/** Regions by name, with the cases no region was configured for last. */
const byRegionName = (a: string, b: string) => Number(a === UNASSIGNED) - Number(b === UNASSIGNED) || a.localeCompare(b);

/**
 * Like cases side by side: grouped by the highest risk level their latest assessment gives any
 * crime, and within a group by region, so a region whose cases drew fewer or slower responses at
 * the same assessed risk stands out (the selectivity evaluators describe).
 */
export function consistencyReport(perCase: readonly CaseFigures[], now: Date): ConsistencyReport {
  const assessed = perCase.flatMap((figures) => (figures.assessedRisk ? [{ figures, risk: figures.assessedRisk }] : []));
  const groups = [...RISK_LEVELS].reverse().flatMap((peak) => {
    const atPeak = assessed.filter(({ risk }) => risk.peak === peak).map(({ figures, risk }) => consistencyCase(figures, risk));
    if (!atPeak.length) return [];
    const regions = [...new Set(atPeak.map((c) => c.region))].sort(byRegionName).map((region) => {
      const cases = atPeak.filter((c) => c.region === region);
      return {
        region,
        cases,
        withDecision: cases.filter((c) => c.decidingOrgans.length).length,
        withResponse: cases.filter((c) => c.measures).length,
        toFirstResponse: durationStats(cases.flatMap((c) => (c.toFirstResponseMs == null ? [] : [c.toFirstResponseMs]))),
      };
    });
    return [{ peak, regions }];
  });
  return {
    now: now.toISOString(),
    groups,
    notAssessed: perCase.filter((c) => !c.assessedRisk).map((c) => ({ caseId: c.caseId, situation: c.situation, region: c.region.region })),
  };
}
