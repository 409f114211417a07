import { Router } from 'express';
import { deleteCookieReported, flowCookie, setCookieReported } from './cookie-actions';
import { type Html, html, sendPage } from './html-page';
import { cookieWasSent, plainCookie } from './received-cookies';

const testCookieName = 'testcookie';
const testCookieValue = 'worked';

const notes: readonly Html[] = [
  html`A server cannot ask the browser whether cookies are enabled: it sets one and looks for it on the next request (Django's <code>set_test_cookie()</code> and <code>test_cookie_worked()</code>).`,
  html`Delete the test cookie once it has answered, so it does not ride along on every request.`,
];

/** Django's set_test_cookie / test_cookie_worked / delete_test_cookie, with a plain cookie. */
export function testCookieRoutes(): Router {
  const router = Router();

  router.get('/', (req, res) => {
    const actions: Html[] = [];
    setCookieReported(
      res,
      actions,
      testCookieName,
      testCookieValue,
      flowCookie(),
      'the next page checks whether the browser sends it back',
    );
    sendPage(req, res, {
      title: 'Test cookie',
      actions,
      body: html`<p id="test-cookie-status">Test cookie sent. Now follow the link: if the browser
        accepts cookies, it sends the test cookie back.</p>
        <p><a href="/test-cookie/check" id="check-link">Check whether cookies work</a></p>`,
      notes,
    });
  });

  router.get('/check', (req, res) => {
    const actions: Html[] = [];
    const sent = cookieWasSent(req, testCookieName);
    const value = plainCookie(req, testCookieName);
    let status: Html;
    if (!sent) {
      status = html`Cookies are disabled: the browser did not send the test cookie back (or this page was opened without the <a href="/test-cookie/">first one</a>).`;
    } else if (value === testCookieValue) {
      status = html`Cookies are enabled: the browser sent the test cookie back.`;
    } else {
      status = html`Cookies are enabled, but the test cookie came back altered (<code>${value ?? '(not plain text)'}</code> instead of <code>${testCookieValue}</code>).`;
    }
    if (sent) deleteCookieReported(res, actions, testCookieName, 'it has done its job');
    sendPage(req, res, {
      title: 'Test cookie result',
      actions,
      body: html`<p id="test-cookie-status" data-enabled="${sent ? 'yes' : 'no'}">${status}</p>
        <p><a href="/test-cookie/">Try again</a></p>`,
      notes,
    });
  });
  return router;
}
