import { Actor, RegionalBody, isAuditor } from '@rtop/kernel';

/**
 * A liaison feed holds what one regional body is entitled to: the body itself reads it, and
 * auditors (docs/read-policy.md). The body is named in the path, so refusing another reader
 * (403, not 404) tells it nothing it did not already know.
 */
export const mayReadLiaisonFeed = (reader: Actor, body: RegionalBody): boolean => reader.body === body || isAuditor(reader);
