import { isInstant } from '@rtop/http';
import { InvalidCommand } from '@rtop/kernel';

/** One page of a list, and the cursor to the next (null on the last). */
export interface Page<T> {
  readonly items: readonly T[];
  readonly next: string | null;
}

export const DEFAULT_PAGE_LIMIT = 50;
export const MAX_PAGE_LIMIT = 500;

/** The `limit` query parameter: 1 to MAX_PAGE_LIMIT, DEFAULT_PAGE_LIMIT when absent. */
export function pageLimit(value: string | undefined): number {
  if (value === undefined || value === '') return DEFAULT_PAGE_LIMIT;
  const limit = Number(value);
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_LIMIT) {
    throw new InvalidCommand('page-limit', `limit must be a whole number from 1 to ${MAX_PAGE_LIMIT}`);
  }
  return limit;
}

/** The largest whole number a bigint column holds. */
export const LARGEST_BIGINT = 2n ** 63n - 1n;

/** A revision, a sequence number or a place in the log, written out: a whole number a bigint column holds. */
export const isWholeNumber = (text: string): boolean => /^\d{1,19}$/.test(text) && BigInt(text) <= LARGEST_BIGINT;

/**
 * What each part of a cursor's key is: an instant (as the database writes one), a whole number (a
 * revision, a sequence, a log position) or any text (an id, a kind). A part is checked before the
 * database reads it, which would fail on a year past 9999 or a number past a bigint.
 */
export type CursorPart = 'instant' | 'whole-number' | 'text';

const PART_HOLDS: Record<CursorPart, (part: string) => boolean> = {
  instant: isInstant,
  'whole-number': isWholeNumber,
  text: () => true,
};

/**
 * A cursor is the sort key of the last item served, opaque to the caller: base64url of a JSON
 * array of strings. Anything else is refused rather than read as the first page.
 */
export function encodeCursor(key: readonly string[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

/** The key a cursor holds, each of its parts of the kind given; `name` is the query parameter it came in. */
export function decodeCursor(value: string | undefined, parts: readonly CursorPart[], name = 'cursor'): readonly string[] | undefined {
  if (value === undefined || value === '') return undefined;
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
  } catch {
    key = undefined;
  }
  if (
    !Array.isArray(key) ||
    key.length !== parts.length ||
    !key.every((part: unknown, i): part is string => typeof part === 'string' && PART_HOLDS[parts[i]](part))
  ) {
    throw new InvalidCommand('page-cursor', `${name} is not one this list gave out: pass the \`next\` of the previous page unchanged`);
  }
  return key;
}

/** Builds a page from up to limit + 1 rows: the extra row only says there is a next page. */
export function pageOf<Row, T>(rows: readonly Row[], limit: number, item: (row: Row) => T, key: (row: Row) => readonly string[]): Page<T> {
  const shown = rows.slice(0, limit);
  return { items: shown.map(item), next: rows.length > limit ? encodeCursor(key(shown[shown.length - 1])) : null };
}
