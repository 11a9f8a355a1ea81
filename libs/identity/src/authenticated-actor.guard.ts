import { KeyObject, createPublicKey } from 'node:crypto';
import { CanActivate, ExecutionContext, Inject, Injectable, UnauthorizedException, createParamDecorator } from '@nestjs/common';
import { Actor } from '@rtop/kernel';
import { Request } from 'express';
import { UnauthenticatedError, verifyToken } from './bearer-token';

export const TOKEN_PUBLIC_KEY = Symbol('TokenPublicKey');

type AuthenticatedRequest = Request & { actor?: Actor };

/** Every command and query comes from an actor named by a signed bearer token. */
@Injectable()
export class AuthenticatedActorGuard implements CanActivate {
  /** Parsed once: building the key from its PEM text on every request cost more than checking the signature. */
  private readonly publicKey: KeyObject;

  constructor(@Inject(TOKEN_PUBLIC_KEY) publicKey: string) {
    this.publicKey = createPublicKey(publicKey);
  }

  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const [scheme, token] = (request.headers.authorization ?? '').split(' ');
    if (scheme !== 'Bearer' || !token) {
      throw new UnauthorizedException('an Authorization: Bearer <token> header is required (npm run token mints one locally)');
    }
    try {
      request.actor = verifyToken(this.publicKey, token);
      return true;
    } catch (error) {
      if (error instanceof UnauthenticatedError) throw new UnauthorizedException(error.message);
      throw error;
    }
  }
}

export const CurrentActor = createParamDecorator((_: unknown, context: ExecutionContext): Actor => {
  const actor = context.switchToHttp().getRequest<AuthenticatedRequest>().actor;
  if (!actor) throw new UnauthorizedException('no authenticated actor');
  return actor;
});
