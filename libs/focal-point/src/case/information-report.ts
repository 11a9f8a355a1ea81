import { RiskFactor } from './framework-of-analysis';

/** Where a report came from: every channel the Joint Office gathers from. */
export const CHANNELS = ['un-field-presence', 'regional-early-warning', 'member-state', 'ngo', 'media', 'civil-society', 'other'] as const;
export type Channel = (typeof CHANNELS)[number];

/** Admiralty grading of the source: A completely reliable … E unreliable, F cannot be judged. */
export const SOURCE_RELIABILITY = ['A', 'B', 'C', 'D', 'E', 'F'] as const;
export type SourceReliability = (typeof SOURCE_RELIABILITY)[number];

/** Admiralty grading of the item: 1 confirmed … 5 improbable, 6 cannot be judged. */
export const CREDIBILITY = [1, 2, 3, 4, 5, 6] as const;
export type Credibility = (typeof CREDIBILITY)[number];

/** Admiralty credibility 1: confirmed by other sources, so it must name them. */
export const CONFIRMED: Credibility = 1;

/** A protected source is known in the record by its pseudonym only: sources may be people at risk. */
export type ReportSource = { readonly kind: 'named'; readonly name: string } | { readonly kind: 'protected'; readonly pseudonym: string };

export function sameSource(a: ReportSource, b: ReportSource): boolean {
  return a.kind === 'named' ? b.kind === 'named' && a.name === b.name : b.kind === 'protected' && a.pseudonym === b.pseudonym;
}

export interface InformationReport {
  readonly reportId: string;
  readonly source: ReportSource;
  readonly channel: Channel;
  /** The source's reliability when the report was filed; the source's own history keeps later gradings. */
  readonly reliability: SourceReliability;
  readonly credibility: Credibility;
  /** Reports on the case, from other sources, that confirm this one. */
  readonly corroboratedBy: readonly string[];
  readonly observedAt: string;
  readonly location: string;
  readonly riskFactors: readonly RiskFactor[];
  readonly summary: string;
}

/**
 * What a correction may change. The source and its reliability are not the report's to
 * correct, and credibility changes only by verification.
 */
export const CORRECTABLE_FIELDS = ['channel', 'observedAt', 'location', 'riskFactors', 'summary'] as const;
export type CorrectableField = (typeof CORRECTABLE_FIELDS)[number];
export type ReportCorrection = Partial<Pick<InformationReport, CorrectableField>>;

/** A report as the case holds it: moderation and verification are separate, and nothing is ever deleted. */
export interface ReportRecord {
  readonly report: InformationReport;
  readonly moderation: 'awaiting-approval' | 'approved';
  readonly verification: 'unverified' | 'verified';
  readonly corrections: readonly { readonly corrected: ReportCorrection; readonly reason: string }[];
  readonly retraction: { readonly reason: string } | null;
}
