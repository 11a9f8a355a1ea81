import { createHmac } from 'node:crypto';

/** The same protected source always gets the same pseudonym, and the name cannot be read back from it. */
export function sourcePseudonym(key: Buffer, name: string): string {
  return `source-${createHmac('sha256', key).update(name.trim().toLowerCase()).digest('hex').slice(0, 16)}`;
}
