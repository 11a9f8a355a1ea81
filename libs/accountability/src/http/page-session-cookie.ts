import { CookieOptions, Request, Response } from 'express';
import { OutsideRemit } from '@rtop/kernel';
import { PageSession } from './page-sessions';

/** Holds a page session's id, and nothing else. */
export const PAGE_SESSION_COOKIE = 'rtop_page_session';

/**
 * Out of scripts' reach, sent only with requests this site starts (so another site cannot use it
 * to read or sign out), and over TLS alone when the page came over TLS.
 */
const cookieOptions = (request: Request): CookieOptions => ({
  httpOnly: true,
  sameSite: 'strict',
  secure: request.secure || request.headers['x-forwarded-proto'] === 'https',
  path: '/',
});

export function setPageSessionCookie(request: Request, response: Response, session: PageSession): void {
  response.cookie(PAGE_SESSION_COOKIE, session.id, { ...cookieOptions(request), expires: session.expiresAt });
}

export function clearPageSessionCookie(request: Request, response: Response): void {
  response.clearCookie(PAGE_SESSION_COOKIE, cookieOptions(request));
}

/** The session id the request's cookie holds, if any. */
export function pageSessionIdOf(request: Request): string | undefined {
  for (const pair of (request.headers.cookie ?? '').split(';')) {
    const at = pair.indexOf('=');
    if (at > 0 && pair.slice(0, at).trim() === PAGE_SESSION_COOKIE) return pair.slice(at + 1).trim();
  }
  return undefined;
}

/**
 * A browser names the page a form was posted from: a session is opened or ended only from this
 * site's own pages. A client that is not a browser sends no Origin and is not asked for one.
 */
export function refuseOtherOrigins(request: Request): void {
  const origin = request.headers.origin;
  if (origin === undefined) return;
  let host: string | undefined;
  try {
    host = new URL(origin).host;
  } catch {
    host = undefined;
  }
  if (host !== request.headers.host)
    throw new OutsideRemit('same-origin', 'a page session is opened and ended from this site’s own pages only');
}
