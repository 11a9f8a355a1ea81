import { TimelineEntry } from '../timeline/timeline-entry';

/**
 * Reading other contexts' published events as the timeline keeps them. Each reader checks the
 * producing context as well as the type: several contexts keep copies of others' events under
 * their own names (the Assembly's `veto-noted`, the Secretary-General's `council-decision-noted`),
 * and only the producer's own event counts, once.
 */

/** The organ each single-organ context speaks for. */
const ORGAN_OF_CONTEXT: Readonly<Partial<Record<string, string>>> = {
  'focal-point': 'un-joint-office',
  'secretary-general': 'un-secretary-general',
  'security-council': 'un-security-council',
  'general-assembly': 'un-general-assembly',
};

const field = (entry: TimelineEntry, name: string): unknown => (entry.data as Record<string, unknown> | null)?.[name];
const text = (entry: TimelineEntry, name: string): string | undefined => {
  const value = field(entry, name);
  return typeof value === 'string' ? value : undefined;
};

/**
 * The body whose record an entry is: the organ of a single-organ context, the regional body an
 * event names, otherwise the acting body. An assessment placed on an organ's agenda is written by
 * a reaction carrying the Secretary-General as actor, yet it is the moment the organ had it.
 */
export function organOf(entry: TimelineEntry): string {
  return ORGAN_OF_CONTEXT[entry.context] ?? (entry.context === 'regional-bodies' ? text(entry, 'body') : undefined) ?? entry.actor.body;
}

/** What an organ did on a case: a draft's fate, or one of the Secretary-General's acts on a warning. */
export const OUTCOMES = ['adopted', 'rejected', 'vetoed', 'failed', 'transmitted', 'notified-council', 'recommended'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** Outcomes that are a decision taken; the others record a decision that was sought and not reached. */
const DECIDED: readonly Outcome[] = ['adopted', 'transmitted', 'notified-council', 'recommended'];

const OUTCOME_EVENTS: Readonly<Partial<Record<string, Readonly<Partial<Record<string, { outcome: Outcome; ref: string }>>>>>> = {
  'security-council': {
    'council-decision-adopted': { outcome: 'adopted', ref: 'draftId' },
    'draft-vetoed': { outcome: 'vetoed', ref: 'draftId' },
    'draft-failed': { outcome: 'failed', ref: 'draftId' },
  },
  'general-assembly': {
    'resolution-adopted': { outcome: 'adopted', ref: 'resolutionId' },
    'resolution-rejected': { outcome: 'rejected', ref: 'resolutionId' },
  },
  'regional-bodies': {
    'regional-decision-adopted': { outcome: 'adopted', ref: 'decisionId' },
    'regional-decision-rejected': { outcome: 'rejected', ref: 'draftId' },
  },
  'secretary-general': {
    'assessment-transmitted': { outcome: 'transmitted', ref: 'transmissionId' },
    'article-99-notification-sent': { outcome: 'notified-council', ref: 'notificationId' },
    'recommendation-made': { outcome: 'recommended', ref: 'recommendationId' },
  },
};

export interface OrganOutcome {
  readonly organ: string;
  readonly outcome: Outcome;
  /** True when the organ took a decision; false for a draft vetoed, failed or rejected. */
  readonly decided: boolean;
  /** The draft, resolution, decision, transmission, notification or recommendation concerned. */
  readonly ref: string;
  readonly type: string;
  readonly eventId: string;
  readonly occurredAt: string;
  readonly recordedAt: string;
}

export function outcomeOf(entry: TimelineEntry): OrganOutcome | undefined {
  const known = OUTCOME_EVENTS[entry.context]?.[entry.type];
  if (!known) return undefined;
  return {
    organ: organOf(entry),
    outcome: known.outcome,
    decided: DECIDED.includes(known.outcome),
    ref: text(entry, known.ref) ?? '',
    type: entry.type,
    eventId: entry.eventId,
    occurredAt: entry.occurredAt,
    recordedAt: entry.recordedAt,
  };
}

/** How an assessment came to an organ: sent to it, or taken onto its agenda (or before the body). */
export const RECEIPT_KINDS = ['issued', 'received', 'sent', 'placed-before-organ'] as const;
export type ReceiptKind = (typeof RECEIPT_KINDS)[number];

export interface Receipt {
  readonly organ: string;
  readonly kind: ReceiptKind;
  readonly assessmentId: string;
  readonly contentDigest: string;
  /** The Secretary-General's transmission it came by, if it came by one. */
  readonly transmissionId: string | null;
  readonly type: string;
  readonly eventId: string;
  readonly occurredAt: string;
  readonly recordedAt: string;
}

const RECEIPT_EVENTS: Readonly<Partial<Record<string, Readonly<Partial<Record<string, ReceiptKind>>>>>> = {
  'focal-point': { 'assessment-issued': 'issued' },
  'secretary-general': { 'assessment-received': 'received', 'assessment-transmitted': 'sent' },
  'security-council': { 'assessment-placed-on-agenda': 'placed-before-organ' },
  'general-assembly': { 'assessment-placed-on-agenda': 'placed-before-organ' },
  'regional-bodies': { 'assessment-placed-before-body': 'placed-before-organ' },
};

/**
 * Which organs an entry shows an assessment reaching, and how: the Joint Office issuing it, the
 * Secretary-General receiving it, each recipient of a transmission, an organ placing it before itself.
 */
export function receiptsOf(entry: TimelineEntry): readonly Receipt[] {
  const kind = RECEIPT_EVENTS[entry.context]?.[entry.type];
  if (!kind) return [];
  const issued = kind === 'issued' ? (field(entry, 'content') as Record<string, unknown> | undefined) : undefined;
  const assessmentId = issued ? (typeof issued.assessmentId === 'string' ? issued.assessmentId : '') : (text(entry, 'assessmentId') ?? '');
  const common = {
    kind,
    assessmentId,
    contentDigest: text(entry, 'contentDigest') ?? '',
    transmissionId: text(entry, 'transmissionId') ?? null,
    type: entry.type,
    eventId: entry.eventId,
    occurredAt: entry.occurredAt,
    recordedAt: entry.recordedAt,
  };
  if (kind !== 'sent') return [{ ...common, organ: organOf(entry) }];
  const recipients = field(entry, 'recipients');
  return (Array.isArray(recipients) ? recipients : [])
    .filter((r): r is string => typeof r === 'string')
    .map((organ) => ({ ...common, organ }));
}
