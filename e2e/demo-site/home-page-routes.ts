import { Router } from 'express';
import { flowCookie, setCookieReported } from './cookie-actions';
import { describeSeconds } from './cookie-rules';
import type { DemoConfig } from './demo-options';
import { type Html, html, sendPage } from './html-page';
import { cookieWasSent } from './received-cookies';

/** Set by the home page so the extension's popup has a cookie to show on the very first page. */
export const welcomeCookieName = 'welcome';

/** The index page: every flow, one line each, and the settings this server runs with. */
export function homePageRoutes(config: DemoConfig): Router {
  const router = Router();
  router.get('/', (req, res) => {
    const sessionCookie = config.sessionExpireAtBrowserClose
      ? 'a session cookie (expire at browser close)'
      : `a persistent cookie of ${describeSeconds(config.sessionCookieAgeSeconds)}`;
    const actions: Html[] = [];
    if (!cookieWasSent(req, welcomeCookieName)) {
      setCookieReported(
        res,
        actions,
        welcomeCookieName,
        'hello',
        flowCookie(),
        'the extension should have a cookie to show from the first page on',
      );
    }
    sendPage(req, res, {
      title: 'Cookie Workbench demo site',
      actions,
      body: html`<section id="pin-extension">
        <h2>Pin the extension's icon</h2>
        <p>Chromium hides a new extension's icon in the Extensions menu. Click the puzzle-piece
          <strong>Extensions</strong> button right of the address bar, then the pin beside
          <strong>Cookie Workbench</strong>: its icon stays in the toolbar. Click it on any page to
          see that page's cookies; this page has just set one, <code>${welcomeCookieName}</code>.</p>
        </section>
        <p>A small site that sets cookies the way the classic web-framework tutorials do,
        so the Cookie Workbench extension has real cookies to show and edit. Every page lists the
        cookies it received and says what it did.</p>
        <ol id="flows">
          <li><a href="/cookies/">Cookie basics</a>: set, show, update and delete any cookie, as a
            session cookie (no expiry) or a persistent one (Max-Age or Expires), with Path,
            HttpOnly, Secure and SameSite.</li>
          <li><a href="/visits/">Visit counter</a>: <code>visits</code> and <code>last_visit</code>
            cookies; the count goes up at most once per ${describeSeconds(config.visitIntervalSeconds)}.</li>
          <li><a href="/login/">Short login</a>: a user name in a cookie, valid for
            ${config.loginSeconds} s after logging in.</li>
          <li><a href="/test-cookie/">Test cookie</a>: set a cookie, then check the browser sent it back.</li>
          <li><a href="/sessions/">Server-side sessions</a>: only an id in the cookie, the data on
            the server; set, get, delete, setdefault, clear and flush.</li>
          <li><a href="/signed/">Signed cookies</a>: edit one and the server notices (cookie-parser's
            <code>s:value.signature</code>), and <a href="/signed/django/">Django's</a>
            <code>value:timestamp:signature</code> with a max age.</li>
          <li><a href="/limits/">Limits and advice</a>: a cookie over 4 KB, and what the browser kept.</li>
        </ol>
        <h2>Settings</h2>
        <ul id="settings">
          <li>Session store: <strong id="config-session-store">${config.sessionStore}</strong></li>
          <li>Session cookie: <span id="config-session-cookie">${sessionCookie}</span></li>
          <li>Visit interval: <span id="config-visit-interval">${config.visitIntervalSeconds}</span> s</li>
          <li>Login window: <span id="config-login-seconds">${config.loginSeconds}</span> s</li>
        </ul>`,
      notes: [
        html`Cookies are small (4 KB), visible to the user and editable by them (and by extensions like this one): keep secrets and passwords out of them.`,
      ],
    });
  });
  return router;
}
