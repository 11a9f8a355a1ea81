import { eventually } from '@rtop/testing';
import { Standalone, startStandalone } from '../standalone/standalone-harness';

/**
 * The auditors' page session over HTTP, on the standalone app: a bearer token is posted once, and
 * the browser holds an opaque cookie that the timeline page, and nothing else, accepts in its place.
 */
const SESSION_COOKIE = /^rtop_page_session=([A-Za-z0-9_-]{43}); Path=\/; Expires=[^;]+; HttpOnly; SameSite=Strict$/;

describe('the auditors’ page session', () => {
  let rtop: Standalone;
  let caseId: string;
  let token: string;
  let pagePath: string;
  beforeAll(async () => {
    rtop = await startStandalone('pglite');
    const opened = await rtop.as('un-joint-office', 'Special Adviser').post('/cases', {
      situation: 'Kenya, post-election violence',
      crimes: [{ crime: 'crimes-against-humanity', incitement: true }],
      summary: 'Violence after the disputed presidential election of 27 December 2007',
    });
    expect(opened.status).toBe(201);
    caseId = opened.body.caseId;
    pagePath = `/cases/${caseId}/timeline/page`;
    token = rtop.tokenFor('un-joint-office', 'Auditor', 'auditor');
    await eventually(async () => expect((await rtop.as('un-joint-office', 'Auditor', 'auditor').get(pagePath)).status).toBe(200), 60_000);
  }, 180_000);
  afterAll(async () => {
    await rtop.stop();
  });

  const request = (path: string, init: RequestInit = {}) => fetch(`${rtop.baseUrl}${path}`, { redirect: 'manual', ...init });
  const withCookie = (cookie: string, init: RequestInit = {}): RequestInit => ({
    ...init,
    headers: { ...(init.headers as Record<string, string>), cookie },
  });
  const signInForm = (fields: Record<string, string>, origin = rtop.baseUrl) =>
    request('/page-session', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin },
      body: new URLSearchParams(fields).toString(),
    });
  const cookieOf = (response: Response) => {
    const setCookie = response.headers.getSetCookie().at(0);
    const id = SESSION_COOKIE.exec(setCookie ?? '')?.[1];
    if (!id) throw new Error(`no page session cookie was set: ${setCookie ?? 'none'}`);
    return `rtop_page_session=${id}`;
  };

  describe('given a token in the Authorization header', () => {
    it('opens a session held in an opaque, HttpOnly, SameSite=Strict cookie that the page accepts in its place', async () => {
      const opened = await request('/page-session', { method: 'POST', headers: { authorization: `Bearer ${token}` } });
      expect(opened.status).toBe(204);
      const cookie = cookieOf(opened);
      expect(cookie).not.toContain(token);

      const page = await request(pagePath, withCookie(cookie));
      expect(page.status).toBe(200);
      const html = await page.text();
      expect(html).toContain('Kenya, post-election violence');
      expect(html).toMatch(/Signed in until [\d-]+ [\d:]+ UTC\./);
      expect(html).not.toContain(token);
    });

    it('marks the cookie Secure when the page came over TLS', async () => {
      const opened = await request('/page-session', {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'x-forwarded-proto': 'https' },
      });
      expect(opened.status).toBe(204);
      expect(opened.headers.getSetCookie()[0]).toMatch(/; Secure; SameSite=Strict$/);
    });

    it('is honoured by the page alone: every other operation still wants the token', async () => {
      const cookie = cookieOf(await request('/page-session', { method: 'POST', headers: { authorization: `Bearer ${token}` } }));
      for (const path of [`/cases/${caseId}/timeline`, `/cases/${caseId}/figures`, '/cases']) {
        expect((await request(path, withCookie(cookie))).status).toBe(401);
      }
    });
  });

  describe('given the sign-in form a browser posts', () => {
    it('serves the form without script, and with no token in it', async () => {
      const form = await request(`/page-session?next=${encodeURIComponent(pagePath)}`);
      expect(form.status).toBe(200);
      expect(form.headers.get('content-security-policy')).toMatch(/default-src 'none'.*form-action 'self'/);
      const html = await form.text();
      expect(html).toContain('<input id="token" name="token" type="password" autocomplete="off" required>');
      expect(html).toContain(`<input type="hidden" name="next" value="${pagePath}">`);
      expect(html).not.toContain('<script');
    });

    it('opens a session and sends the browser on to the page it asked for', async () => {
      const signedIn = await signInForm({ token, next: `${pagePath}?by=occurred` });
      expect(signedIn.status).toBe(303);
      expect(signedIn.headers.get('location')).toBe(`${pagePath}?by=occurred`);
      const cookie = cookieOf(signedIn);
      expect((await request(`${pagePath}?by=occurred`, withCookie(cookie))).status).toBe(200);
      expect(await (await request('/page-session', withCookie(cookie))).text()).toContain('Signed in as Auditor (un-joint-office)');
    });

    it('opens no session for a form posted from another site, one that would send the browser elsewhere, or a token not signed here', async () => {
      const fromElsewhere = await signInForm({ token, next: pagePath }, 'https://attacker.example');
      expect(fromElsewhere.status).toBe(403);
      expect(await fromElsewhere.json()).toMatchObject({ rule: 'same-origin' });
      const elsewhere = await signInForm({ token, next: 'https://attacker.example/cases' });
      expect(elsewhere.status).toBe(400);
      expect(await elsewhere.json()).toMatchObject({ rule: 'page-address' });
      const unsigned = await signInForm({ token: 'eyJhbGciOiJub25lIn0.e30.', next: pagePath });
      expect(unsigned.status).toBe(401);
      for (const refused of [fromElsewhere, elsewhere, unsigned]) expect(refused.headers.getSetCookie()).toEqual([]);
    });
  });

  describe('given a signed-in browser', () => {
    it('signs out: the session ends on the server and the cookie is cleared', async () => {
      const cookie = cookieOf(await signInForm({ token }));
      const signedOut = await request('/page-session/end', withCookie(cookie, { method: 'POST', headers: { origin: rtop.baseUrl } }));
      expect(signedOut.status).toBe(303);
      expect(signedOut.headers.get('location')).toBe('/page-session');
      expect(signedOut.headers.getSetCookie()[0]).toMatch(
        /^rtop_page_session=; Path=\/; Expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly; SameSite=Strict$/,
      );
      // The cookie kept by a browser that ignored the clearing opens nothing any more.
      expect((await request(pagePath, withCookie(cookie))).status).toBe(401);
    });

    it('refuses the page to a cookie it did not give out', async () => {
      expect((await request(pagePath, withCookie('rtop_page_session=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA'))).status).toBe(401);
    });
  });
});
