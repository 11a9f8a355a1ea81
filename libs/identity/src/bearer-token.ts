import { KeyObject } from 'node:crypto';
import { sign, verify } from 'jsonwebtoken';
import { Actor, isBody } from '@rtop/kernel';

const ISSUER = 'rtop';
const AUDIENCE = 'rtop-api';

export function mintToken(privateKey: string, actor: Actor, expiresIn: `${number}${'m' | 'h' | 'd'}` = '8h'): string {
  return sign({ body: actor.body, role: actor.role }, privateKey, {
    algorithm: 'ES256',
    subject: actor.person,
    issuer: ISSUER,
    audience: AUDIENCE,
    expiresIn,
  });
}

export class UnauthenticatedError extends Error {}

/** The actor a signed token names; any doubt about the token is a refusal. */
export function verifyToken(publicKey: string | KeyObject, token: string): Actor {
  let claims: Record<string, unknown>;
  try {
    claims = verify(token, publicKey, { algorithms: ['ES256'], issuer: ISSUER, audience: AUDIENCE }) as Record<string, unknown>;
  } catch (error) {
    throw new UnauthenticatedError(`bearer token refused: ${(error as Error).message}`);
  }
  const { sub, body, role } = claims;
  if (typeof sub !== 'string' || !sub || !isBody(body) || typeof role !== 'string') {
    throw new UnauthenticatedError('bearer token refused: it must name a person (sub), a known body and a role');
  }
  return { body, person: sub, role };
}
