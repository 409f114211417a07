import { type Request, Router } from 'express';
import { deleteCookieReported, flowCookie, setCookieReported } from './cookie-actions';
import { type Html, html, sendPage } from './html-page';
import { plainCookie } from './received-cookies';

/**
 * Two cookies on either side of the browser's 4096-byte limit on name + value: the first fits
 * exactly, the second is one byte over and is dropped silently, as RFC 6265bis says.
 */
export const limitCookies = [
  { name: 'fits_4096', bytes: 4096, id: 'limit-fits' },
  { name: 'over_4097', bytes: 4097, id: 'limit-over' },
] as const;

function valueFor(name: string, bytes: number): string {
  return 'x'.repeat(bytes - name.length);
}

const notes: readonly Html[] = [
  html`Browsers keep at most 4096 bytes of name plus value per cookie and drop a bigger cookie without a word. Many cookies also add up: every request carries them all, and servers cap request headers (Node at 16 KB).`,
  html`About 180 cookies per site (Chromium) before the oldest are evicted.`,
  html`Never store passwords or personal data in cookies; store an identifier and keep the data on the server (see <a href="/sessions/">sessions</a>).`,
  html`Mark cookies <code>HttpOnly</code> so scripts (and injected ones) cannot read them, and <code>Secure</code> so they travel over https only.`,
];

function describeReceived(
  req: Request,
  name: string,
  bytes: number,
): { kept: boolean; text: string } {
  const value = plainCookie(req, name);
  if (value === undefined) return { kept: false, text: 'not sent back: the browser dropped it' };
  const size = Buffer.byteLength(name + value);
  if (value !== valueFor(name, bytes))
    return { kept: true, text: `sent back altered (${size} bytes)` };
  return { kept: true, text: `kept and sent back whole (${size} bytes)` };
}

export function limitsRoutes(): Router {
  const router = Router();

  router.get('/', (req, res) => {
    sendPage(req, res, {
      title: 'Limits and advice',
      actions: [],
      body: html`<p>Cookies are small by design. The next page sets one cookie of exactly 4096 bytes
        (name + value) and one of 4097 bytes; the page after it shows which ones the browser kept.</p>
        <p><a href="/limits/try" id="try-link">Try the oversized cookie</a></p>`,
      notes,
    });
  });

  router.get('/try', (req, res) => {
    const actions: Html[] = [];
    for (const cookie of limitCookies) {
      setCookieReported(
        res,
        actions,
        cookie.name,
        valueFor(cookie.name, cookie.bytes),
        flowCookie(),
        `it shows what the browser does with ${cookie.bytes} bytes of name + value`,
      );
    }
    sendPage(req, res, {
      title: 'Oversized cookie sent',
      actions,
      body: html`<p>Two cookies went out with this response. <a href="/limits/result" id="result-link">See which ones came back</a>.</p>`,
      notes,
    });
  });

  router.get('/result', (req, res) => {
    const rows = limitCookies.map((cookie) => {
      const received = describeReceived(req, cookie.name, cookie.bytes);
      return html`<tr><td><code>${cookie.name}</code></td><td>${cookie.bytes}</td>
        <td id="${cookie.id}" data-kept="${received.kept ? 'yes' : 'no'}">${received.text}</td></tr>`;
    });
    sendPage(req, res, {
      title: 'What the browser kept',
      actions: [],
      body: html`<table id="limits-result"><thead><tr><th>Cookie</th><th>Bytes set</th><th>Result</th></tr></thead>
        <tbody>${rows}</tbody></table>
        <p>A browser keeps the 4096-byte cookie and drops the 4097-byte one. A client that keeps both
        (curl, say) does not enforce the limit.</p>
        <form method="post" action="/limits/clear"><button>Delete both</button></form>`,
      notes,
    });
  });

  router.post('/clear', (req, res) => {
    const actions: Html[] = [];
    for (const cookie of limitCookies) {
      deleteCookieReported(res, actions, cookie.name, 'you asked to clean up');
    }
    sendPage(req, res, {
      title: 'Limits and advice',
      actions,
      body: html`<p>Cleaned up.</p>`,
      notes,
    });
  });
  return router;
}
