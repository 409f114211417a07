import { type Request, type Response, Router } from 'express';
import { deleteCookieReported, flowCookie, setCookieReported } from './cookie-actions';
import { describeSeconds } from './cookie-rules';
import type { DemoConfig } from './demo-options';
import { type Html, html, sendPage } from './html-page';
import { cookieWasSent, plainCookie } from './received-cookies';
import { formatTimestamp, readTimestamp, secondsBetween } from './server-time';

/** The tutorial's `response.set_cookie('visits', ...)`: session cookies, so the browser's close resets the count. */
const counterCookie = flowCookie();

const notes: readonly Html[] = [
  html`The count lives in the browser: anyone can edit <code>visits</code> (try it with the extension). Counts that matter belong on the server, in a session.`,
  html`The server parses every cookie it reads and starts afresh when one is malformed, rather than trusting or crashing on it.`,
];

interface CounterCookies {
  visits?: number;
  lastVisit?: number;
  /** Messages about malformed cookies; any of them means a fresh start. */
  problems: string[];
}

function readCounterCookies(req: Request, now: number): CounterCookies {
  const result: CounterCookies = { problems: [] };
  if (cookieWasSent(req, 'visits')) {
    const text = plainCookie(req, 'visits');
    if (text !== undefined && /^\d{1,9}$/.test(text) && Number(text) >= 1) {
      result.visits = Number(text);
    } else {
      result.problems.push(
        `The visits cookie ${text === undefined ? '(not plain text)' : `"${text}"`} is not a positive whole number.`,
      );
    }
  }
  if (cookieWasSent(req, 'last_visit')) {
    const text = plainCookie(req, 'last_visit');
    const time = text === undefined ? undefined : readTimestamp(text, now);
    if (time?.ok) {
      result.lastVisit = time.value;
    } else {
      result.problems.push(
        `The last_visit cookie is malformed: ${time?.error ?? 'not plain text'}.`,
      );
    }
  }
  return result;
}

function problemList(problems: readonly string[]): Html {
  return html`${
    problems.length > 0 &&
    html`<div id="cookie-problems" class="error">${problems.map((problem) => html`<p>${problem}</p>`)}<p>Starting afresh.</p></div>`
  }`;
}

function counterPage(config: DemoConfig) {
  return (req: Request, res: Response) => {
    const now = config.now();
    const interval = config.visitIntervalSeconds;
    const cookies = readCounterCookies(req, now);
    const actions: Html[] = [];
    let visits: number;
    let status: string;
    const setLastVisit = (why: string) =>
      setCookieReported(res, actions, 'last_visit', formatTimestamp(now), counterCookie, why);
    if (cookies.problems.length > 0) {
      visits = 1;
      status = 'A cookie was malformed: counting starts again at 1.';
      if (cookieWasSent(req, 'visits')) {
        deleteCookieReported(
          res,
          actions,
          'visits',
          'a counter cookie was malformed (fresh start)',
        );
      }
      setLastVisit('a counter cookie was malformed, so this visit starts the interval afresh');
    } else if (cookies.lastVisit === undefined) {
      // As the tutorial: the first visit sets last_visit only; visits appears when a visit counts.
      visits = cookies.visits ?? 1;
      status =
        cookies.visits === undefined
          ? 'First visit: welcome!'
          : 'No last_visit cookie: the interval starts now.';
      setLastVisit('there was no last visit on record, so this visit starts the interval');
    } else {
      const elapsed = secondsBetween(cookies.lastVisit, now);
      if (elapsed >= interval) {
        visits = (cookies.visits ?? 1) + 1;
        status = `Your last counted visit was ${elapsed} s ago: this visit counts.`;
        const why = `the last counted visit was ${elapsed} s ago, at least the interval of ${describeSeconds(interval)}`;
        setCookieReported(res, actions, 'visits', String(visits), counterCookie, why);
        setLastVisit(why);
      } else {
        visits = cookies.visits ?? 1;
        status = `Your last counted visit was ${elapsed} s ago, less than the interval of ${describeSeconds(interval)}: this visit does not count.`;
        actions.push(
          html`Set no cookie: the last counted visit was ${elapsed} s ago, less than the interval of ${describeSeconds(interval)}.`,
        );
      }
    }
    sendPage(req, res, {
      title: 'Visit counter',
      actions,
      body: html`<p>Like the classic tutorial: the count goes up at most once per
        ${describeSeconds(interval)}. The first visit sets only <code>last_visit</code>;
        <code>visits</code> appears when a later visit counts. Both are session cookies (the
        tutorial's <code>set_cookie</code> gives no expiry), so closing the browser resets the count.</p>
        ${problemList(cookies.problems)}
        <p id="visit-status">${status}</p>
        <p>Visits: <strong id="visits-count">${visits}</strong></p>
        <p><a href="/visits/about">About page</a> (reads the count without counting)</p>
        <form method="post" action="/visits/reset"><button>Reset the counter</button></form>`,
      notes,
    });
  };
}

export function visitCounterRoutes(config: DemoConfig): Router {
  const router = Router();
  router.get('/', counterPage(config));

  router.get('/about', (req, res) => {
    const cookies = readCounterCookies(req, config.now());
    const actions: Html[] = [];
    if (cookies.problems.length > 0) {
      deleteCookieReported(res, actions, 'visits', 'it or last_visit was malformed (fresh start)');
      deleteCookieReported(res, actions, 'last_visit', 'it or visits was malformed (fresh start)');
    }
    const visits = cookies.problems.length > 0 ? 0 : (cookies.visits ?? 0);
    const lastVisit =
      cookies.lastVisit === undefined ? 'never' : formatTimestamp(cookies.lastVisit);
    sendPage(req, res, {
      title: 'About',
      actions,
      body: html`${problemList(cookies.problems)}
        <p>Counted from your cookies: <strong id="visits-count">${visits}</strong> visit${visits === 1 ? '' : 's'}.</p>
        <p>Last counted visit: <span id="last-visit">${lastVisit}</span></p>
        <p><a href="/visits/">Back to the counter</a></p>`,
      notes,
    });
  });

  router.post('/reset', (req, res) => {
    const actions: Html[] = [];
    deleteCookieReported(res, actions, 'visits', 'you reset the counter');
    deleteCookieReported(res, actions, 'last_visit', 'you reset the counter');
    sendPage(req, res, {
      title: 'Counter reset',
      actions,
      body: html`<p>Visits: <strong id="visits-count">0</strong></p><p><a href="/visits/">Count again</a></p>`,
      notes,
    });
  });
  return router;
}
