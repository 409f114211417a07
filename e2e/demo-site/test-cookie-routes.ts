import { Router } from 'express';
import { type Html, html, sendPage } from './html-page';
import type { SessionBackend } from './session-stores';

/** Django's TEST_COOKIE_NAME and TEST_COOKIE_VALUE: a key in the session, not a cookie of its own. */
const testKey = 'testcookie';
const testValue = 'worked';

const notes: readonly Html[] = [
  html`A server cannot ask the browser whether cookies are enabled: it stores something and looks for it on the next request. Django's <code>set_test_cookie()</code> stores <code>testcookie=worked</code> in the session, so the only cookie that travels is the session cookie.`,
  html`Delete the test value once it has answered (<code>delete_test_cookie()</code>). If it was the session's only content, the session is empty again and its cookie is deleted.`,
];

/** Django's set_test_cookie / test_cookie_worked / delete_test_cookie, on the demo's session. */
export function testCookieRoutes(backend: SessionBackend): Router {
  const router = Router();
  router.use(...backend.middleware);

  router.get('/', async (req, res) => {
    const actions: Html[] = [];
    const session = backend.open(req);
    session.set(testKey, testValue);
    actions.push(
      html`Stored <code>${testKey}</code> = <code>${testValue}</code> in the session (<code>set_test_cookie()</code>): the session cookie <code>${backend.cookieName}</code> carries it to the next page.`,
    );
    await backend.finish(req, res, session);
    sendPage(req, res, {
      title: 'Test cookie',
      actions,
      body: html`<p id="test-cookie-status">Test value stored in the session. Now follow the link:
        if the browser accepts cookies, it sends the session cookie back, and the session has it.</p>
        <p><a href="/test-cookie/check" id="check-link">Check whether cookies work</a></p>`,
      notes,
    });
  });

  router.get('/check', async (req, res) => {
    const actions: Html[] = [];
    const session = backend.open(req);
    const worked = session.get(testKey) === testValue;
    let status: Html;
    if (worked) {
      status = html`Cookies are enabled: the browser sent the session cookie back, and the session holds the test value (<code>test_cookie_worked()</code> is True).`;
      session.delete(testKey);
      actions.push(
        html`Deleted <code>${testKey}</code> from the session (<code>delete_test_cookie()</code>): it has done its job.`,
      );
    } else {
      status = html`Cookies are disabled: no session with the test value came back (or this page was opened without the <a href="/test-cookie/">first one</a>).`;
    }
    if (await backend.finish(req, res, session)) {
      actions.push(
        html`Deleted the session cookie: the session is empty now, so there is nothing to keep (Django's SessionMiddleware does the same).`,
      );
    }
    sendPage(req, res, {
      title: 'Test cookie result',
      actions,
      body: html`<p id="test-cookie-status" data-enabled="${worked ? 'yes' : 'no'}">${status}</p>
        <p><a href="/test-cookie/">Try again</a></p>`,
      notes,
    });
  });
  return router;
}
