import { Actor, isAuditor } from '@rtop/kernel';

/**
 * The read policy as SQL, for the tables that keep each entry's audience (docs/read-policy.md):
 * an auditor reads everything, anyone what is published, a body what it owns or is addressed to.
 * The reader goes in as two parameters, `$auditor` (boolean) and `$bodies` (text[]).
 */
export const readerParams = (reader: Actor): [boolean, string[]] => [isAuditor(reader), [reader.body]];

/** A timeline row the reader may read; `auditor` and `bodies` are the parameters' positions. */
export const entryReadable = (auditor: number, bodies: number, table = '') => {
  const t = table ? `${table}.` : '';
  return `($${auditor}::boolean or ${t}published or ${t}owners && $${bodies}::text[] or ${t}addressed_to && $${bodies}::text[])`;
};

/** A case-directory row the reader may see: it may read at least one of the case's entries. */
export const caseVisible = (auditor: number, bodies: number, table = '') => {
  const t = table ? `${table}.` : '';
  return `($${auditor}::boolean or ${t}published or ${t}readers && $${bodies}::text[])`;
};

/** A case-directory row whose assessment the reader is privy to. */
export const casePrivy = (auditor: number, bodies: number, table = '') => {
  const t = table ? `${table}.` : '';
  return `($${auditor}::boolean or ${t}privy && $${bodies}::text[])`;
};
