import { createHash } from 'node:crypto';
import { canonicalJson } from './canonical-json';

/** A value's SHA-256 over its canonical JSON: the same for equal values, whatever their key order. */
export function contentDigest(value: unknown): string {
  return `sha256:${createHash('sha256').update(canonicalJson(value)).digest('hex')}`;
}
