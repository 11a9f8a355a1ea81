import { createPublicKey } from 'node:crypto';
import { JWTPayload, JWTVerifyGetKey, createRemoteJWKSet, decodeJwt, errors, jwtVerify } from 'jose';
import { Actor, isBody } from '@rtop/kernel';
import { UnauthenticatedError } from './bearer-token';
import { ClaimMapping, LOCAL_AUDIENCE, LOCAL_CLAIMS, LOCAL_ISSUER, TokenTrust, claimAt } from './token-trust';
import { VerifiedToken, VerifiedTokens } from './verified-tokens';

interface TrustedIssuer {
  readonly audience: string;
  /** The key for a token's header: rtop's own, or the one the provider's JWKS names by `kid`. */
  readonly key: JWTVerifyGetKey;
  readonly algorithms: readonly string[];
  readonly claims: ClaimMapping;
}

/** Asymmetric only: a key published for verifying must never be usable as a shared secret. */
const PROVIDER_ALGORITHMS = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA'];
/** A provider's clock a little ahead of ours must not refuse the token it has just issued. */
const CLOCK_TOLERANCE_SECONDS = 30;

/**
 * Verifies a bearer token and names its actor. The token's `iss` picks the issuer: rtop itself
 * (its own ES256 key) or the configured OpenID Connect provider (the keys its JWKS publishes).
 * Every token must carry iat and exp, live no longer than the configured maximum, and be meant for
 * rtop (aud); any doubt is a refusal.
 */
export class TokenVerifier {
  private readonly issuers = new Map<string, TrustedIssuer>();
  /** Clients send one token for many requests, and checking its ES256 signature costs about 0.25 ms of CPU each time. */
  private readonly verified: VerifiedTokens;

  constructor(
    tokenPublicKey: string,
    private readonly trust: TokenTrust,
    private readonly now: () => number = Date.now,
  ) {
    this.verified = new VerifiedTokens(now);
    // Parsed once: building the key from its PEM text on every request cost more than checking the signature.
    const localKey = createPublicKey(tokenPublicKey);
    this.issuers.set(LOCAL_ISSUER, { audience: LOCAL_AUDIENCE, key: () => localKey, algorithms: ['ES256'], claims: LOCAL_CLAIMS });
    if (trust.oidc) {
      const { issuer, audience, jwksUrl, claims } = trust.oidc;
      this.issuers.set(issuer, { audience, key: createRemoteJWKSet(jwksUrl), algorithms: PROVIDER_ALGORITHMS, claims });
    }
  }

  async actorOf(token: string): Promise<Actor> {
    const nowMs = this.now();
    const recalled = this.verified.recall(token);
    if (recalled) return actorWithin(recalled, nowMs);
    const verified = await this.verify(token, nowMs);
    this.verified.remember(token, verified);
    return verified.actor;
  }

  private async verify(token: string, nowMs: number): Promise<VerifiedToken> {
    const issuerName = this.issuerOf(token);
    const issuer = this.issuers.get(issuerName);
    if (!issuer) throw new UnauthenticatedError('bearer token refused: its issuer (iss) is not one rtop trusts');
    let claims: JWTPayload;
    try {
      ({ payload: claims } = await jwtVerify(token, issuer.key, {
        issuer: issuerName,
        audience: issuer.audience,
        algorithms: [...issuer.algorithms],
        requiredClaims: ['iat', 'exp'],
        maxTokenAge: this.trust.maxLifetimeSeconds,
        clockTolerance: CLOCK_TOLERANCE_SECONDS,
        currentDate: new Date(nowMs),
      }));
    } catch (error) {
      if (error instanceof errors.JOSEError) throw new UnauthenticatedError(`bearer token refused: ${error.message}`);
      throw error;
    }
    this.requireLifetime(claims);
    // jwtVerify has required exp; were it missing, 0 would only refuse the token when recalled.
    return { actor: actorFrom(claims, issuer.claims), exp: claims.exp ?? 0, nbf: claims.nbf };
  }

  private issuerOf(token: string): string {
    try {
      const { iss } = decodeJwt(token);
      if (typeof iss === 'string') return iss;
    } catch {
      // Not a JWT at all: refused below, as any token without an issuer is.
    }
    throw new UnauthenticatedError('bearer token refused: it is not a signed JWT naming its issuer (iss)');
  }

  /** exp − iat: a token minted to live for a year is refused today, not only once it is a year old. */
  private requireLifetime({ iat = 0, exp = Infinity }: JWTPayload): void {
    const [lifetime, max] = [String(exp - iat), String(this.trust.maxLifetimeSeconds)];
    if (exp - iat > this.trust.maxLifetimeSeconds) {
      throw new UnauthenticatedError(
        `bearer token refused: it lives ${lifetime}s from iat to exp, longer than the ${max}s allowed (RTOP_TOKEN_MAX_LIFETIME)`,
      );
    }
  }
}

/** A recalled token is held to jwtVerify's time checks, with its words, so a refusal reads the same either way. */
function actorWithin({ actor, exp, nbf }: VerifiedToken, nowMs: number): Actor {
  const now = Math.floor(nowMs / 1000);
  if (nbf !== undefined && nbf > now + CLOCK_TOLERANCE_SECONDS) {
    throw new UnauthenticatedError('bearer token refused: "nbf" claim timestamp check failed');
  }
  if (exp <= now - CLOCK_TOLERANCE_SECONDS) throw new UnauthenticatedError('bearer token refused: "exp" claim timestamp check failed');
  return actor;
}

function actorFrom(claims: JWTPayload, mapping: ClaimMapping): Actor {
  const [body, person, role] = [claimAt(claims, mapping.body), claimAt(claims, mapping.person), claimAt(claims, mapping.role)];
  if (!isBody(body) || typeof person !== 'string' || !person || typeof role !== 'string' || !role) {
    throw new UnauthenticatedError(
      `bearer token refused: it must name a body rtop knows (claim ${mapping.body}; a member state by ISO 3166-1 alpha-3 code), a person (${mapping.person}) and a role (${mapping.role}), each as one string`,
    );
  }
  return { body, person, role };
}
