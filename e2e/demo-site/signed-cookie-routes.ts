import { type Request, Router } from 'express';
import { deleteCookieReported, flowCookie, setCookieReported } from './cookie-actions';
import { type Html, html, sendPage, shortened } from './html-page';
import { formField } from './request-input';

export const signedCookieName = 'signed_message';

const notes: readonly Html[] = [
  html`A signature shows the value came from the server unchanged; it does not hide it. Anyone can still read <code>s:value.signature</code>: sign, don't store secrets.`,
  html`The signature depends on a server secret. Keep it out of the source and rotate it if it leaks (cookie-parser accepts a list of secrets for that).`,
];

type SignedState =
  | { kind: 'verified'; value: string }
  | { kind: 'tampered' }
  | { kind: 'unsigned'; value: string }
  | { kind: 'absent' };

/**
 * cookie-parser (given the secret) checks every `s:` cookie: a good one moves to
 * req.signedCookies, a bad one appears there as false. A value without the `s:` prefix stays in
 * req.cookies: the signature was stripped, which is tampering too.
 */
function readSigned(req: Request): SignedState {
  const signed: unknown = req.signedCookies;
  if (typeof signed === 'object' && signed !== null && Object.hasOwn(signed, signedCookieName)) {
    const value: unknown = Reflect.get(signed, signedCookieName);
    if (value === false) return { kind: 'tampered' };
    return { kind: 'verified', value: typeof value === 'string' ? value : JSON.stringify(value) };
  }
  const plain: unknown = req.cookies;
  if (typeof plain === 'object' && plain !== null && Object.hasOwn(plain, signedCookieName)) {
    const value: unknown = Reflect.get(plain, signedCookieName);
    return { kind: 'unsigned', value: typeof value === 'string' ? value : JSON.stringify(value) };
  }
  return { kind: 'absent' };
}

const setForm = html`<form method="post" action="/signed/set" id="signed-form">
    <label>Message <input name="value" required maxlength="200"></label>
    <button>Set signed cookie</button>
  </form>
  <form method="post" action="/signed/delete"><button>Delete it</button></form>`;

export function signedCookieRoutes(): Router {
  const router = Router();

  router.get('/', (req, res) => {
    const state = readSigned(req);
    const actions: Html[] = [];
    let status: Html;
    switch (state.kind) {
      case 'verified':
        status = html`Signature verified: the server accepts <code>${shortened(state.value)}</code>.`;
        break;
      case 'tampered':
        status = html`Tampered: the signature does not match the value, so the server refuses it and starts afresh.`;
        deleteCookieReported(
          res,
          actions,
          signedCookieName,
          'its signature did not match (tampered)',
        );
        break;
      case 'unsigned':
        status = html`Tampered: the cookie arrived without its signature (<code>${shortened(state.value)}</code>), so the server refuses it and starts afresh.`;
        deleteCookieReported(
          res,
          actions,
          signedCookieName,
          'it arrived without a signature (tampered)',
        );
        break;
      case 'absent':
        status = html`No signed cookie yet: set one below.`;
        break;
    }
    sendPage(req, res, {
      title: 'Signed cookies',
      actions,
      body: html`<p>The server signs <code>${signedCookieName}</code> with its secret (cookie-parser's
        signed cookies). Change the value with the extension and reload: the server notices.</p>
        <p id="express-specific">Express-specific on purpose: this is cookie-parser's <code>s:value.signature</code>, and the page deletes a refused cookie, where Django's <a href="/signed/django/">timestamped signed cookie</a> is left in place.</p>
        <p id="tamper-status" data-status="${state.kind}">${status}</p>${setForm}`,
      notes,
    });
  });

  router.post('/set', (req, res) => {
    const value = formField(req, 'value') ?? '';
    if (value === '' || value.length > 200) {
      return sendPage(
        req,
        res,
        {
          title: 'Signed cookies',
          actions: [html`Set no cookie: the message was refused.`],
          body: html`<p class="error" id="form-error">A message is 1 to 200 characters.</p>${setForm}`,
          notes,
        },
        400,
      );
    }
    const actions: Html[] = [];
    setCookieReported(
      res,
      actions,
      signedCookieName,
      value,
      flowCookie(),
      'you asked for a signed cookie; the signature lets the server detect any change',
      true,
    );
    sendPage(req, res, {
      title: 'Signed cookies',
      actions,
      body: html`<p id="tamper-status" data-status="set">Signed cookie set. <a href="/signed/">Check it</a>, then edit it and check again.</p>${setForm}`,
      notes,
    });
  });

  router.post('/delete', (req, res) => {
    const actions: Html[] = [];
    deleteCookieReported(res, actions, signedCookieName, 'you asked to delete it');
    sendPage(req, res, {
      title: 'Signed cookies',
      actions,
      body: html`<p id="tamper-status" data-status="absent">Deleted.</p>${setForm}`,
      notes,
    });
  });
  return router;
}
