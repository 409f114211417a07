import type { Request, Response } from 'express';
import { withFormTokens } from './form-token';
import { receivedCookies } from './received-cookies';

/**
 * Markup that is safe to insert as is. Only `html` below creates it, so any string that reaches a
 * page without passing through `html` gets escaped: cookie names and values are hostile input.
 * The class itself is not exported (only its type), so no other module can wrap raw text in it.
 */
class SafeHtml {
  readonly #text: string;
  constructor(text: string) {
    this.#text = text;
  }
  toString(): string {
    return this.#text;
  }
}
export type Html = SafeHtml;

/** What may be interpolated: text (escaped), markup from `html`, lists of either. */
export type HtmlValue = Html | string | number | boolean | null | undefined | readonly HtmlValue[];

const escapes: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for element content and for quoted attribute values alike. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => escapes[char] ?? char);
}

function render(value: HtmlValue): string {
  if (value instanceof SafeHtml) return value.toString();
  if (Array.isArray(value)) return value.map(render).join('');
  // false/null/undefined render as nothing so `${condition && html`...`}` works.
  if (value === null || value === undefined || typeof value === 'boolean') return '';
  return escapeHtml(String(value));
}

/** Tagged template: the literal parts are trusted markup, every interpolated value is escaped. */
export function html(strings: TemplateStringsArray, ...values: readonly HtmlValue[]): Html {
  let out = strings[0] ?? '';
  values.forEach((value, index) => {
    out += render(value) + (strings[index + 1] ?? '');
  });
  return new SafeHtml(out);
}

/** Long cookie values (the 4 KB ones) would drown the page: show the start and the length. */
export function shortened(text: string, max = 200): string {
  return text.length <= max ? text : `${text.slice(0, max)}… (${text.length} characters in all)`;
}

export interface PageContent {
  title: string;
  /** What the server did with this request, one item each (cookie set, session changed...). */
  actions: readonly Html[];
  body: Html;
  /** Short advice from the classic tutorials, shown at the bottom. */
  notes?: readonly Html[];
  /** Extra element for the head, e.g. the document.cookie script of the cookie basics page. */
  head?: Html;
}

const navigation: ReadonlyArray<readonly [string, string]> = [
  ['/', 'Home'],
  ['/cookies/', 'Cookie basics'],
  ['/visits/', 'Visit counter'],
  ['/login/', 'Short login'],
  ['/test-cookie/', 'Test cookie'],
  ['/sessions/', 'Sessions'],
  ['/signed/', 'Signed cookies'],
  ['/signed/django/', 'Signed, Django style'],
  ['/limits/', 'Limits and advice'],
];

// Light and dark follow the system setting (color-scheme lets the form controls follow too).
const style = `
:root { color-scheme: light dark; --text: #1b1b1b; --page: #fff; --line: #bbb; --soft: #f3f3f3; --link: #0645ad; --error: #a00; --warning: #7a5000; }
@media (prefers-color-scheme: dark) {
  :root { --text: #e8e8e8; --page: #161719; --line: #555; --soft: #26282b; --link: #8ab4f8; --error: #ff8a80; --warning: #f0c36d; }
}
body { font-family: system-ui, sans-serif; margin: 0 auto; max-width: 60rem; padding: 0 1rem 3rem; line-height: 1.4; color: var(--text); background: var(--page); }
a { color: var(--link); }
nav { display: flex; flex-wrap: wrap; gap: .25rem 1rem; padding: .75rem 0; border-bottom: 1px solid var(--line); }
table { border-collapse: collapse; margin: .5rem 0; }
th, td { border: 1px solid var(--line); padding: .25rem .5rem; text-align: left; vertical-align: top; }
td { word-break: break-all; }
code, pre { background: var(--soft); }
pre { padding: .5rem; white-space: pre-wrap; word-break: break-all; margin: .25rem 0 .75rem; }
form { border: 1px solid var(--line); padding: .5rem .75rem; margin: .5rem 0; }
label { display: inline-block; margin: .2rem .75rem .2rem 0; }
#http-exchange { border: 1px solid var(--line); padding: 0 .75rem; margin: 1rem 0; }
#http-exchange h3 { font-size: 1rem; margin: .75rem 0 0; }
.error { color: var(--error); font-weight: bold; }
.warning { color: var(--warning); }
aside { border-top: 1px solid var(--line); margin-top: 2rem; font-size: .95em; }
`;

function receivedCookiesSection(req: Request): Html {
  const rows = receivedCookies(req).map(
    (cookie) => html`<tr data-name="${cookie.name}">
      <td><code>${cookie.name}</code></td>
      <td><code>${shortened(cookie.value)}</code></td>
      <td>${cookie.how}</td>
      <td>${cookie.bytes}</td>
    </tr>`,
  );
  return html`<section>
    <h2>Cookies the server received with this request</h2>
    <table id="received-cookies">
      <thead><tr><th>Name</th><th>Value (as decoded by cookie-parser)</th><th>How it arrived</th><th>Bytes (name + value)</th></tr></thead>
      <tbody>${rows.length > 0 ? rows : html`<tr><td colspan="4">No cookies were received.</td></tr>`}</tbody>
    </table>
  </section>`;
}

/**
 * Cause and effect, right below the page's forms: the Cookie header exactly as the server
 * received it and the Set-Cookie lines exactly as this response sends them, one a line. Text
 * only (escaped by html``): cookie names and values are hostile input.
 */
function httpExchangeSection(req: Request, sent: readonly string[]): Html {
  const rawHeader = req.headers.cookie;
  return html`<section id="http-exchange">
    <h2>On the wire</h2>
    <h3>Cookie header the server received${rawHeader !== undefined && ` (${Buffer.byteLength(rawHeader)} bytes)`}</h3>
    ${
      rawHeader === undefined
        ? html`<p id="no-cookie-header">None: the browser sent no cookies with this request.</p>`
        : html`<pre id="raw-cookie-header">Cookie: ${rawHeader}</pre>`
    }
    <h3>Set-Cookie lines of this response (${sent.length})</h3>
    ${
      sent.length === 0
        ? html`<p id="sent-set-cookies">None: this response sets and deletes no cookie.</p>`
        : html`<pre id="sent-set-cookies">${sent.map((line) => `Set-Cookie: ${line}\n`)}</pre>`
    }
  </section>`;
}

export function renderPage(
  req: Request,
  content: PageContent,
  sentSetCookies: readonly string[],
): string {
  const actions =
    content.actions.length > 0
      ? content.actions.map((action) => html`<li>${action}</li>`)
      : html`<li>Nothing: this request only read cookies.</li>`;
  const notes = content.notes ?? [];
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${content.title} · Cookie Workbench demo</title>
<style>${new SafeHtml(style)}</style>
${content.head}
</head>
<body>
<nav>${navigation.map(([href, label]) => html`<a href="${href}">${label}</a>`)}</nav>
<main>
<h1>${content.title}</h1>
<p>Served over <strong id="request-scheme">${req.secure ? 'https' : 'http'}</strong> to host <code>${req.hostname}</code>.</p>
<section>
  <h2>What the server did</h2>
  <ul id="server-actions">${actions}</ul>
</section>
${content.body}
${httpExchangeSection(req, sentSetCookies)}
${receivedCookiesSection(req)}
${
  notes.length > 0 &&
  html`<aside id="advice"><h2>Advice</h2><ul>${notes.map((note) => html`<li>${note}</li>`)}</ul></aside>`
}
</main>
</body>
</html>
`.toString();
}

/** No inline scripts, no framing restriction (e2e tests may embed the demo for third-party cases). */
const contentSecurityPolicy =
  "default-src 'none'; style-src 'unsafe-inline'; script-src 'self'; form-action 'self'; base-uri 'none'";

function setCookieHeaders(res: Response): string[] {
  const header = res.getHeader('set-cookie');
  if (header === undefined) return [];
  return Array.isArray(header) ? header : [String(header)];
}

/**
 * Sends a page. The head goes out first so the session middlewares (which add their Set-Cookie
 * just before the head is written) have run, and the page can list exactly what was sent.
 * Set every cookie before calling this.
 */
export function sendPage(req: Request, res: Response, content: PageContent, status = 200): void {
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('Content-Security-Policy', contentSecurityPolicy);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
  // The forms' CSRF token first: asking for it sets the csrftoken cookie, listed on the page.
  const tokens = withFormTokens(res, content.body.toString());
  const actions = tokens.set
    ? [
        ...content.actions,
        html`Set <code>csrftoken</code> (persistent, 52 weeks, SameSite Lax, readable by scripts) because this page has a form: each POST form repeats it in <code>csrfmiddlewaretoken</code>, as Django's <code>{% csrf_token %}</code> does.`,
      ]
    : content.actions;
  res.writeHead(status);
  res.end(
    renderPage(
      req,
      { ...content, actions, body: new SafeHtml(tokens.markup) },
      setCookieHeaders(res),
    ),
  );
}
