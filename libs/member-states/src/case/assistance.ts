import { Body, InvalidCommand } from '@rtop/kernel';

/**
 * Kinds of pillar II assistance: international assistance and capacity-building (A/63/677).
 * `military` is help to protect that the state itself asks for or consents to; it is never pillar III.
 */
export const ASSISTANCE_KINDS = [
  'capacity-building',
  'early-warning',
  'mediation',
  'rule-of-law',
  'security-sector',
  'electoral',
  'humanitarian',
  'military',
  'other',
] as const;
export type AssistanceKind = (typeof ASSISTANCE_KINDS)[number];

export interface AssistanceRequest {
  readonly caseId: string;
  readonly state: string;
  readonly requestId: string;
  readonly kinds: readonly AssistanceKind[];
  readonly description: string;
  /** When the state made the request (the act's occurred time). */
  readonly requestedAt?: string;
}

export interface ConsentTerms {
  readonly caseId: string;
  readonly state: string;
  readonly consentId: string;
  /** The state's own request this offer answers, or null for assistance offered unprompted. */
  readonly requestId: string | null;
  readonly offeredBy: Body;
  readonly kinds: readonly AssistanceKind[];
  readonly description: string;
  /** When the state gave its consent (the act's occurred time). */
  readonly consentedAt?: string;
}

export type Consent =
  (ConsentTerms & { readonly status: 'given' }) | (ConsentTerms & { readonly status: 'withdrawn'; readonly reason: string });

export function requireKinds(kinds: readonly AssistanceKind[]): readonly AssistanceKind[] {
  if (!kinds.length) throw new InvalidCommand('assistance-kinds', 'name at least one kind of assistance');
  const repeated = kinds.find((kind, index) => kinds.indexOf(kind) !== index);
  if (repeated) throw new InvalidCommand('assistance-kinds', `${repeated} is named twice`);
  return kinds;
}

export function requireDescription(description: string): string {
  if (!description.trim()) throw new InvalidCommand('assistance-described', 'say what assistance is meant');
  return description.trim();
}
