import { CaseFigures, Milestone } from './case-figures';
import { DurationStats, durationStats } from './durations';

export interface CountByState {
  readonly state: string;
  readonly count: number;
}

export interface LongestOpenWarning {
  readonly caseId: string;
  readonly organ: string;
  readonly assessmentId: string;
  readonly warnedAt: string;
  readonly openForMs: number;
}

export interface FiguresAcrossCases {
  readonly now: string;
  readonly cases: number;
  /** From each case's first information report; a case without the milestone is not counted. */
  readonly toFirstAssessment: DurationStats;
  readonly toFirstTransmission: DurationStats;
  readonly toFirstDecisionByOrgan: readonly ({ readonly organ: string } & DurationStats)[];
  readonly toFirstResponse: DurationStats;
  readonly warnings: {
    readonly total: number;
    readonly answered: number;
    /** The warning-response gap: open, or left unanswered when the case was closed. */
    readonly unanswered: number;
    readonly open: number;
    readonly answeredAfter: DurationStats;
    /** How long the warnings still open at `now` have been open. */
    readonly openFor: DurationStats;
    readonly longestOpen: LongestOpenWarning | null;
  };
  readonly vetoes: { readonly total: number; readonly cases: number; readonly byState: readonly CountByState[] };
  readonly breachedPledges: { readonly total: number; readonly byState: readonly CountByState[] };
  readonly perCase: readonly CaseFigures[];
}

const sinceReport = (milestones: readonly (Milestone | null)[]) =>
  durationStats(milestones.flatMap((m) => (m?.afterFirstReportMs == null ? [] : [m.afterFirstReportMs])));

/** Most first, then by state. */
function countByState(states: readonly string[]): CountByState[] {
  const counts = new Map<string, number>();
  for (const state of states) counts.set(state, (counts.get(state) ?? 0) + 1);
  return [...counts].map(([state, count]) => ({ state, count })).sort((a, b) => b.count - a.count || a.state.localeCompare(b.state));
}

/** The figures of several cases, each computed at the same `now`, aggregated. */
export function figuresAcrossCases(perCase: readonly CaseFigures[], now: Date): FiguresAcrossCases {
  const organs = [...new Set(perCase.flatMap((c) => c.firstDecisionByOrgan.map((d) => d.organ)))].sort();
  const warnings = perCase.flatMap((c) => c.warnings.map((w) => ({ caseId: c.caseId, ...w })));
  const open = warnings.flatMap((w) => (w.status === 'open' ? [w] : []));
  const longest = open.reduce<(typeof open)[number] | null>((max, w) => (!max || w.openForMs > max.openForMs ? w : max), null);
  const vetoes = perCase.flatMap((c) => c.vetoes);
  const pledges = perCase.flatMap((c) => c.breachedPledges);
  return {
    now: now.toISOString(),
    cases: perCase.length,
    toFirstAssessment: sinceReport(perCase.map((c) => c.firstAssessment)),
    toFirstTransmission: sinceReport(perCase.map((c) => c.firstTransmission)),
    toFirstDecisionByOrgan: organs.map((organ) => ({
      organ,
      ...sinceReport(perCase.map((c) => c.firstDecisionByOrgan.find((d) => d.organ === organ) ?? null)),
    })),
    toFirstResponse: sinceReport(perCase.map((c) => c.firstResponse)),
    warnings: {
      total: warnings.length,
      answered: warnings.filter((w) => w.status === 'answered').length,
      unanswered: warnings.filter((w) => w.status !== 'answered').length,
      open: open.length,
      answeredAfter: durationStats(warnings.flatMap((w) => (w.status === 'answered' ? [w.answeredAfterMs] : []))),
      openFor: durationStats(open.map((w) => w.openForMs)),
      longestOpen: longest && {
        caseId: longest.caseId,
        organ: longest.organ,
        assessmentId: longest.assessmentId,
        warnedAt: longest.warnedAt,
        openForMs: longest.openForMs,
      },
    },
    vetoes: {
      total: vetoes.length,
      cases: perCase.filter((c) => c.vetoes.length).length,
      byState: countByState(vetoes.flatMap((v) => v.vetoedBy)),
    },
    breachedPledges: { total: pledges.length, byState: countByState(pledges.map((p) => p.state)) },
    perCase,
  };
}
