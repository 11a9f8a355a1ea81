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

export const DEFAULT_MAX_LIFETIME = '12h';
const OIDC_CLAIM_DEFAULTS: ClaimMapping = { body: 'rtop_body', person: 'preferred_username', role: 'rtop_role' };
const UNITS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86_400 };

/**
 * RTOP_TOKEN_MAX_LIFETIME (default 12h); and, to accept an OpenID Connect provider's tokens,
 * RTOP_OIDC_ISSUER, RTOP_OIDC_AUDIENCE, RTOP_OIDC_JWKS_URL (default: Keycloak's
 * `<issuer>/protocol/openid-connect/certs`) and RTOP_OIDC_CLAIM_BODY / _PERSON / _ROLE. Checked once,
 * at start-up: a wrong setting stops the process with the variable's name.
 */
export function tokenTrustFromEnv(env: NodeJS.ProcessEnv): TokenTrust {
  const maxLifetimeSeconds = duration('RTOP_TOKEN_MAX_LIFETIME', env.RTOP_TOKEN_MAX_LIFETIME?.trim() || DEFAULT_MAX_LIFETIME);
  const issuer = env.RTOP_OIDC_ISSUER?.trim();
  if (!issuer) {
    const stray = Object.keys(env).find((name) => name.startsWith('RTOP_OIDC_') && env[name]?.trim());
    if (stray) throw new Error(`${stray} is set but RTOP_OIDC_ISSUER is not: name the OpenID Connect issuer, or unset ${stray}`);
    return { maxLifetimeSeconds };
  }
  url('RTOP_OIDC_ISSUER', issuer);
  const audience = env.RTOP_OIDC_AUDIENCE?.trim();
  if (!audience)
    throw new Error('RTOP_OIDC_AUDIENCE is required with RTOP_OIDC_ISSUER: the audience (client id) rtop’s tokens are issued for');
  const jwksUrl = url(
    'RTOP_OIDC_JWKS_URL',
    env.RTOP_OIDC_JWKS_URL?.trim() || `${issuer.replace(/\/+$/, '')}/protocol/openid-connect/certs`,
  );
  const claims = {
    body: claimPath('RTOP_OIDC_CLAIM_BODY', env.RTOP_OIDC_CLAIM_BODY, OIDC_CLAIM_DEFAULTS.body),
    person: claimPath('RTOP_OIDC_CLAIM_PERSON', env.RTOP_OIDC_CLAIM_PERSON, OIDC_CLAIM_DEFAULTS.person),
    role: claimPath('RTOP_OIDC_CLAIM_ROLE', env.RTOP_OIDC_CLAIM_ROLE, OIDC_CLAIM_DEFAULTS.role),
  };
  return { maxLifetimeSeconds, oidc: { issuer, audience, jwksUrl, claims } };
}

/** `90s`, `30m`, `12h`, `1d`: a whole number and a unit. */
export function duration(name: string, value: string): number {
  const match = /^(\d+)(s|m|h|d)$/.exec(value);
  const seconds = match ? Number(match[1]) * UNITS[match[2]] : 0;
  if (seconds <= 0) throw new Error(`${name} must be a duration such as 90s, 30m, 12h or 1d, not '${value}'`);
  return seconds;
}

/** Keys are fetched over https; plain http only from this machine (a provider in a test or beside rtop). */
function url(name: string, value: string): URL {
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    throw new Error(`${name} must be a URL, not '${value}'`);
  }
  const loopback = ['localhost', '127.0.0.1', '[::1]'].includes(parsed.hostname);
  if (parsed.protocol !== 'https:' && !(parsed.protocol === 'http:' && loopback)) {
    throw new Error(`${name} must be an https URL (http only on localhost), not '${value}'`);
  }
  return parsed;
}

function claimPath(name: string, value: string | undefined, fallback: string): string {
  const path = value?.trim() || fallback;
  if (!/^[A-Za-z_][\w-]*(\.[A-Za-z_][\w-]*)*$/.test(path))
    throw new Error(`${name} must be a claim name or a dotted path such as rtop.body, not '${path}'`);
  return path;
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
