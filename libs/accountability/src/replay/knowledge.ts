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
  const read = timeline.map((entry) => {
    const outcome = outcomeOf(entry);
    return { receipts: receiptsOf(entry), outcomes: outcome ? [outcome] : [] };
  });
  const receipts = read.flatMap((entry) => entry.receipts);
  const outcomes = read.flatMap((entry) => entry.outcomes);
  const assessments = receipts
    .filter((r) => r.kind === 'issued')
    .map(({ assessmentId, contentDigest, occurredAt, recordedAt }) => ({ assessmentId, contentDigest, issuedAt: occurredAt, recordedAt }));
  const issuedDigest = new Map(assessments.map((a) => [a.assessmentId, a.contentDigest]));
  // In timeline order; within one entry (a transmission), its recipients before the Secretary-General who sent it.
  const organs = [...new Set(read.flatMap((entry) => [...entry.receipts, ...entry.outcomes]).map((r) => r.organ))];
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
