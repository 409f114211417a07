import type { Cookie } from '../cookies/cookie';

// Which cookies look like they authenticate someone: by name (the frameworks' defaults) or by a
// value shaped like a JWT. A guess by design: the audit only reads what the browser stores, and a
// wrong guess costs a warning the user can read and dismiss, a missed one costs nothing new.

/**
 * Names that end in a session segment (`laravel_session`, `_myapp_session`, `connect.sid`,
 * `.AspNetCore.Session`, `_session_id`, `session`, `sid`) or a session-id suffix (`PHPSESSID`,
 * `JSESSIONID`, `ASP.NET_SessionId`, `sessionid`). A session word inside a name
 * (`_hjSessionUser_12`, analytics) is not enough: those are not credentials.
 */
const sessionName =
  /(?:^|[_.-])(?:session|sess|sid|session_?id)$|sess(?:ion)?id$|^aspsessionid|^\.aspnetcore\.(?:cookies|identity\.)/;

/**
 * Names that end in token, jwt or auth (`auth_token`, `remember_token`, `access_token`, `.ASPXAUTH`),
 * but not CSRF tokens: those are meant to be read by scripts (double-submit, `XSRF-TOKEN`).
 */
const tokenName = /(?:token|jwt|auth)$/;
const csrfName = /csrf|xsrf/;

/** `__Host-session` is a session cookie too: the prefix says how it is set, not what it holds. */
const withoutPrefix = (name: string) => name.toLowerCase().replace(/^__(?:host|secure)-/, '');

const base64urlPart = '[A-Za-z0-9_-]+';
const jwtShape = new RegExp(`^eyJ${base64urlPart}\\.${base64urlPart}\\.(?:${base64urlPart})?$`);

/**
 * A cheap shape test, no decoding: three base64url parts, the header starting `eyJ` (`{"`
 * encoded). The signature may be empty, as with `alg: none`. Decoding is src/inspect/'s job.
 */
export function looksLikeJwt(value: string): boolean {
  return jwtShape.test(value);
}

/** Whether the cookie looks like it identifies a logged-in user or session. */
export function looksLikeSessionToken(cookie: Pick<Cookie, 'name' | 'value'>): boolean {
  const name = withoutPrefix(cookie.name);
  if (csrfName.test(name)) return false;
  return sessionName.test(name) || tokenName.test(name) || looksLikeJwt(cookie.value);
}
