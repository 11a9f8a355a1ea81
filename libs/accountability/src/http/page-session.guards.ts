import { CanActivate, ExecutionContext, Injectable, UnauthorizedException } from '@nestjs/common';
import { AuthenticatedActorGuard } from '@rtop/identity';
import { Actor } from '@rtop/kernel';
import { Request } from 'express';
import { pageSessionIdOf, refuseOtherOrigins } from './page-session-cookie';
import { PageSession, PageSessions } from './page-sessions';

export type PageRequest = Request & { actor?: Actor; pageSession?: PageSession };

/**
 * The reader of the auditors' page: a bearer token in the header, as on every operation, or the
 * page session its cookie names. The cookie is honoured here and nowhere else.
 */
@Injectable()
export class PageReaderGuard implements CanActivate {
  constructor(
    private readonly bearer: AuthenticatedActorGuard,
    private readonly sessions: PageSessions,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<PageRequest>();
    if (request.headers.authorization !== undefined) return this.bearer.canActivate(context);
    const session = await this.sessions.find(pageSessionIdOf(request));
    if (!session) throw new UnauthorizedException('sign in at /page-session first, or send an Authorization: Bearer <token> header');
    request.actor = session.reader;
    request.pageSession = session;
    return true;
  }
}

/**
 * Who signs in to the page: the bearer token of the Authorization header, or the one the sign-in
 * form posted (a browser sets no header without a script), from this site's own page.
 */
@Injectable()
export class SignInGuard implements CanActivate {
  constructor(private readonly bearer: AuthenticatedActorGuard) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<Request>();
    refuseOtherOrigins(request);
    const posted = (request.body as { token?: unknown } | undefined)?.token;
    if (request.headers.authorization === undefined && typeof posted === 'string') {
      // Checked exactly as a header's token is, by the one guard that checks tokens.
      request.headers.authorization = `Bearer ${posted.trim()}`;
    }
    return this.bearer.canActivate(context);
  }
}
