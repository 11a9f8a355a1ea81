import { v5 } from 'uuid';

/** rtop's own namespace for name-based UUIDs (drawn once at random; it never changes). */
export const RTOP_UUID_NAMESPACE = 'd288bbde-10bc-496e-8c9b-1400d26373f0';

/**
 * A name-based UUID, version 5 (RFC 9562: SHA-1 in rtop's namespace), the same for the same name:
 * event ids derived from an idempotency key repeat when the command does. SHA-1 is enough here:
 * the ids must not collide by accident, and a name is an actor's own key, so a forced collision
 * could only turn that actor's own second command into a retry of its first.
 */
export function deterministicUuid(name: string): string {
  return v5(name, RTOP_UUID_NAMESPACE);
}
