import { RtopEnvironment, seconds } from '@rtop/config';

/** Where in a token's claims the actor is named: a claim name, or a dotted path into nested claims (`rtop.body`). */
export interface ClaimMapping {
  readonly body: string;
  readonly person: string;
  readonly role: string;
}

/** An OpenID Connect provider whose tokens rtop accepts, checked against the keys it publishes. */
export interface OidcIssuer {
  readonly issuer: string;
  readonly audience: string;
  readonly jwksUrl: URL;
  readonly claims: ClaimMapping;
}

/** Which tokens rtop accepts, besides those its own key signs. */
export interface TokenTrust {
  /** The longest a token may live (exp − iat), in seconds: a stolen token is worth no more than this. */
  readonly maxLifetimeSeconds: number;
  readonly oidc?: OidcIssuer;
}

/** The issuer and audience of the tokens rtop signs itself (`npm run token`, the standalone app). */
export const LOCAL_ISSUER = 'rtop';
export const LOCAL_AUDIENCE = 'rtop-api';
export const LOCAL_CLAIMS: ClaimMapping = { body: 'body', person: 'sub', role: 'role' };

/**
 * RTOP_TOKEN_MAX_LIFETIME; and, to accept an OpenID Connect provider's tokens, RTOP_OIDC_ISSUER,
 * RTOP_OIDC_AUDIENCE, RTOP_OIDC_JWKS_URL (Keycloak's `<issuer>/protocol/openid-connect/certs`
 * unless set) and the claims that name the actor (docs/configuration.md).
 */
export function tokenTrustOf(environment: RtopEnvironment): TokenTrust {
  const maxLifetimeSeconds = environment.RTOP_TOKEN_MAX_LIFETIME;
  const issuer = environment.RTOP_OIDC_ISSUER;
  // The environment holds an audience whenever it holds an issuer.
  const audience = environment.RTOP_OIDC_AUDIENCE;
  if (issuer === undefined || audience === undefined) return { maxLifetimeSeconds };
  const jwksUrl = new URL(environment.RTOP_OIDC_JWKS_URL ?? `${issuer.replace(/\/+$/, '')}/protocol/openid-connect/certs`);
  const claims = {
    body: environment.RTOP_OIDC_CLAIM_BODY,
    person: environment.RTOP_OIDC_CLAIM_PERSON,
    role: environment.RTOP_OIDC_CLAIM_ROLE,
  };
  return { maxLifetimeSeconds, oidc: { issuer, audience, jwksUrl, claims } };
}

/** `90s`, `30m`, `12h`, `1d`, read as RTOP_TOKEN_MAX_LIFETIME is: for a lifetime given elsewhere (`npm run token -- --ttl`). */
export function duration(name: string, value: string): number {
  const lifetime = seconds(value);
  if (Number.isNaN(lifetime)) throw new Error(`${name} must be a duration such as 90s, 30m, 12h or 1d, not '${value}'`);
  return lifetime;
}

/** The value at a claim's name or dotted path, if any. */
export function claimAt(claims: Readonly<Record<string, unknown>>, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>(
      (value, key) =>
        value !== null && typeof value === 'object' && Object.hasOwn(value, key) ? (value as Record<string, unknown>)[key] : undefined,
      claims,
    );
}
