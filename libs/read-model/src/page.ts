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

/**
 * A cursor is the sort key of the last item served, opaque to the caller: base64url of a JSON
 * array of strings. Anything else is refused rather than read as the first page.
 */
export function encodeCursor(key: readonly string[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export function decodeCursor(value: string | undefined, length: number): readonly string[] | undefined {
  if (value === undefined || value === '') return undefined;
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
  } catch {
    key = undefined;
  }
  if (!Array.isArray(key) || key.length !== length || !key.every((part) => typeof part === 'string')) {
    throw new InvalidCommand('page-cursor', 'cursor is not one this list gave out: pass the `next` of the previous page unchanged');
  }
  return key;
}

/** Builds a page from up to limit + 1 rows: the extra row only says there is a next page. */
export function pageOf<Row, T>(rows: readonly Row[], limit: number, item: (row: Row) => T, key: (row: Row) => readonly string[]): Page<T> {
  const shown = rows.slice(0, limit);
  return { items: shown.map(item), next: rows.length > limit ? encodeCursor(key(shown[shown.length - 1])) : null };
}
