import { doubleCsrf } from 'csrf-csrf';
import type { ErrorRequestHandler, Request, RequestHandler } from 'express';
import { csrfFieldName, setFormTokenSource } from './form-token';
import { html, sendPage } from './html-page';
import { plainCookie } from './received-cookies';
import { formField } from './request-input';

/** Django's CSRF_COOKIE_NAME and CSRF_COOKIE_AGE (52 weeks). */
export const csrfCookieName = 'csrftoken';
export const csrfCookieAgeSeconds = 60 * 60 * 24 * 7 * 52;

/** Methods Django's CsrfViewMiddleware lets through unchecked (it lists TRACE too). */
const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS', 'TRACE']);

/**
 * Runs `use` with req.cookies.csrftoken hidden when cookie-parser made it something other than
 * text (a `j:` value becomes an object, which csrf-csrf would call .split on): such a cookie
 * counts as absent, so it is refused on a POST and replaced on a form page, as Django replaces a
 * malformed one. It is put back for the page's received-cookies table.
 */
function withTextCookie<T>(req: Request, use: () => T): T {
  const cookies: unknown = req.cookies;
  const value: unknown =
    typeof cookies === 'object' && cookies !== null
      ? Reflect.get(cookies, csrfCookieName)
      : undefined;
  if (value === undefined || typeof value === 'string') return use();
  Reflect.deleteProperty(req.cookies, csrfCookieName);
  try {
    return use();
  } finally {
    Reflect.set(req.cookies, csrfCookieName, value);
  }
}

/** Django's reasons, in its words (django/middleware/csrf.py). */
function reasonFor(req: Request): string {
  // A cookie cookie-parser did not keep as text (j:...) is no token at all.
  if (plainCookie(req, csrfCookieName) === undefined) return 'CSRF cookie not set.';
  if (formField(req, csrfFieldName) === undefined) return 'CSRF token missing.';
  return 'CSRF token from POST incorrect.';
}

/**
 * CSRF protection as Django's CsrfViewMiddleware gives it, with csrf-csrf's double-submit
 * cookie: a `csrftoken` cookie (a year, SameSite=Lax, readable by scripts: Django's defaults)
 * whose value every POST must repeat in its `csrfmiddlewaretoken` field. The token is an HMAC
 * with the server's secret, so a cookie planted by another site is refused too.
 */
export function csrfProtection(secret: string): {
  middleware: RequestHandler;
  forbidden: ErrorRequestHandler;
} {
  const { validateRequest, generateCsrfToken, invalidCsrfTokenError } = doubleCsrf({
    // A purpose prefix, so these HMACs never equal the cookie-parser signatures made with it.
    getSecret: () => `csrftoken:${secret}`,
    // Django's token is not tied to the session either: a visitor without one posts forms too.
    getSessionIdentifier: () => '',
    cookieName: csrfCookieName,
    cookieOptions: {
      path: '/',
      sameSite: 'lax',
      secure: false,
      httpOnly: false,
      maxAge: csrfCookieAgeSeconds * 1000,
    },
    getCsrfTokenFromRequest: (req) => formField(req, csrfFieldName),
  });

  const middleware: RequestHandler = (req, res, next) => {
    // Like {% csrf_token %}: a page with a form renews the cookie (and its year) each time.
    setFormTokenSource(res, () => withTextCookie(req, () => generateCsrfToken(req, res)));
    if (safeMethods.has(req.method) || withTextCookie(req, () => validateRequest(req))) {
      return next();
    }
    next(invalidCsrfTokenError);
  };

  const forbidden: ErrorRequestHandler = (error, req, res, next) => {
    if (error !== invalidCsrfTokenError || res.headersSent) return next(error);
    sendPage(
      req,
      res,
      {
        title: 'Forbidden (403)',
        actions: [html`Changed nothing: the form was refused before it was read.`],
        body: html`<p class="error" id="csrf-failure"><strong>CSRF verification failed. Request aborted.</strong></p>
          <p>Reason: <span id="csrf-reason">${reasonFor(req)}</span></p>
          <p>Every form on this site carries a token that must match the <code>${csrfCookieName}</code>
            cookie, as with Django's <code>{% csrf_token %}</code>. Go back, reload the form's page
            (which sets the cookie again) and send it from there.</p>`,
      },
      403,
    );
  };
  return { middleware, forbidden };
}
