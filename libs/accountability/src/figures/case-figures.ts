import { OrganOutcome, outcomeOf, receiptsOf } from '../replay/organs';
import { TimelineEntry, timelineAsOf } from '../timeline/timeline-entry';
import { msBetween } from './durations';
import { RegionAssignment, RegionMap, regionOf } from './regions';

/** A first occurrence on the case, and how long after the first information report it came. */
export interface Milestone {
  readonly at: string;
  readonly eventId: string;
  /** Null when no information report is on the case. */
  readonly afterFirstReportMs: number | null;
}

export interface OrganMilestone extends Milestone {
  readonly organ: string;
  readonly type: string;
}

interface WarningBase {
  /** The organ the Secretary-General transmitted the assessment to. */
  readonly organ: string;
  readonly assessmentId: string;
  readonly contentDigest: string;
  /** The first transmission of this assessment to this organ: when the organ was warned. */
  readonly transmissionId: string;
  readonly warnedAt: string;
  /** Drafts the organ vetoed, failed or rejected after the warning: decisions sought, not taken. */
  readonly notDecided: readonly OrganOutcome[];
}

/** An assessment transmitted to an organ, and what became of it there. */
export type Warning = WarningBase &
  (
    | { readonly status: 'answered'; readonly decidedAt: string; readonly decisionEventId: string; readonly answeredAfterMs: number }
    /** No decision yet: open for this long at `now`. */
    | { readonly status: 'open'; readonly openForMs: number }
    /** The case was closed with no decision by the organ: unanswered for this long until the closure. */
    | { readonly status: 'case-closed'; readonly closedAt: string; readonly unansweredForMs: number }
  );

/** The warning-response gap: warnings that led to no decision. */
export type UnansweredWarning = Exclude<Warning, { status: 'answered' }>;

export const isUnanswered = (warning: Warning): warning is UnansweredWarning => warning.status !== 'answered';

export interface Veto {
  readonly draftId: string;
  readonly vetoedBy: readonly string[];
  readonly vetoDebateDueBy: string | null;
  readonly at: string;
  readonly eventId: string;
}

export interface BreachedPledge {
  readonly state: string;
  readonly draftId: string;
  readonly pledge: string;
  readonly at: string;
  readonly eventId: string;
}

export interface RegisteredMeasure {
  readonly measureId: string;
  readonly pillar: string;
  readonly coercive: boolean;
  readonly registeredAt: string;
  readonly eventId: string;
}

export const RISK_LEVELS = ['low', 'moderate', 'high', 'very-high'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

export interface CrimeRiskLevel {
  readonly crime: string;
  readonly level: RiskLevel;
}

/** The latest assessment's risk: the highest level it gives each crime, and the highest of all. */
export interface AssessedRisk {
  readonly assessmentId: string;
  readonly issuedAt: string;
  readonly crimes: readonly CrimeRiskLevel[];
  readonly peak: RiskLevel;
}

export interface CaseFigures {
  readonly caseId: string;
  readonly situation: string | null;
  readonly region: RegionAssignment;
  /** The instant the figures stand at: only what had been recorded by then counts. */
  readonly now: string;
  readonly closedAt: string | null;
  readonly firstReport: { readonly at: string; readonly eventId: string } | null;
  readonly firstAssessment: Milestone | null;
  readonly firstTransmission: Milestone | null;
  /** Each deciding organ's first decision taken on the case (a draft adopted), in the order taken. */
  readonly firstDecisionByOrgan: readonly OrganMilestone[];
  /** The first measure registered in response. */
  readonly firstResponse: Milestone | null;
  readonly warnings: readonly Warning[];
  readonly warningResponseGap: readonly UnansweredWarning[];
  readonly outcomes: readonly OrganOutcome[];
  readonly vetoes: readonly Veto[];
  readonly breachedPledges: readonly BreachedPledge[];
  readonly responses: readonly RegisteredMeasure[];
  readonly assessedRisk: AssessedRisk | null;
}

const REPORT_TYPES = ['information-report-filed', 'early-warning-report-noted'];
/** The organs a transmission warns and whose decision answers it. */
const DECIDING_CONTEXTS = ['security-council', 'general-assembly', 'regional-bodies'];

const is =
  (context: string, ...types: string[]) =>
  (entry: TimelineEntry) =>
    entry.context === context && types.includes(entry.type);

/**
 * A case's accountability figures at `now`, from its timeline entries: only entries recorded by
 * `now` count (what was known then), and durations run between the instants events happened.
 */
export function caseFigures(caseId: string, entries: readonly TimelineEntry[], now: Date, regions: RegionMap): CaseFigures {
  const timeline = [...timelineAsOf(entries, now, 'recorded')].sort((a, b) => msBetween(b.occurredAt, a.occurredAt));
  const nowIso = now.toISOString();
  const firstReportEntry = timeline.find(is('focal-point', ...REPORT_TYPES));
  const milestoneOf = (event: Pick<TimelineEntry, 'occurredAt' | 'eventId'>): Milestone => ({
    at: event.occurredAt,
    eventId: event.eventId,
    afterFirstReportMs: firstReportEntry ? msBetween(firstReportEntry.occurredAt, event.occurredAt) : null,
  });
  const milestone = (entry: TimelineEntry | undefined): Milestone | null => (entry ? milestoneOf(entry) : null);
  const closure = timeline.find(is('focal-point', 'case-closed'));
  const outcomes = timeline.flatMap((entry) => outcomeOf(entry) ?? []);
  const decisions = timeline.filter((entry) => DECIDING_CONTEXTS.includes(entry.context)).flatMap((entry) => outcomeOf(entry) ?? []);

  const firstDecisionByOrgan = decisions
    .filter((d) => d.decided)
    .filter((d, index, all) => all.findIndex((other) => other.organ === d.organ) === index)
    .map((d) => ({ ...milestoneOf(d), organ: d.organ, type: d.type }));

  const warnings = warningsOf(timeline, decisions, closure, nowIso);
  const opened = timeline.find(is('focal-point', 'case-opened'));
  return {
    caseId,
    situation: opened ? String((opened.data as { situation: unknown }).situation) : null,
    region: regionOf(timeline, regions),
    now: nowIso,
    closedAt: closure?.occurredAt ?? null,
    firstReport: firstReportEntry ? { at: firstReportEntry.occurredAt, eventId: firstReportEntry.eventId } : null,
    firstAssessment: milestone(timeline.find(is('focal-point', 'assessment-issued'))),
    firstTransmission: milestone(timeline.find(is('secretary-general', 'assessment-transmitted'))),
    firstDecisionByOrgan,
    firstResponse: milestone(timeline.find(is('secretary-general', 'measure-registered'))),
    warnings,
    warningResponseGap: warnings.filter(isUnanswered),
    outcomes,
    vetoes: timeline.filter(is('security-council', 'draft-vetoed')).map((entry) => {
      const { draftId, vetoedBy, vetoDebateDueBy } = entry.data as Omit<Veto, 'at' | 'eventId'>;
      return { draftId, vetoedBy, vetoDebateDueBy, at: entry.occurredAt, eventId: entry.eventId };
    }),
    breachedPledges: timeline.filter(is('security-council', 'pledge-breached')).map((entry) => {
      const { state, draftId, pledge } = entry.data as Omit<BreachedPledge, 'at' | 'eventId'>;
      return { state, draftId, pledge, at: entry.occurredAt, eventId: entry.eventId };
    }),
    responses: timeline.filter(is('secretary-general', 'measure-registered')).map((entry) => {
      const { measureId, pillar, coercive } = entry.data as Omit<RegisteredMeasure, 'registeredAt' | 'eventId'>;
      return { measureId, pillar, coercive, registeredAt: entry.occurredAt, eventId: entry.eventId };
    }),
    assessedRisk: assessedRiskOf(timeline),
  };
}

/**
 * One warning per organ and assessment, from its first transmission there. A decision the organ
 * takes at or after the warning answers it, whatever the decision: whether it was an adequate
 * answer is for the reader of the record, not for the figures.
 */
function warningsOf(
  timeline: readonly TimelineEntry[],
  decisions: readonly OrganOutcome[],
  closure: TimelineEntry | undefined,
  now: string,
): Warning[] {
  const sent = timeline.flatMap(receiptsOf).filter((r) => r.kind === 'sent');
  const firstSent = sent.filter((r, index) => sent.findIndex((o) => o.organ === r.organ && o.assessmentId === r.assessmentId) === index);
  return firstSent.map((r) => {
    const after = decisions.filter((d) => d.organ === r.organ && msBetween(r.occurredAt, d.occurredAt) >= 0);
    const decision = after.find((d) => d.decided);
    const base: WarningBase = {
      organ: r.organ,
      assessmentId: r.assessmentId,
      contentDigest: r.contentDigest,
      transmissionId: r.transmissionId ?? '',
      warnedAt: r.occurredAt,
      notDecided: after.filter((d) => !d.decided && (!decision || msBetween(d.occurredAt, decision.occurredAt) >= 0)),
    };
    if (decision)
      return {
        ...base,
        status: 'answered',
        decidedAt: decision.occurredAt,
        decisionEventId: decision.eventId,
        answeredAfterMs: msBetween(r.occurredAt, decision.occurredAt),
      };
    if (closure && msBetween(r.occurredAt, closure.occurredAt) >= 0) {
      return { ...base, status: 'case-closed', closedAt: closure.occurredAt, unansweredForMs: msBetween(r.occurredAt, closure.occurredAt) };
    }
    return { ...base, status: 'open', openForMs: Math.max(0, msBetween(r.occurredAt, now)) };
  });
}

interface IssuedContent {
  readonly content: { readonly assessmentId: string; readonly risks: readonly { readonly crime: string; readonly level: string }[] };
}

const rank = (level: string) => RISK_LEVELS.indexOf(level as RiskLevel);

/** Null when no assessment has been issued, or the latest gives no crime a level this report knows. */
function assessedRiskOf(timeline: readonly TimelineEntry[]): AssessedRisk | null {
  const latest = timeline.filter(is('focal-point', 'assessment-issued')).at(-1);
  if (!latest) return null;
  const { content } = latest.data as IssuedContent;
  const highest = new Map<string, RiskLevel>();
  for (const { crime, level } of content.risks) {
    const current = highest.get(crime);
    if (rank(level) >= 0 && (current === undefined || rank(level) > rank(current))) highest.set(crime, level as RiskLevel);
  }
  const crimes = [...highest].map(([crime, level]) => ({ crime, level })).sort((a, b) => a.crime.localeCompare(b.crime));
  if (!crimes.length) return null;
  return {
    assessmentId: content.assessmentId,
    issuedAt: latest.occurredAt,
    crimes,
    peak: RISK_LEVELS[Math.max(...crimes.map((c) => rank(c.level)))],
  };
}
