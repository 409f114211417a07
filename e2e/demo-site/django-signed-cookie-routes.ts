import { type Request, type Response, Router } from 'express';
import type { DemoConfig } from './demo-options';
import { djangoCookieValue, djangoDeletedCookie, djangoSetCookie } from './django-cookie-headers';
import { signCookieValue, unsignCookieValue } from './django-signer';
import { type Html, html, sendPage, shortened } from './html-page';
import { formField } from './request-input';

export const djangoSignedCookieName = 'signed_greeting';
/** get_signed_cookie's max_age here: short, so a learner can watch a signature expire. */
export const djangoSignedMaxAgeSeconds = 60;
const maxMessageLength = 200;

const notes: readonly Html[] = [
  html`Django's <code>set_signed_cookie</code> writes <code>value:timestamp:signature</code>: the value stays readable, the timestamp (base62 seconds) lets the reader refuse old cookies with <code>max_age</code>, and the signature covers both.`,
  html`Without <code>default=</code>, <code>get_signed_cookie</code> raises <code>BadSignature</code> (a server error page); the tutorials pass <code>default=None</code>, as this page does. Either way Django leaves the cookie in the browser.`,
  html`Compare with the <a href="/signed/">cookie-parser flow</a>: <code>s:value.signature</code>, no timestamp.`,
];

type Reading =
  | { kind: 'absent' }
  | { kind: 'verified'; value: string; ageSeconds: number }
  | { kind: 'tampered'; raw: string }
  | { kind: 'expired'; value: string; ageSeconds: number };

const nowSeconds = (config: DemoConfig) => Math.floor(config.now() / 1000);

function read(req: Request, config: DemoConfig, secret: string): Reading {
  // Read from the raw header as Django does: cookie-parser would percent-decode the value.
  const raw = djangoCookieValue(req.headers.cookie, djangoSignedCookieName);
  if (raw === undefined) return { kind: 'absent' };
  const result = unsignCookieValue(
    djangoSignedCookieName,
    raw,
    secret,
    nowSeconds(config),
    djangoSignedMaxAgeSeconds,
  );
  return result.kind === 'tampered' ? { kind: 'tampered', raw } : result;
}

function statusOf(reading: Reading): Html {
  const call = html`<code>get_signed_cookie('${djangoSignedCookieName}', default=None, max_age=${djangoSignedMaxAgeSeconds})</code>`;
  switch (reading.kind) {
    case 'absent':
      return html`No signed cookie yet: ${call} returns <code>None</code>. Set one below.`;
    case 'verified':
      return html`Signature verified, signed ${reading.ageSeconds} s ago: ${call} returns <code>${shortened(reading.value)}</code>.`;
    case 'tampered':
      return html`BadSignature: <code>${shortened(reading.raw)}</code> does not match its signature, so ${call} returns <code>None</code>.`;
    case 'expired':
      return html`SignatureExpired: signed ${reading.ageSeconds} s ago, more than max_age, so ${call} returns <code>None</code>.`;
  }
}

const forms = html`<form method="post" action="/signed/django/set" id="django-signed-form">
    <label>Message <input name="value" required maxlength="${maxMessageLength}"></label>
    <button>Set signed cookie (set_signed_cookie)</button>
  </form>
  <form method="post" action="/signed/django/delete"><button>Delete it (delete_cookie)</button></form>`;

function page(
  req: Request,
  res: Response,
  actions: Html[],
  status: Html,
  statusKind: string,
  httpStatus = 200,
) {
  return sendPage(
    req,
    res,
    {
      title: 'Signed cookies, Django style',
      actions,
      body: html`<p>The server signs <code>${djangoSignedCookieName}</code> as Django's
      <code>response.set_signed_cookie()</code> does (a TimestampSigner keyed with the secret and
      salted with the cookie's name) and reads it back with a max age of
      ${djangoSignedMaxAgeSeconds} s. Change it with the extension, or wait, and reload.</p>
      <p id="django-signed-status" data-status="${statusKind}">${status}</p>${forms}`,
      notes,
    },
    httpStatus,
  );
}

/** Django's set_signed_cookie / get_signed_cookie(default=None, max_age=...) / delete_cookie. */
export function djangoSignedCookieRoutes(config: DemoConfig, secret: string): Router {
  const router = Router();

  router.get('/', (req, res) => {
    const reading = read(req, config, secret);
    // As Django: reading never changes the cookie, whatever its state.
    page(req, res, [], statusOf(reading), reading.kind);
  });

  router.post('/set', (req, res) => {
    const value = formField(req, 'value') ?? '';
    // Printable ASCII: Python's cookie quoting is defined for it, and the page stays readable.
    if (!/^[\x20-\x7e]+$/.test(value) || value.length > maxMessageLength) {
      return page(
        req,
        res,
        [html`Set no cookie: the message was refused.`],
        html`<span class="error" id="form-error">A message is 1 to ${maxMessageLength} printable ASCII characters.</span>`,
        'refused',
        400,
      );
    }
    const signed = signCookieValue(djangoSignedCookieName, value, secret, nowSeconds(config));
    const header = djangoSetCookie(djangoSignedCookieName, signed);
    res.append('Set-Cookie', header);
    page(
      req,
      res,
      [
        html`Set <code>${djangoSignedCookieName}</code> with <code>set_signed_cookie</code>: value, base62 timestamp and signature, quoted as Python quotes cookie values; a session cookie with set_cookie's defaults (Path / only).`,
      ],
      html`Signed cookie set. <a href="/signed/django/">Check it</a>, then edit it (or wait ${djangoSignedMaxAgeSeconds} s) and check again.`,
      'set',
    );
  });

  router.post('/delete', (req, res) => {
    res.append('Set-Cookie', djangoDeletedCookie(djangoSignedCookieName));
    page(
      req,
      res,
      [
        html`Deleted <code>${djangoSignedCookieName}</code> with <code>delete_cookie</code> (empty, Max-Age=0, Expires in 1970).`,
      ],
      html`Deleted.`,
      'absent',
    );
  });
  return router;
}
