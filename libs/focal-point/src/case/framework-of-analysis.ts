import type { LegalCrime } from './assessment';

/** The UN Framework of Analysis for Atrocity Crimes (2014): 8 common and 6 crime-specific risk factors. */
export const RISK_FACTORS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14] as const;
export type RiskFactor = (typeof RISK_FACTORS)[number];

export function isRiskFactor(value: number): value is RiskFactor {
  return (RISK_FACTORS as readonly number[]).includes(value);
}

/** Factors 1–8 bear on every crime; each crime has its own pair of specific factors. */
const SPECIFIC_FACTORS: Readonly<Record<LegalCrime, readonly RiskFactor[]>> = {
  genocide: [9, 10],
  'crimes-against-humanity': [11, 12],
  'war-crimes': [13, 14],
};

/**
 * Indicator counts confirmed against the Framework's text (8.1–8.12, 9.1–9.6). The other
 * factors' counts are not verified, so only their numbering (X.1, X.2, …) is checked.
 */
const VERIFIED_INDICATOR_COUNTS: Readonly<Partial<Record<RiskFactor, number>>> = { 8: 12, 9: 6 };

export interface Indicator {
  readonly factor: RiskFactor;
  readonly number: number;
}

/** An indicator id such as "8.7": factor 8, its seventh indicator; undefined when it is none. */
export function parseIndicator(id: string): Indicator | undefined {
  const match = /^(\d{1,2})\.(\d{1,2})$/.exec(id);
  if (!match) return undefined;
  const factor = Number(match[1]);
  const number = Number(match[2]);
  if (!isRiskFactor(factor) || number < 1 || number > (VERIFIED_INDICATOR_COUNTS[factor] ?? 99)) return undefined;
  return { factor, number };
}

export function factorBearsOn(factor: RiskFactor, crime: LegalCrime): boolean {
  return factor <= 8 || SPECIFIC_FACTORS[crime].includes(factor);
}

export function specificFactorsOf(crime: LegalCrime): readonly RiskFactor[] {
  return SPECIFIC_FACTORS[crime];
}
