import { createHash } from 'node:crypto';
import { Actor } from '@rtop/kernel';
import { esc, instant } from './html';

export interface SignInPage {
  /** The timeline page to go to once signed in, checked to be one. */
  readonly next: string | null;
  /** The reader the browser is signed in as already, and until when. */
  readonly signedIn: { readonly reader: Actor; readonly until: string } | null;
}

const STYLE = `
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1d2330;margin:48px auto;padding:0 32px;max-width:640px}
h1{font-size:22px;margin:0 0 12px}p{margin:8px 0}label{display:block;margin:16px 0 6px;font-weight:600}
input,button{font:inherit;padding:5px 8px}input[type=password]{width:100%;box-sizing:border-box}button{margin-top:12px}.meta{color:#4a5263;font-size:13px}
`;

/** Like the timeline page's: no script at all, its own style by hash, forms posted to this site only. */
export const SIGN_IN_PAGE_CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  `style-src 'sha256-${createHash('sha256').update(STYLE).digest('base64')}'`,
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

function signInForm(next: string | null): string {
  return `<form method="post" action="/page-session">
<label for="token">Bearer token</label>
<input id="token" name="token" type="password" autocomplete="off" required>
${next ? `<input type="hidden" name="next" value="${esc(next)}">` : ''}<button type="submit">Sign in</button>
</form>
<p class="meta">The token is posted once, and kept neither in the page nor in any address: the browser holds a session of 15 minutes
in a cookie no script can read, sent to this site only.</p>`;
}

function signedInAs({ reader, until }: NonNullable<SignInPage['signedIn']>, next: string | null): string {
  return `<p>Signed in as ${esc(reader.person)} (${esc(reader.body)}) until ${esc(instant(until))} UTC.</p>
${next ? `<p><a href="${esc(next)}">Open the page</a></p>` : '<p>Open a case’s page at <code>/cases/{caseId}/timeline/page</code>.</p>'}
<form method="post" action="/page-session/end"><button type="submit">Sign out</button></form>`;
}

/** Where a browser signs in to the auditors' page with a bearer token. */
export function renderSignInPage(page: SignInPage): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Sign in: the auditors’ page</title>
<style>${STYLE}</style>
</head>
<body>
<h1>The auditors’ page</h1>
${page.signedIn ? signedInAs(page.signedIn, page.next) : signInForm(page.next)}
</body>
</html>
`;
}
