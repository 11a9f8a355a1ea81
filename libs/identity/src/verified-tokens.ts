import { createHash } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import { Actor } from '@rtop/kernel';

/** What a token's verification established: its actor and the NumericDate claims (seconds) that bound it. */
export interface VerifiedToken {
  readonly actor: Actor;
  readonly exp: number;
  readonly nbf?: number;
}

/** A flood of distinct tokens must not grow memory: past this, the least recently used is dropped. */
const TOKENS_KEPT = 10_000;
/** A key the OIDC provider withdraws from its JWKS stops being honoured within a minute. */
const KEPT_FOR_MS = 60_000;

/**
 * Tokens verified lately, by the SHA-256 digest of the token, so no bearer token sits in memory as a
 * key. Only what a signature check has already accepted is remembered; the caller still checks the
 * time claims of what it recalls.
 */
export class VerifiedTokens {
  private readonly kept: LRUCache<string, VerifiedToken>;

  constructor(now: () => number, capacity = TOKENS_KEPT) {
    // ttlResolution 0: the clock is read on every recall, and no timer is left behind to debounce it.
    this.kept = new LRUCache({ max: capacity, ttl: KEPT_FOR_MS, ttlResolution: 0, perf: { now } });
  }

  get size(): number {
    return this.kept.size;
  }

  recall(token: string): VerifiedToken | undefined {
    return this.kept.get(digestOf(token));
  }

  remember(token: string, verified: VerifiedToken): void {
    this.kept.set(digestOf(token), verified);
  }
}

function digestOf(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}
