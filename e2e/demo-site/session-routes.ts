import { type Request, type Response, Router } from 'express';
import { describeSeconds } from './cookie-rules';
import type { DemoConfig } from './demo-options';
import { type Html, html, sendPage, shortened } from './html-page';
import { formField, queryField } from './request-input';
import { type DemoSession, isUsableKey, type SessionBackend } from './session-stores';

const maxValueLength = 1000;

function checkKey(
  key: string | undefined,
): { ok: true; key: string } | { ok: false; error: string } {
  if (key === undefined || !/^[A-Za-z0-9_.:-]{1,64}$/.test(key) || !isUsableKey(key)) {
    return {
      ok: false,
      error: `The key ${key === undefined ? '(missing)' : `"${key}"`} is not 1 to 64 letters, digits or _ . : -`,
    };
  }
  return { ok: true, key };
}

function checkValue(
  value: string | undefined,
): { ok: true; value: string } | { ok: false; error: string } {
  if (value === undefined || value.length > maxValueLength) {
    return { ok: false, error: `A value is text of at most ${maxValueLength} characters.` };
  }
  return { ok: true, value };
}

function notesFor(backend: SessionBackend): Html[] {
  const notes = [
    html`Only an identifier travels in the cookie; the data stays on the server where the user cannot read or change it. This is where things like a cart or a user id belong, never in plain cookies.`,
    html`Flush at login and logout, so an id seen before login is worthless after it (session fixation).`,
    html`As in Django, a request that carries a session cookie but leaves the session empty (flushed, cleared, or an id the server does not know) gets the cookie deleted; a new id comes with the next data.`,
  ];
  if (backend.kind === 'cookie') {
    notes.push(
      html`With the signed-cookie backend the data is in the cookie: readable by the user (base64 is not encryption), limited to 4 KB, and a flushed or old cookie cannot be revoked: a saved copy still works (replay). Django's documentation gives the same warning.`,
    );
  }
  return notes;
}

function cookieKindSection(config: DemoConfig, backend: SessionBackend): Html {
  const age = describeSeconds(config.sessionCookieAgeSeconds);
  if (config.sessionExpireAtBrowserClose) {
    const serverSide =
      backend.kind === 'cookie'
        ? 'There is no server copy to expire.'
        : `The server still forgets the data ${age} after its last use.`;
    return html`<p>Session cookie <code>${backend.cookieName}</code>: <strong id="cookie-kind">session cookie</strong>
      (expire at browser close is on, like Django's SESSION_EXPIRE_AT_BROWSER_CLOSE: no Expires). ${serverSide}</p>`;
  }
  return html`<p>Session cookie <code>${backend.cookieName}</code>: <strong id="cookie-kind">persistent cookie</strong>
    (Expires ${age} after it was last sent, like Django's SESSION_COOKIE_AGE).</p>`;
}

function forms(): Html {
  const keyInput = html`<label>Key <input name="key" required maxlength="64" pattern="[A-Za-z0-9_.:\\-]{1,64}"></label>`;
  return html`<h2>Change the session</h2>
  <form method="post" action="/sessions/set" id="session-set-form">${keyInput}
    <label>Value <input name="value" maxlength="${maxValueLength}"></label><button>Set</button></form>
  <form method="get" action="/sessions/get" id="session-get-form">${keyInput}<button>Get</button></form>
  <form method="post" action="/sessions/delete" id="session-delete-form">${keyInput}<button>Delete</button></form>
  <form method="post" action="/sessions/setdefault" id="session-setdefault-form">${keyInput}
    <label>Default <input name="value" maxlength="${maxValueLength}"></label><button>Set default</button></form>
  <form method="post" action="/sessions/clear" id="session-clear-form"><button>Clear (remove every key)</button></form>
  <form method="post" action="/sessions/flush" id="session-flush-form"><button>Flush (remove the data and the session)</button></form>
  <p><a href="/sessions/keys">Keys</a> · <a href="/sessions/items">Items</a></p>`;
}

interface SessionPage {
  title: string;
  actions: Html[];
  result?: Html;
  status?: number;
}

export function sessionRoutes(config: DemoConfig, backend: SessionBackend): Router {
  const router = Router();
  router.use(...backend.middleware);

  const render = async (req: Request, res: Response, session: DemoSession, page: SessionPage) => {
    const deleted = await backend.finish(req, res, session);
    if (deleted) {
      page.actions.push(
        html`Deleted the session cookie: this request carried one but leaves the session empty, so there is nothing to keep (Django's SessionMiddleware does the same).`,
      );
    }
    const items = session.items();
    const rows = items.map(
      ([key, value]) =>
        html`<tr data-key="${key}"><td><code>${key}</code></td><td><code>${shortened(value)}</code></td></tr>`,
    );
    const problems = session.problems;
    sendPage(
      req,
      res,
      {
        title: page.title,
        actions: page.actions,
        body: html`<p>Storage backend: <strong id="session-backend">${backend.kind}</strong>: the data is kept ${backend.description}.</p>
          <p>Session id: <code id="session-id">${deleted ? 'none' : session.id}</code>
            <span id="session-state">${deleted ? '(no session: its cookie was deleted)' : session.isNew ? '(new with this request)' : '(existing)'}</span></p>
          ${cookieKindSection(config, backend)}
          <p id="express-specific">${
            backend.kind === 'cookie'
              ? "Express-specific on purpose: cookie-session keeps the data in base64 JSON signed by a second cookie (sessiondata.sig), where Django's signed_cookies engine puts data, timestamp and signature in the one cookie."
              : 'Express-specific on purpose: express-session sends the id signed (s:id.signature) with Expires but no Max-Age, where Django sends a bare 32-character key with both.'
          }</p>
          ${problems.length > 0 && html`<div id="session-problems" class="error">${problems.map((problem) => html`<p>${problem}</p>`)}<p>The server ignores it and starts from an empty session.</p></div>`}
          ${page.result !== undefined && html`<div id="session-result">${page.result}</div>`}
          <h2>Items (${items.length})</h2>
          <table id="session-items"><thead><tr><th>Key</th><th>Value</th></tr></thead>
          <tbody>${rows.length > 0 ? rows : html`<tr><td colspan="2">The session is empty.</td></tr>`}</tbody></table>
          ${forms()}`,
        notes: notesFor(backend),
      },
      page.status,
    );
  };

  /** Opens the session and records a fresh start, which every page reports first. */
  const open = (req: Request): { session: DemoSession; actions: Html[] } => {
    const session = backend.open(req);
    const actions =
      session.problems.length > 0
        ? [
            html`Ignored the session cookie, which could not be used (see below): this request starts from an empty session.`,
          ]
        : [];
    return { session, actions };
  };

  const refuse = (req: Request, res: Response, title: string, error: string) => {
    const { session, actions } = open(req);
    actions.push(html`Changed nothing in the session: the input was refused.`);
    return render(req, res, session, {
      title,
      actions,
      result: html`<p class="error" id="form-error">${error}</p>`,
      status: 400,
    });
  };

  router.get('/', (req, res) => {
    const { session, actions } = open(req);
    return render(req, res, session, { title: 'Sessions', actions });
  });

  router.post('/set', (req, res) => {
    const key = checkKey(formField(req, 'key'));
    if (!key.ok) return refuse(req, res, 'Session: set', key.error);
    const value = checkValue(formField(req, 'value') ?? '');
    if (!value.ok) return refuse(req, res, 'Session: set', value.error);
    const { session, actions } = open(req);
    const wasNew = session.keys().length === 0;
    session.set(key.key, value.value);
    actions.push(
      html`Stored <code>${key.key}</code> = <code>${shortened(value.value)}</code> in the session ${backend.description}.`,
    );
    if (wasNew)
      actions.push(html`The session got its first data, so its cookie was sent with a new id.`);
    return render(req, res, session, {
      title: 'Session: set',
      actions,
      result: html`<p>Set <code>${key.key}</code>.</p>`,
    });
  });

  router.get('/get', (req, res) => {
    const key = checkKey(queryField(req, 'key'));
    if (!key.ok) return refuse(req, res, 'Session: get', key.error);
    const { session, actions } = open(req);
    const value = session.get(key.key);
    return render(req, res, session, {
      title: 'Session: get',
      actions,
      result:
        value === undefined
          ? html`<p id="session-value" data-found="no">No key <code>${key.key}</code> in the session.</p>`
          : html`<p>Value of <code>${key.key}</code>: <code id="session-value" data-found="yes">${value}</code></p>`,
    });
  });

  router.post('/delete', (req, res) => {
    const key = checkKey(formField(req, 'key'));
    if (!key.ok) return refuse(req, res, 'Session: delete', key.error);
    const { session, actions } = open(req);
    const deleted = session.delete(key.key);
    if (deleted) actions.push(html`Deleted the key <code>${key.key}</code> from the session.`);
    return render(req, res, session, {
      title: 'Session: delete',
      actions,
      result: deleted
        ? html`<p>Deleted <code>${key.key}</code>.</p>`
        : html`<p class="error">No key <code>${key.key}</code>: nothing deleted (Django raises KeyError here).</p>`,
    });
  });

  router.get('/keys', (req, res) => {
    const { session, actions } = open(req);
    const keys = session.keys();
    return render(req, res, session, {
      title: 'Session: keys',
      actions,
      result: html`<ul id="session-keys">${keys.length > 0 ? keys.map((key) => html`<li>${key}</li>`) : html`<li>(none)</li>`}</ul>`,
    });
  });

  router.get('/items', (req, res) => {
    const { session, actions } = open(req);
    return render(req, res, session, {
      title: 'Session: items',
      actions,
      result: html`<p>${session.items().length} item(s), listed in the table below.</p>`,
    });
  });

  router.post('/setdefault', (req, res) => {
    const key = checkKey(formField(req, 'key'));
    if (!key.ok) return refuse(req, res, 'Session: set default', key.error);
    const value = checkValue(formField(req, 'value') ?? '');
    if (!value.ok) return refuse(req, res, 'Session: set default', value.error);
    const { session, actions } = open(req);
    const existed = session.get(key.key) !== undefined;
    const result = session.setDefault(key.key, value.value);
    actions.push(
      existed
        ? html`Changed nothing: <code>${key.key}</code> already had a value, which setdefault returns.`
        : html`Stored the default <code>${key.key}</code> = <code>${shortened(value.value)}</code>: the key was missing.`,
    );
    return render(req, res, session, {
      title: 'Session: set default',
      actions,
      result: html`<p>setdefault returned <code id="session-value" data-existed="${existed ? 'yes' : 'no'}">${result}</code></p>`,
    });
  });

  router.post('/clear', (req, res) => {
    const { session, actions } = open(req);
    const count = session.keys().length;
    session.clear();
    actions.push(html`Removed all ${count} key(s); the session and its id stay.`);
    return render(req, res, session, {
      title: 'Session: clear',
      actions,
      result: html`<p>Cleared: the session id is unchanged.</p>`,
    });
  });

  router.post('/flush', async (req, res) => {
    const { session, actions } = open(req);
    const oldId = session.id;
    await session.flush();
    actions.push(
      backend.kind === 'cookie'
        ? html`Emptied the session. A saved copy of the old cookie would still be accepted: nothing on the server remembers it.`
        : html`Deleted the session ${shortened(oldId, 12)} from the store: its id is worthless now, and a new one comes with the next data.`,
    );
    return render(req, res, session, {
      title: 'Session: flush',
      actions,
      result: html`<p>Flushed. Old id: <code id="old-session-id">${oldId}</code></p>`,
    });
  });

  return router;
}
