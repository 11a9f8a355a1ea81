import { CanActivate, ExecutionContext, Injectable, UnauthorizedException, createParamDecorator } from '@nestjs/common';
import { Actor } from '@rtop/kernel';
import { Request } from 'express';
import { UnauthenticatedError, bearerTokenOf } from './bearer-token';
import { TokenVerifier } from './token-verifier';

type AuthenticatedRequest = Request & { actor?: Actor };

/** Every command and query comes from an actor named by a signed bearer token. */
@Injectable()
export class AuthenticatedActorGuard implements CanActivate {
  constructor(private readonly tokens: TokenVerifier) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    try {
      request.actor = await this.tokens.actorOf(bearerTokenOf(request.headers.authorization));
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
