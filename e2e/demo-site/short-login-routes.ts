import { type Request, type Response, Router } from 'express';
import { deleteCookieReported, flowCookie, setCookieReported } from './cookie-actions';
import type { DemoConfig } from './demo-options';
import { type Html, html, sendPage } from './html-page';
import { cookieWasSent, plainCookie } from './received-cookies';
import { formField } from './request-input';
import { formatTimestamp, readTimestamp, secondsBetween } from './server-time';

const notes: readonly Html[] = [
  html`This is how the classic tutorial "logs in": a user name in a cookie. Anyone can type any name into that cookie, so never trust it for access; a real login keeps the user in a server-side session.`,
  html`Never put a password in a cookie, not even a hashed one.`,
  html`The short window is enforced by the server from <code>last_connection</code>, not by the cookies' expiry: both are session cookies.`,
];

type LoginState =
  | { kind: 'logged-in'; username: string; ageSeconds: number }
  | { kind: 'expired'; username: string; ageSeconds: number }
  | { kind: 'logged-out' }
  | { kind: 'malformed'; problem: string };

function readLogin(req: Request, config: DemoConfig, now: number): LoginState {
  const hasUser = cookieWasSent(req, 'username');
  const hasTime = cookieWasSent(req, 'last_connection');
  if (!hasUser && !hasTime) return { kind: 'logged-out' };
  const username = plainCookie(req, 'username');
  const timeText = plainCookie(req, 'last_connection');
  if (username === undefined || username === '' || timeText === undefined) {
    return {
      kind: 'malformed',
      problem:
        hasUser && hasTime
          ? 'The login cookies are not plain text.'
          : 'Only one of username and last_connection arrived.',
    };
  }
  const time = readTimestamp(timeText, now);
  if (!time.ok)
    return {
      kind: 'malformed',
      problem: `The last_connection cookie is malformed: ${time.error}.`,
    };
  const ageSeconds = secondsBetween(time.value, now);
  return ageSeconds < config.loginSeconds
    ? { kind: 'logged-in', username, ageSeconds }
    : { kind: 'expired', username, ageSeconds };
}

const loginForm = html`<form method="post" action="/login/" id="login-form">
    <label>User name <input name="username" required maxlength="64"></label>
    <button>Log in</button>
  </form>`;

function loggedInBody(username: string, ageSeconds: number, config: DemoConfig): Html {
  const remaining = config.loginSeconds - ageSeconds;
  return html`<p id="login-status">Logged in as <strong id="login-username">${username}</strong></p>
    <p>Connected ${ageSeconds} s ago; the login lasts ${config.loginSeconds} s, so
      <span id="login-remaining">${remaining}</span> s remain. Reload to watch it run out.</p>
    <form method="post" action="/login/logout"><button>Log out</button></form>`;
}

function connectionPage(config: DemoConfig) {
  return (req: Request, res: Response) => {
    const now = config.now();
    const state = readLogin(req, config, now);
    const actions: Html[] = [];
    let body: Html;
    switch (state.kind) {
      case 'logged-in':
        body = loggedInBody(state.username, state.ageSeconds, config);
        break;
      case 'expired':
        body = html`<p id="login-status">Not logged in: the login of <code>${state.username}</code>
          is ${state.ageSeconds} s old, ${config.loginSeconds} s at most.</p>${loginForm}`;
        break;
      case 'logged-out':
        body = html`<p id="login-status">Not logged in.</p>${loginForm}`;
        break;
      case 'malformed':
        deleteCookieReported(
          res,
          actions,
          'username',
          'the login cookies were malformed (fresh start)',
        );
        deleteCookieReported(
          res,
          actions,
          'last_connection',
          'the login cookies were malformed (fresh start)',
        );
        body = html`<p class="error" id="cookie-problems">${state.problem} Starting afresh.</p>
          <p id="login-status">Not logged in.</p>${loginForm}`;
        break;
    }
    sendPage(req, res, { title: 'Short login', actions, body, notes });
  };
}

export function shortLoginRoutes(config: DemoConfig): Router {
  const router = Router();
  router.get('/', connectionPage(config));

  router.post('/', (req, res) => {
    const username = (formField(req, 'username') ?? '').trim();
    // A loop rather than a regex: Biome forbids control characters in regex literals.
    const hasControl = [...username].some(
      (char) => (char.codePointAt(0) ?? 0) < 0x20 || char === '\u007f',
    );
    if (username === '' || username.length > 64 || hasControl) {
      return sendPage(
        req,
        res,
        {
          title: 'Short login',
          actions: [html`Set no cookie: the user name was refused.`],
          body: html`<p class="error" id="form-error">A user name is 1 to 64 characters without control characters.</p>
            <p id="login-status">Not logged in.</p>${loginForm}`,
          notes,
        },
        400,
      );
    }
    const now = config.now();
    const actions: Html[] = [];
    const why = `you logged in; the server treats you as logged in for ${config.loginSeconds} s after last_connection`;
    setCookieReported(res, actions, 'username', username, flowCookie(), why);
    setCookieReported(res, actions, 'last_connection', formatTimestamp(now), flowCookie(), why);
    sendPage(req, res, {
      title: 'Short login',
      actions,
      body: loggedInBody(username, 0, config),
      notes,
    });
  });

  router.post('/logout', (req, res) => {
    const actions: Html[] = [];
    deleteCookieReported(res, actions, 'username', 'you logged out');
    deleteCookieReported(res, actions, 'last_connection', 'you logged out');
    sendPage(req, res, {
      title: 'Logged out',
      actions,
      body: html`<p id="login-status">Not logged in.</p>${loginForm}`,
      notes,
    });
  });
  return router;
}
