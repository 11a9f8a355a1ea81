/** Where a report came from: every channel the Joint Office gathers from. */
export const CHANNELS = [
  'un-field-presence',
  'regional-early-warning',
  'member-state',
  'ngo',
  'media',
  'civil-society',
  'other',
] as const;
export type Channel = (typeof CHANNELS)[number];

/** Admiralty grading of the source: A completely reliable … E unreliable, F cannot be judged. */
export const SOURCE_RELIABILITY = ['A', 'B', 'C', 'D', 'E', 'F'] as const;
export type SourceReliability = (typeof SOURCE_RELIABILITY)[number];

/** Admiralty grading of the item: 1 confirmed … 5 improbable, 6 cannot be judged. */
export const CREDIBILITY = [1, 2, 3, 4, 5, 6] as const;
export type Credibility = (typeof CREDIBILITY)[number];

/** The UN Framework of Analysis for Atrocity Crimes (2014): 8 common and 6 crime-specific risk factors. */
export const RISK_FACTORS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14] as const;
export type RiskFactor = (typeof RISK_FACTORS)[number];

/** A protected source is known in the record by its pseudonym only: sources may be people at risk. */
export type ReportSource =
  | { readonly kind: 'named'; readonly name: string }
  | { readonly kind: 'protected'; readonly pseudonym: string };

export interface InformationReport {
  readonly reportId: string;
  readonly source: ReportSource;
  readonly channel: Channel;
  readonly reliability: SourceReliability;
  readonly credibility: Credibility;
  readonly observedAt: string;
  readonly location: string;
  readonly riskFactors: readonly RiskFactor[];
  readonly summary: string;
}
