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

const style = `
body { font-family: system-ui, sans-serif; margin: 0 auto; max-width: 60rem; padding: 0 1rem 3rem; line-height: 1.4; }
nav { display: flex; flex-wrap: wrap; gap: .25rem 1rem; padding: .75rem 0; border-bottom: 1px solid #ccc; }
table { border-collapse: collapse; margin: .5rem 0; }
th, td { border: 1px solid #bbb; padding: .25rem .5rem; text-align: left; vertical-align: top; }
td { word-break: break-all; }
code, pre { background: #f3f3f3; }
pre { padding: .5rem; white-space: pre-wrap; word-break: break-all; }
form { border: 1px solid #ddd; padding: .5rem .75rem; margin: .5rem 0; }
label { display: inline-block; margin: .2rem .75rem .2rem 0; }
.error { color: #a00; font-weight: bold; }
.warning { color: #8a5a00; }
aside { border-top: 1px solid #ccc; margin-top: 2rem; font-size: .95em; }
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
  const rawHeader = req.headers.cookie;
  return html`<section>
    <h2>Cookies the server received with this request</h2>
    <table id="received-cookies">
      <thead><tr><th>Name</th><th>Value (as decoded by cookie-parser)</th><th>How it arrived</th><th>Bytes (name + value)</th></tr></thead>
      <tbody>${rows.length > 0 ? rows : html`<tr><td colspan="4">No cookies were received.</td></tr>`}</tbody>
    </table>
    ${
      rawHeader !== undefined &&
      html`<details><summary>Raw Cookie header (${Buffer.byteLength(rawHeader)} bytes)</summary>
      <pre id="raw-cookie-header">${shortened(rawHeader, 2000)}</pre></details>`
    }
  </section>`;
}

function sentCookiesSection(sent: readonly string[]): Html {
  const items = sent.map((header) => html`<li><code>${shortened(header, 300)}</code></li>`);
  return html`<section>
    <h2>Set-Cookie headers sent with this response</h2>
    <ul id="sent-set-cookies">${items.length > 0 ? items : html`<li>None.</li>`}</ul>
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
${receivedCookiesSection(req)}
${sentCookiesSection(sentSetCookies)}
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
  const body = withFormTokens(res, content.body.toString());
  res.writeHead(status);
  res.end(renderPage(req, { ...content, body: new SafeHtml(body) }, setCookieHeaders(res)));
}
