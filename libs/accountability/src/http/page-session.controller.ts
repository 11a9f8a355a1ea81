import { Controller, Get, Inject, Post, Query, Req, Res, UseGuards } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConsumes,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiQuery,
  ApiResponse,
  ApiTags,
} from '@nestjs/swagger';
import { Request, Response } from 'express';
import { ApiRefusals } from '@rtop/http';
import { CurrentActor, ReadPolicy } from '@rtop/identity';
import { Actor, InvalidCommand } from '@rtop/kernel';
import { SIGN_IN_PAGE_CONTENT_SECURITY_POLICY, renderSignInPage } from '../page/sign-in-page';
import { clearPageSessionCookie, pageSessionIdOf, refuseOtherOrigins, setPageSessionCookie } from './page-session-cookie';
import { SignInGuard } from './page-session.guards';
import { PageSessions } from './page-sessions';
import { CASE_READ_POLICY } from './read-policies';

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
/** Where a sign-in may lead: a case's timeline page on this site, never an address elsewhere. */
const TIMELINE_PAGE = new RegExp(`^/cases/${UUID}/timeline/page(\\?[A-Za-z0-9._~%&=:+-]*)?$`, 'i');

function timelinePageOrNone(next: unknown): string | null {
  if (next === undefined || next === '') return null;
  if (typeof next === 'string' && TIMELINE_PAGE.test(next)) return next;
  throw new InvalidCommand('page-address', 'next is the address of a case’s timeline page on this site: /cases/{caseId}/timeline/page');
}

/** The same headers as the timeline page: nothing loaded from elsewhere, never cached, never framed. */
function asPage(response: Response): void {
  response.set({
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Security-Policy': SIGN_IN_PAGE_CONTENT_SECURITY_POLICY,
    'Cache-Control': 'no-store',
    'Referrer-Policy': 'same-origin',
    'X-Content-Type-Options': 'nosniff',
  });
}

/**
 * Signing in to the auditors' page: the bearer token is posted once and the browser holds a short
 * page session instead, so no token is ever in the page or in an address.
 */
@ApiTags('Accountability: case timeline')
@Controller('page-session')
export class PageSessionController {
  constructor(@Inject(PageSessions) private readonly sessions: PageSessions) {}

  @Get()
  @ApiOperation({
    summary: 'Sign in to the auditors’ page (HTML form)',
    description:
      'A form, no script, that posts a bearer token to POST /page-session; if this browser holds a page session already, whom it names and a sign-out button.',
  })
  @ApiQuery({
    name: 'next',
    required: false,
    description: 'The timeline page to open once signed in.',
    example: '/cases/0b7e2f4c-5b9a-4c1e-9d3f-2a6b8c0d1e2f/timeline/page',
  })
  @ApiProduces('text/html')
  @ApiOkResponse({ description: 'The form.', content: { 'text/html': { schema: { type: 'string' } } } })
  @ApiRefusals(400)
  @ReadPolicy(CASE_READ_POLICY.signIn)
  async signInPage(@Req() request: Request, @Res({ passthrough: true }) response: Response, @Query('next') next?: string): Promise<string> {
    const page = timelinePageOrNone(next);
    const session = await this.sessions.find(pageSessionIdOf(request));
    asPage(response);
    return renderSignInPage({ next: page, signedIn: session ? { reader: session.reader, until: session.expiresAt.toISOString() } : null });
  }

  @Post()
  @ApiBearerAuth()
  @ApiConsumes('application/x-www-form-urlencoded', 'application/json')
  @UseGuards(SignInGuard)
  @ApiOperation({
    summary: 'Open a page session for the auditors’ page',
    description:
      'With the bearer token in the Authorization header (204), or posted by the sign-in form as `token` (form-encoded; 303 to `next`, else to the form). ' +
      'Sets the cookie `rtop_page_session`: an opaque id, HttpOnly, SameSite=Strict, Secure over TLS, for 15 minutes. Only the timeline page reads it; ' +
      'every other operation still takes the token in the header. A browser may post it from this site’s own pages only (Origin).',
  })
  @ApiNoContentResponse({ description: 'Signed in: the cookie is set.' })
  @ApiResponse({ status: 303, description: 'Signed in from the form: the cookie is set, and the browser sent on.' })
  @ApiRefusals(400, 401, 403)
  async open(@CurrentActor() reader: Actor, @Req() request: Request, @Res() response: Response): Promise<void> {
    const fromForm = Boolean(request.is('application/x-www-form-urlencoded'));
    const next = fromForm ? timelinePageOrNone((request.body as { next?: unknown }).next) : null;
    setPageSessionCookie(request, response, await this.sessions.start(reader));
    if (fromForm) response.redirect(303, next ?? '/page-session');
    else response.status(204).end();
  }

  @Post('end')
  @ApiConsumes('application/x-www-form-urlencoded', 'application/json')
  @ApiOperation({
    summary: 'Sign out of the auditors’ page',
    description: 'Ends this browser’s page session and clears its cookie; 303 to the sign-in form.',
  })
  @ApiResponse({ status: 303, description: 'Signed out.' })
  @ApiRefusals(403)
  async end(@Req() request: Request, @Res() response: Response): Promise<void> {
    refuseOtherOrigins(request);
    await this.sessions.end(pageSessionIdOf(request));
    clearPageSessionCookie(request, response);
    response.redirect(303, '/page-session');
  }
}
