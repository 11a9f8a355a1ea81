import { Actor, Body } from './actor';

/**
 * Auditors may read every case, and each of their reads is recorded. The role comes from the
 * signed token, like the body: a deployment grants it to its audit office's people.
 */
export const AUDITOR_ROLE = 'auditor';

export const isAuditor = (actor: Actor): boolean => actor.role === AUDITOR_ROLE;

/** Who may read a record: its owners, those it was addressed to, or anyone once it is published. */
export interface Audience {
  readonly owners: readonly Body[];
  readonly addressedTo: readonly Body[];
  readonly published: boolean;
}

export function mayRead(reader: Actor, audience: Audience): boolean {
  return isAuditor(reader) || audience.published || audience.owners.includes(reader.body) || audience.addressedTo.includes(reader.body);
}
