import { CanActivate, ExecutionContext, Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import { TOKEN_PUBLIC_KEY, UnauthenticatedError, verifyToken } from '@rtop/identity';
import { Actor } from '@rtop/kernel';
import { Request } from 'express';

/**
 * For the pages a browser opens by address, where no header can be set without a script: the
 * bearer token may come as `?token=` instead of in the Authorization header. Only pages use it;
 * every API operation keeps to the header, so tokens stay out of the addresses (and logs) of API calls.
 */
@Injectable()
export class PageTokenGuard implements CanActivate {
  constructor(@Inject(TOKEN_PUBLIC_KEY) private readonly publicKey: string) {}

  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<Request & { actor?: Actor }>();
    const [scheme, fromHeader] = (request.headers.authorization ?? '').split(' ');
    const fromQuery = typeof request.query.token === 'string' ? request.query.token : undefined;
    const token = scheme === 'Bearer' && fromHeader ? fromHeader : fromQuery;
    if (!token) throw new UnauthorizedException('a bearer token is required: an Authorization: Bearer <token> header, or ?token=<token> on this page');
    try {
      request.actor = verifyToken(this.publicKey, token);
      return true;
    } catch (error) {
      if (error instanceof UnauthenticatedError) throw new UnauthorizedException(error.message);
      throw error;
    }
  }
}
