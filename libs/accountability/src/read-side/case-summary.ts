import { RISK_LEVELS, RiskLevel } from '../figures/case-figures';
import { audienceOf } from '../policy/audience-of';
import { ALWAYS_PRIVY, privyBy } from '../policy/privy-to-assessment';
import { organOf, outcomeOf } from '../replay/organs';
import { TimelineEntry } from '../timeline/timeline-entry';

export const CASE_STATUSES = ['open', 'monitoring', 'closed'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

/** A body a case was placed before: first and latest placement, and what placed it there last. */
export interface Placement {
  readonly first: string;
  readonly last: string;
  readonly ref: string;
}

/**
 * What the case directory keeps of a case, folded entry by entry. Entries come per producing
 * context, not in the case's order, so every "latest" or "after" is decided by the instants the
 * entries carry, never by the order they arrive in. Plain JSON, stored as is.
 */
export interface CaseSummary {
  readonly situation: string | null;
  readonly summary: string | null;
  readonly openedRegion: string | null;
  readonly crimes: readonly string[];
  readonly status: CaseStatus;
  readonly statusAt: string | null;
  /** The latest issued assessment's highest level, by when it was issued. */
  readonly risk: { readonly issuedAt: string; readonly peak: RiskLevel | null } | null;
  readonly lastActivityAt: string | null;
  readonly states: readonly string[];
  readonly placements: Readonly<Record<string, Placement>>;
  /** When each organ took a decision (an outcome that is a decision taken), by organ. */
  readonly decisions: Readonly<Record<string, readonly string[]>>;
  /** The Secretary-General's latest receipt of an assessment. */
  readonly received: { readonly assessmentId: string; readonly at: string } | null;
  readonly meetingsOverdue: readonly string[];
  readonly meetingsHeld: readonly string[];
  readonly vetoes: Readonly<Record<string, { readonly at: string; readonly dueBy: string | null }>>;
  readonly vetoDebatesClosed: readonly string[];
  readonly readers: readonly string[];
  readonly privy: readonly string[];
  readonly published: boolean;
}

export const NEW_CASE: CaseSummary = {
  situation: null,
  summary: null,
  openedRegion: null,
  crimes: [],
  status: 'open',
  statusAt: null,
  risk: null,
  lastActivityAt: null,
  states: [],
  placements: {},
  decisions: {},
  received: null,
  meetingsOverdue: [],
  meetingsHeld: [],
  vetoes: {},
  vetoDebatesClosed: [],
  readers: [],
  privy: ALWAYS_PRIVY,
  published: false,
};

const STATUS_OF: Readonly<Partial<Record<string, CaseStatus>>> = {
  'case-opened': 'open',
  'case-placed-under-monitoring': 'monitoring',
  'case-closed': 'closed',
};

const later = (a: string | null | undefined, b: string) => (!a || Date.parse(b) >= Date.parse(a) ? b : a);
const earlier = (a: string | null | undefined, b: string) => (!a || Date.parse(b) < Date.parse(a) ? b : a);
const union = (a: readonly string[], b: readonly string[]) => [...new Set([...a, ...b])];
const str = (value: unknown): string | null => (typeof value === 'string' && value ? value : null);
const rank = (level: unknown) => RISK_LEVELS.indexOf(level as RiskLevel);

function peakOf(content: unknown): RiskLevel | null {
  const risks = (content as { risks?: unknown } | null)?.risks;
  const ranks = (Array.isArray(risks) ? risks : []).map((r) => rank((r as { level?: unknown } | null)?.level)).filter((r) => r >= 0);
  return ranks.length ? RISK_LEVELS[Math.max(...ranks)] : null;
}

/** The bodies an entry places the case before, and the reference of what placed it. */
function placedBy(entry: TimelineEntry, data: Record<string, unknown>): { bodies: string[]; ref: string } | null {
  switch (`${entry.context}/${entry.type}`) {
    case 'secretary-general/assessment-transmitted': {
      const recipients = Array.isArray(data.recipients) ? data.recipients.filter((r): r is string => typeof r === 'string') : [];
      return { bodies: recipients, ref: str(data.transmissionId) ?? entry.eventId };
    }
    case 'secretary-general/article-99-notification-sent':
    case 'security-council/article-99-notification-placed-on-agenda':
      return { bodies: ['un-security-council'], ref: str(data.notificationId) ?? entry.eventId };
    case 'security-council/assessment-placed-on-agenda':
    case 'general-assembly/assessment-placed-on-agenda':
    case 'regional-bodies/assessment-placed-before-body':
      return { bodies: [organOf(entry)], ref: str(data.transmissionId) ?? str(data.assessmentId) ?? entry.eventId };
    default:
      return null;
  }
}

function place(placements: CaseSummary['placements'], bodies: readonly string[], at: string, ref: string): CaseSummary['placements'] {
  const next = { ...placements };
  for (const body of bodies) {
    const known = Object.hasOwn(next, body) ? next[body] : undefined;
    const isLatest = !known || Date.parse(at) >= Date.parse(known.last);
    next[body] = { first: earlier(known?.first, at), last: isLatest ? at : known.last, ref: isLatest ? ref : known.ref };
  }
  return next;
}

/** Folds one more timeline entry into the case's summary. */
export function foldCaseSummary(state: CaseSummary, entry: TimelineEntry): CaseSummary {
  const data = (entry.data && typeof entry.data === 'object' ? entry.data : {}) as Record<string, unknown>;
  const audience = audienceOf(entry);
  let next: CaseSummary = {
    ...state,
    lastActivityAt: later(state.lastActivityAt, entry.recordedAt),
    readers: union(state.readers, [...audience.owners, ...audience.addressedTo]),
    privy: union(state.privy, privyBy(entry)),
    published: state.published || audience.published,
  };
  const key = `${entry.context}/${entry.type}`;
  const status = entry.context === 'focal-point' ? STATUS_OF[entry.type] : undefined;
  if (status && later(state.statusAt, entry.occurredAt) === entry.occurredAt) next = { ...next, status, statusAt: entry.occurredAt };
  if (key === 'focal-point/case-opened') {
    const crimes = Array.isArray(data.crimes) ? data.crimes.flatMap((c) => str((c as { crime?: unknown } | null)?.crime) ?? []) : [];
    next = { ...next, situation: str(data.situation), summary: str(data.summary), openedRegion: str(data.region), crimes };
  }
  if (key === 'focal-point/assessment-issued' && later(state.risk?.issuedAt, entry.occurredAt) === entry.occurredAt) {
    next = { ...next, risk: { issuedAt: entry.occurredAt, peak: peakOf(data.content) } };
  }
  const memberState = entry.context === 'member-states' ? str(data.state) : null;
  if (memberState) next = { ...next, states: union(next.states, [memberState]) };
  const placement = placedBy(entry, data);
  if (placement) next = { ...next, placements: place(next.placements, placement.bodies, entry.occurredAt, placement.ref) };
  const outcome = outcomeOf(entry);
  if (outcome?.decided)
    next = { ...next, decisions: { ...next.decisions, [outcome.organ]: [...(next.decisions[outcome.organ] ?? []), entry.occurredAt] } };
  if (key === 'secretary-general/assessment-received' && later(state.received?.at, entry.occurredAt) === entry.occurredAt) {
    next = { ...next, received: { assessmentId: str(data.assessmentId) ?? '', at: entry.occurredAt } };
  }
  const overdueBy = key === 'secretary-general/standing-group-meeting-overdue' ? str(data.dueBy) : null;
  if (overdueBy) next = { ...next, meetingsOverdue: union(next.meetingsOverdue, [overdueBy]) };
  if (key === 'secretary-general/standing-group-meeting-held')
    next = { ...next, meetingsHeld: union(next.meetingsHeld, [str(data.heldAt) ?? entry.occurredAt]) };
  if (key === 'security-council/draft-vetoed' || key === 'general-assembly/veto-noted') {
    const draftId = str(data.draftId) ?? entry.eventId;
    const known = Object.hasOwn(next.vetoes, draftId) ? next.vetoes[draftId] : undefined;
    const dueBy = str(data.vetoDebateDueBy) ?? str(data.debateDueBy) ?? known?.dueBy ?? null;
    next = { ...next, vetoes: { ...next.vetoes, [draftId]: { at: earlier(known?.at, entry.occurredAt), dueBy } } };
  }
  const debatedDraft =
    key === 'general-assembly/veto-debate-held' || key === 'general-assembly/veto-debate-superseded' ? str(data.draftId) : null;
  if (debatedDraft) next = { ...next, vetoDebatesClosed: union(next.vetoDebatesClosed, [debatedDraft]) };
  return next;
}

export interface PlacedBefore {
  readonly body: string;
  readonly placedAt: string;
  readonly decided: boolean;
  readonly decidedAt: string | null;
}

/** The first decision an organ took at or after an instant, if any. */
export function decidedSince(state: CaseSummary, organ: string, since: string): string | null {
  const after = (state.decisions[organ] ?? [])
    .filter((at) => Date.parse(at) >= Date.parse(since))
    .sort((a, b) => Date.parse(a) - Date.parse(b));
  return after[0] ?? null;
}

/**
 * Each body the case was placed before, first placement first. A body has decided when it took a
 * decision after the latest placement: an assessment sent again is a question put again.
 */
export function placedBeforeOf(state: CaseSummary): PlacedBefore[] {
  return Object.entries(state.placements)
    .map(([body, placement]) => {
      const decidedAt = decidedSince(state, body, placement.last);
      return { body, placedAt: placement.first, decided: decidedAt !== null, decidedAt };
    })
    .sort((a, b) => Date.parse(a.placedAt) - Date.parse(b.placedAt) || a.body.localeCompare(b.body));
}
