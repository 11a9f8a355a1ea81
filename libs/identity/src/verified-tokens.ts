import { createHash } from 'node:crypto';
import { Actor } from '@rtop/kernel';

/** What a token's verification established: its actor and the NumericDate claims (seconds) that bound it. */
export interface VerifiedToken {
  readonly actor: Actor;
  readonly exp: number;
  readonly nbf?: number;
}

interface Kept extends VerifiedToken {
  readonly keptUntil: number;
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
  private readonly kept = new Map<string, Kept>();

  constructor(private readonly capacity = TOKENS_KEPT) {}

  get size(): number {
    return this.kept.size;
  }

  recall(token: string, nowMs: number): VerifiedToken | undefined {
    const digest = digestOf(token);
    const kept = this.kept.get(digest);
    if (!kept) return undefined;
    this.kept.delete(digest);
    if (nowMs >= kept.keptUntil) return undefined;
    this.kept.set(digest, kept);
    return kept;
  }

  remember(token: string, verified: VerifiedToken, nowMs: number): void {
    const digest = digestOf(token);
    this.kept.delete(digest);
    this.kept.set(digest, { ...verified, keptUntil: nowMs + KEPT_FOR_MS });
    const oldest = this.kept.keys().next();
    if (this.kept.size > this.capacity && !oldest.done) this.kept.delete(oldest.value);
  }
}

function digestOf(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}
