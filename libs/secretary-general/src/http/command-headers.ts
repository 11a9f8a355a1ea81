import { randomUUID } from 'node:crypto';
import { Actor, deterministicUuid } from '@rtop/kernel';

export const IF_MATCH = {
  name: 'If-Match',
  required: false,
  description: 'The revision last read (its ETag); a concurrent change then answers 409.',
};
export const IDEMPOTENCY_KEY = {
  name: 'Idempotency-Key',
  required: false,
  description: 'Send the same key again to retry safely: the first outcome is returned and nothing is written twice.',
};

/** A new identifier, or the same one when a retried request carries the same idempotency key. */
export const newId = (actor: Actor, what: string, key?: string) => (key ? deterministicUuid(`${actor.body}|${what}|${key}`) : randomUUID());
