import { sign } from 'jsonwebtoken';
import { Actor } from '@rtop/kernel';
import { LOCAL_AUDIENCE, LOCAL_ISSUER } from './token-trust';

/** Signs a token for the actor with the deployment's own key (ES256); it sets iat, and exp `lifetimeSeconds` later. */
export function mintToken(privateKey: string, actor: Actor, lifetimeSeconds = 8 * 3600): string {
  return sign({ body: actor.body, role: actor.role }, privateKey, {
    algorithm: 'ES256',
    subject: actor.person,
    issuer: LOCAL_ISSUER,
    audience: LOCAL_AUDIENCE,
    expiresIn: lifetimeSeconds,
  });
}

export class UnauthenticatedError extends Error {}

/**
 * RFC 6750 §2.1 credentials: the scheme `Bearer` (any case, RFC 9110 §11.1), one or more spaces,
 * one b64token, and nothing else: `Bearer <token> junk` names no token.
 */
const CREDENTIALS = /^Bearer +([A-Za-z0-9\-._~+/]+=*)$/i;

/** The one token an Authorization header carries, or a refusal saying what the header must be. */
export function bearerTokenOf(authorization: string | undefined): string {
  const token = CREDENTIALS.exec(authorization ?? '')?.[1];
  if (!token)
    throw new UnauthenticatedError(
      'an Authorization: Bearer <token> header is required, with one token and nothing after it (npm run token mints one locally)',
    );
  return token;
}
