import { CRIMES, InvalidCommand, isBody } from '@rtop/kernel';
import { instantParameter } from '@rtop/http';
import { decodeCursor, pageLimit } from '@rtop/read-model';
import { RISK_LEVELS } from '../figures/case-figures';
import { CASE_STATUSES } from '../read-side/case-summary';

/** The query string of `GET /cases`, as received. */
export interface CaseFilterParams {
  readonly status?: string;
  readonly crime?: string;
  readonly risk?: string;
  readonly q?: string;
  readonly region?: string;
  readonly placedBefore?: string;
  readonly updatedSince?: string;
  readonly limit?: string;
  readonly cursor?: string;
}

export interface CaseFilters {
  readonly status: string | null;
  readonly crime: string | null;
  readonly risk: string | null;
  /** An ILIKE pattern with the text's own % and _ escaped. */
  readonly q: string | null;
  readonly region: string | null;
  readonly placedBefore: string | null;
  readonly updatedSince: Date | null;
  readonly limit: number;
  /** The last case served: its last activity and id. */
  readonly after: readonly string[] | null;
}

const FILTERS: readonly (keyof CaseFilterParams)[] = [
  'status',
  'crime',
  'risk',
  'q',
  'region',
  'placedBefore',
  'updatedSince',
  'limit',
  'cursor',
];

const MAX_TEXT = 200;

const oneOf = (name: string, rule: string, allowed: readonly string[], value: string | undefined): string | null => {
  if (value === undefined || value === '') return null;
  if (!allowed.includes(value)) throw new InvalidCommand(rule, `${name} must be one of ${allowed.join(', ')}`);
  return value;
};

const text = (name: string, value: string | undefined): string | null => {
  if (value === undefined || value.trim() === '') return null;
  if (value.length > MAX_TEXT) throw new InvalidCommand('case-filter-text', `${name} must be at most ${MAX_TEXT} characters`);
  return value.trim();
};

/** A search text matched anywhere, its wildcards taken literally. */
export const containsPattern = (value: string) => `%${value.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** Every filter checked, a bad one refused by the rule it breaks rather than ignored. */
export function parseCaseFilters(params: CaseFilterParams): CaseFilters {
  // Only the filters' own names: a parameter the list does not take is ignored, and its name, the caller's text, never quoted.
  for (const name of FILTERS) {
    const value: unknown = params[name];
    if (value !== undefined && typeof value !== 'string') throw new InvalidCommand('case-filter-once', `${name} may be given once`);
  }
  const q = text('q', params.q);
  const placedBefore = text('placedBefore', params.placedBefore);
  if (placedBefore && !isBody(placedBefore))
    throw new InvalidCommand('case-filter-body', `placedBefore must name a body rtop knows, not ${placedBefore}`);
  const after = decodeCursor(params.cursor, ['instant', 'text']) ?? null;
  return {
    status: oneOf('status', 'case-status', CASE_STATUSES, params.status),
    crime: oneOf('crime', 'case-crime', CRIMES, params.crime),
    risk: oneOf('risk', 'risk-level', RISK_LEVELS, params.risk),
    q: q ? containsPattern(q) : null,
    region: text('region', params.region),
    placedBefore,
    updatedSince: instantParameter('updatedSince', params.updatedSince) ?? null,
    limit: pageLimit(params.limit),
    after,
  };
}
