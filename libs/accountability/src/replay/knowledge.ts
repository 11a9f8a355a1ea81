import { TimelineEntry } from '../timeline/timeline-entry';
import { OrganOutcome, Receipt, outcomeOf, receiptsOf } from './organs';

export interface IssuedAssessment {
  readonly assessmentId: string;
  readonly contentDigest: string;
  readonly issuedAt: string;
  readonly recordedAt: string;
}

export interface KnowledgeReceipt extends Receipt {
  /**
   * Whether the digest that reached the organ is the one the Joint Office issued: false is an
   * assessment altered on its way; null when the issue is not on the timeline replayed.
   */
  readonly matchesIssued: boolean | null;
}

/** One organ's part: each assessment that reached it and when, and what it decided. */
export interface OrganKnowledge {
  readonly organ: string;
  readonly receipts: readonly KnowledgeReceipt[];
  readonly outcomes: readonly OrganOutcome[];
}

export interface CaseKnowledge {
  readonly assessments: readonly IssuedAssessment[];
  /** In the order each organ first appears on the timeline. */
  readonly organs: readonly OrganKnowledge[];
}

/**
 * Who knew what and when, from a timeline already replayed to the instant and in the order wanted
 * (see timelineAsOf): organs appear in that order, and so do their receipts and outcomes.
 */
export function whoKnewWhat(timeline: readonly TimelineEntry[]): CaseKnowledge {
  const receipts = timeline.flatMap(receiptsOf);
  const outcomes = timeline.flatMap((entry) => outcomeOf(entry) ?? []);
  const assessments = receipts
    .filter((r) => r.kind === 'issued')
    .map(({ assessmentId, contentDigest, occurredAt, recordedAt }) => ({ assessmentId, contentDigest, issuedAt: occurredAt, recordedAt }));
  const issuedDigest = new Map(assessments.map((a) => [a.assessmentId, a.contentDigest]));
  const organs = [...new Set([...receipts, ...outcomes].sort(byTimelineOrder(timeline)).map((r) => r.organ))];
  return {
    assessments,
    organs: organs.map((organ) => ({
      organ,
      receipts: receipts
        .filter((r) => r.organ === organ)
        .map((r) => ({
          ...r,
          matchesIssued: issuedDigest.has(r.assessmentId) ? issuedDigest.get(r.assessmentId) === r.contentDigest : null,
        })),
      outcomes: outcomes.filter((o) => o.organ === organ),
    })),
  };
}

const byTimelineOrder = (timeline: readonly TimelineEntry[]) => {
  const position = new Map(timeline.map((entry, index) => [entry.eventId, index]));
  return (a: { eventId: string }, b: { eventId: string }) => position.get(a.eventId)! - position.get(b.eventId)!;
};
