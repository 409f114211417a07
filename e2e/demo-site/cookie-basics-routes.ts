import { type Request, type Response, Router } from 'express';
import { cookieKindOf, deleteCookieReported, setCookieReported } from './cookie-actions';
import {
  type CookieSettings,
  checkCookieName,
  checkCookieSettings,
  checkCookieValue,
  checkDomain,
  checkPath,
  cookieWarnings,
} from './cookie-rules';
import type { DemoConfig } from './demo-options';
import { type Html, html, sendPage } from './html-page';
import { cookieWasSent } from './received-cookies';
import { checkboxField, formField } from './request-input';

const notes: readonly Html[] = [
  html`A cookie without Max-Age or Expires is a <em>session cookie</em>: the browser drops it when it closes. With either one it is <em>persistent</em> and survives restarts.`,
  html`Never store a password or anything secret in a cookie: the user (and any extension) can read and change it.`,
  html`Mark cookies <code>HttpOnly</code> unless page scripts need them, and <code>Secure</code> on https sites.`,
  html`The browser sends only <code>name=value</code> back, never the attributes: the server cannot tell a cookie's path or expiry from a request.`,
];

/** The form fields a set or update form had, so an error page can show them again. */
interface FormValues {
  name: string;
  value: string;
  expiry: string;
  maxAge: string;
  expires: string;
  path: string;
  domain: string;
  httpOnly: boolean;
  secure: boolean;
  sameSite: string;
}

const emptyForm: FormValues = {
  name: '',
  value: '',
  expiry: 'session',
  maxAge: '3600',
  expires: '',
  path: '/',
  domain: '',
  httpOnly: false,
  secure: false,
  sameSite: '',
};

function readForm(req: Request): FormValues {
  return {
    name: formField(req, 'name') ?? '',
    value: formField(req, 'value') ?? '',
    expiry: formField(req, 'expiry') ?? 'session',
    maxAge: formField(req, 'max_age') ?? '',
    expires: formField(req, 'expires') ?? '',
    path: formField(req, 'path') ?? '/',
    domain: formField(req, 'domain') ?? '',
    httpOnly: checkboxField(req, 'httponly'),
    secure: checkboxField(req, 'secure'),
    sameSite: formField(req, 'samesite') ?? '',
  };
}

function optionFields(form: FormValues): Html {
  const radio = (value: string, label: string) =>
    html`<label><input type="radio" name="expiry" value="${value}"${form.expiry === value ? html` checked` : ''}> ${label}</label>`;
  const sameSite = (value: string, label: string) =>
    html`<option value="${value}"${form.sameSite === value ? html` selected` : ''}>${label}</option>`;
  return html`<fieldset><legend>Expiry</legend>
      ${radio('session', 'none: a session cookie')}
      ${radio('max-age', 'Max-Age:')}<label><input name="max_age" value="${form.maxAge}" size="8"> seconds</label>
      ${radio('expires', 'Expires:')}<label><input name="expires" value="${form.expires}" placeholder="2030-01-31T12:00" size="22"> (UTC unless you add +02:00)</label>
    </fieldset>
    <label>Path <input name="path" value="${form.path}" size="12"></label>
    <label>Domain <input name="domain" value="${form.domain}" placeholder="empty: host-only" size="16"></label>
    <label><input type="checkbox" name="httponly"${form.httpOnly ? html` checked` : ''}> HttpOnly</label>
    <label><input type="checkbox" name="secure"${form.secure ? html` checked` : ''}> Secure</label>
    <label>SameSite <select name="samesite">${sameSite('', 'not set')}${sameSite('lax', 'Lax')}${sameSite('strict', 'Strict')}${sameSite('none', 'None')}</select></label>`;
}

function forms(form: FormValues = emptyForm): Html {
  return html`<h2>Set a cookie</h2>
  <form method="post" action="/cookies/set" id="set-cookie-form">
    <label>Name <input name="name" value="${form.name}" required></label>
    <label>Value <input name="value" value="${form.value}"></label>
    ${optionFields(form)}
    <button>Set cookie</button>
  </form>
  <h2>Update a cookie's value</h2>
  <form method="post" action="/cookies/update" id="update-cookie-form">
    <p>The browser replaces the cookie with the same name, domain and path: give the path it was set with.</p>
    <label>Name <input name="name" value="${form.name}" required></label>
    <label>New value <input name="value" value=""></label>
    ${optionFields({ ...form, value: '' })}
    <button>Update cookie</button>
  </form>
  <h2>Delete a cookie</h2>
  <form method="post" action="/cookies/delete" id="delete-cookie-form">
    <label>Name <input name="name" value="${form.name}" required></label>
    <label>Path <input name="path" value="${form.path}" size="12"></label>
    <label>Domain <input name="domain" value="${form.domain}" placeholder="empty: host-only" size="16"></label>
    <button>Delete cookie</button>
  </form>
  <p><a href="/cookies/show">Show the cookies this path receives</a> (and what page scripts see).</p>`;
}

function whyFor(settings: CookieSettings): string {
  switch (settings.expiry.kind) {
    case 'session':
      return 'you chose no expiry, so the browser forgets it when it closes';
    case 'max-age':
      return `you gave a max-age, so the browser keeps it ${settings.expiry.seconds} seconds from now, across restarts`;
    case 'expires':
      return 'you gave an absolute expiry date, so the browser keeps it until then, across restarts';
  }
}

function sendFormError(
  req: Request,
  res: Response,
  title: string,
  error: string,
  form: FormValues,
) {
  sendPage(
    req,
    res,
    {
      title,
      actions: [html`Set no cookie: the form had a problem.`],
      body: html`<p class="error" id="form-error">${error}</p>${forms(form)}`,
      notes,
    },
    400,
  );
}

type Mode = 'set' | 'update';

function setOrUpdate(config: DemoConfig, mode: Mode) {
  return (req: Request, res: Response) => {
    const title = mode === 'set' ? 'Cookie set' : 'Cookie updated';
    const form = readForm(req);
    const name = checkCookieName(form.name);
    if (!name.ok) return sendFormError(req, res, title, name.error, form);
    const value = checkCookieValue(form.value);
    if (!value.ok) return sendFormError(req, res, title, value.error, form);
    const now = config.now();
    const settings = checkCookieSettings(form, now);
    if (!settings.ok) return sendFormError(req, res, title, settings.error, form);
    if (mode === 'update' && !cookieWasSent(req, name.value)) {
      return sendPage(
        req,
        res,
        {
          title,
          actions: [html`Set no cookie: there is nothing to update.`],
          body: html`<p class="error" id="form-error">No cookie named <code>${name.value}</code> came with this request. Either it does not exist or its Path does not cover <code>/cookies/update</code> (or it is Secure and this is http). Use the set form to create it.</p>${forms(form)}`,
          notes,
        },
        404,
      );
    }
    const actions: Html[] = [];
    const why =
      mode === 'update'
        ? `you updated its value (${whyFor(settings.value)}; a new Set-Cookie with the same name, domain and path replaces the old cookie)`
        : whyFor(settings.value);
    setCookieReported(res, actions, name.value, value.value, settings.value, why);
    const warnings = cookieWarnings(name.value, encodeURIComponent(value.value), settings.value, {
      secure: req.secure,
      hostname: req.hostname,
      now,
    });
    sendPage(req, res, {
      title,
      actions,
      body: html`<p>Kind: <strong id="cookie-kind">${cookieKindOf(settings.value.expiry)}</strong></p>
        ${warnings.length > 0 && html`<ul id="cookie-warnings">${warnings.map((warning) => html`<li class="warning">${warning}</li>`)}</ul>`}
        <p><a href="/cookies/show">See what the browser sends back</a></p>
        ${forms({ ...form, value: '' })}`,
      notes,
    });
  };
}

// Shown on /cookies/show: what page scripts can read, i.e. every cookie except HttpOnly ones.
// textContent keeps cookie data as text; the page's CSP allows scripts from this site only.
const documentCookieScript = `const out = document.getElementById('document-cookie');
if (out) out.textContent = document.cookie === '' ? '(empty: no cookie is visible to scripts)' : document.cookie;
`;

export function cookieBasicsRoutes(config: DemoConfig): Router {
  const router = Router();

  router.get('/', (req, res) => {
    sendPage(req, res, {
      title: 'Cookie basics',
      actions: [],
      body: html`<p>Set any cookie with the attributes you choose, then watch what the browser sends back
        on the next request. A cookie is a <em>session cookie</em> without an expiry and a
        <em>persistent cookie</em> with Max-Age or Expires.</p><p id="express-specific">Express-specific on purpose: values are sent percent-encoded and deleted with an empty value and Expires in 1970 (Express's res.cookie and res.clearCookie), where Django would quote a value with spaces and delete with <code>""</code> and Max-Age=0.</p>${forms()}`,
      notes,
    });
  });

  router.post('/set', setOrUpdate(config, 'set'));
  router.post('/update', setOrUpdate(config, 'update'));

  router.post('/delete', (req, res) => {
    const form = readForm(req);
    const name = checkCookieName(form.name);
    if (!name.ok) return sendFormError(req, res, 'Cookie deleted', name.error, form);
    const path = checkPath(form.path);
    if (!path.ok) return sendFormError(req, res, 'Cookie deleted', path.error, form);
    const domain = checkDomain(form.domain);
    if (!domain.ok) return sendFormError(req, res, 'Cookie deleted', domain.error, form);
    const actions: Html[] = [];
    const scope =
      domain.value === undefined
        ? { path: path.value }
        : { path: path.value, domain: domain.value };
    deleteCookieReported(res, actions, name.value, 'you asked to delete it', scope);
    const received = cookieWasSent(req, name.value);
    sendPage(req, res, {
      title: 'Cookie deleted',
      actions,
      body: html`<p>Kind: <strong id="cookie-kind">deleted (expired in the past)</strong></p>
        <p>${
          received
            ? 'This request carried the cookie; the browser removes its copy with this name, domain and path.'
            : 'This request did not carry that cookie: if it exists with another path or domain, this deletion does not touch it.'
        }</p>
        <p><a href="/cookies/show">See what the browser sends now</a></p>${forms(form)}`,
      notes,
    });
  });

  router.get('/show', (req, res) => {
    sendPage(req, res, {
      title: 'Cookies received',
      actions: [],
      head: html`<script src="/cookies/document-cookie.js" defer></script>`,
      body: html`<p>The table below lists what the browser sent to <code>/cookies/show</code>.
        Cookies whose Path does not cover this page, Secure cookies on http, and cookies the browser
        refused are missing from it.</p>
        <h2>What page scripts see (document.cookie)</h2>
        <pre id="document-cookie">(needs JavaScript)</pre>
        <p>HttpOnly cookies are in the table but not here.</p>`,
      notes,
    });
  });

  router.get('/document-cookie.js', (_req, res) => {
    res.type('application/javascript').set('Cache-Control', 'no-store').send(documentCookieScript);
  });

  return router;
}
