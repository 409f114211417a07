/**
 * Test helpers for the demo site's HTTP tests: plain node http/https requests (no browser, no
 * cookie handling of their own), a Set-Cookie reader, and a throw-away site per suite.
 * The Set-Cookie reader is test code: it checks what the server sent, attribute by attribute.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import http from 'node:http';
import https from 'node:https';
import os from 'node:os';
import path from 'node:path';
import { type DemoSite, type DemoSiteOptions, startDemoSite } from './demo-server';

export interface SetCookie {
  name: string;
  value: string;
  /** Attribute names lowercased; flags (HttpOnly, Secure) map to true. */
  attributes: Map<string, string | true>;
  raw: string;
}

export interface DemoResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  setCookies: SetCookie[];
  body: string;
}

export function parseSetCookie(raw: string): SetCookie {
  const [pair = '', ...rest] = raw.split(';');
  const equals = pair.indexOf('=');
  const attributes = new Map<string, string | true>();
  for (const part of rest) {
    const index = part.indexOf('=');
    if (index === -1) attributes.set(part.trim().toLowerCase(), true);
    else attributes.set(part.slice(0, index).trim().toLowerCase(), part.slice(index + 1).trim());
  }
  return {
    name: pair.slice(0, equals).trim(),
    value: pair.slice(equals + 1).trim(),
    attributes,
    raw,
  };
}

export interface RequestOptions {
  method?: string;
  /** Sent as the Cookie header as is (values are not encoded). */
  cookies?: Record<string, string> | string;
  /** Sent urlencoded as a POST body; a string is sent as it is (e.g. with a repeated field). */
  form?: Record<string, string> | string;
  headers?: Record<string, string>;
  /**
   * Sends the CSRF token as a browser does: from a form page of the same site, the csrftoken
   * cookie and the form's csrfmiddlewaretoken field (replacing any csrftoken in `cookies`).
   */
  csrf?: boolean;
}

/** The csrftoken cookie and the token of the forms, from the cookie basics page. */
export async function csrfFromFormPage(
  siteUrl: string,
): Promise<{ cookie: string; token: string }> {
  const page = await request(new URL('/cookies/', siteUrl).href);
  const cookie = findSetCookie(page, 'csrftoken').value;
  const token = /name="csrfmiddlewaretoken" value="([^"]*)"/.exec(page.body)?.[1];
  if (token === undefined) throw new Error('the form page has no csrfmiddlewaretoken field');
  return { cookie, token };
}

function withoutCookie(header: string, name: string): string {
  return header
    .split(';')
    .map((pair) => pair.trim())
    .filter((pair) => pair !== '' && !pair.startsWith(`${name}=`))
    .join('; ');
}

export function cookieHeader(cookies: Record<string, string>): string {
  return Object.entries(cookies)
    .map(([name, value]) => `${name}=${value}`)
    .join('; ');
}

/** One request; https certificates are not checked (the demo's is self-signed). */
export async function request(url: string, options: RequestOptions = {}): Promise<DemoResponse> {
  if (options.csrf) {
    const { cookie, token } = await csrfFromFormPage(url);
    const given =
      options.cookies === undefined
        ? ''
        : typeof options.cookies === 'string'
          ? options.cookies
          : cookieHeader(options.cookies);
    const form =
      options.form === undefined
        ? ''
        : typeof options.form === 'string'
          ? options.form
          : new URLSearchParams(options.form).toString();
    const field = new URLSearchParams({ csrfmiddlewaretoken: token }).toString();
    return send(url, {
      ...options,
      cookies: [withoutCookie(given, 'csrftoken'), `csrftoken=${cookie}`]
        .filter((part) => part !== '')
        .join('; '),
      form: form === '' ? field : `${form}&${field}`,
    });
  }
  return send(url, options);
}

function send(url: string, options: RequestOptions): Promise<DemoResponse> {
  const target = new URL(url);
  const body =
    options.form === undefined || typeof options.form === 'string'
      ? options.form
      : new URLSearchParams(options.form).toString();
  const headers: Record<string, string> = { ...options.headers };
  if (options.cookies !== undefined) {
    headers.cookie =
      typeof options.cookies === 'string' ? options.cookies : cookieHeader(options.cookies);
  }
  if (body !== undefined) {
    headers['content-type'] = 'application/x-www-form-urlencoded';
    headers['content-length'] = String(Buffer.byteLength(body));
  }
  const method = options.method ?? (body === undefined ? 'GET' : 'POST');
  const open = target.protocol === 'https:' ? https.request : http.request;
  return new Promise((resolve, reject) => {
    const req = open(
      target,
      { method, headers, agent: false, rejectUnauthorized: false },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            setCookies: (res.headers['set-cookie'] ?? []).map(parseSetCookie),
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/**
 * Every Set-Cookie of the response but `csrftoken`, which each page with a form renews as
 * Django's does (csrf.test.ts checks it): what the flow itself set.
 */
export function flowSetCookies(response: DemoResponse): SetCookie[] {
  return response.setCookies.filter((cookie) => cookie.name !== 'csrftoken');
}

export function findSetCookie(response: DemoResponse, name: string): SetCookie {
  const found = response.setCookies.filter((cookie) => cookie.name === name);
  if (found.length !== 1) {
    throw new Error(
      `expected one Set-Cookie for ${name}, got ${found.length}: ${response.setCookies.map((c) => c.raw).join(' | ')}`,
    );
  }
  return found[0] as SetCookie;
}

const entities: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
};

/** The text of the element with this id (tags stripped, entities decoded), or undefined. */
export function textById(body: string, id: string): string | undefined {
  const open = new RegExp(`<([a-z0-9]+)\\b[^>]*\\bid="${id}"[^>]*>`, 'i').exec(body);
  if (!open) return undefined;
  const tag = open[1] ?? '';
  const start = open.index + open[0].length;
  // Find the matching close tag, counting nested elements of the same name.
  const pattern = new RegExp(`<(/?)${tag}\\b[^>]*>`, 'gi');
  pattern.lastIndex = start;
  let depth = 1;
  let end = body.length;
  for (let match = pattern.exec(body); match; match = pattern.exec(body)) {
    depth += match[1] === '/' ? -1 : 1;
    if (depth === 0) {
      end = match.index;
      break;
    }
  }
  return body
    .slice(start, end)
    .replace(/<[^>]*>/g, '')
    .replace(/&(amp|lt|gt|quot|#39);/g, (entity) => entities[entity] ?? entity)
    .replace(/\s+/g, ' ')
    .trim();
}

/** The value of an attribute on the element with this id. */
export function attributeById(body: string, id: string, attribute: string): string | undefined {
  const open = new RegExp(`<[a-z0-9]+\\b[^>]*\\bid="${id}"[^>]*>`, 'i').exec(body);
  if (!open) return undefined;
  return new RegExp(`\\b${attribute}="([^"]*)"`).exec(open[0])?.[1];
}

/** A clock the tests move by hand (the site's `now` option). */
export class TestClock {
  time = Date.parse('2030-06-01T12:00:00.000Z');
  readonly now = () => this.time;
  advance(seconds: number): void {
    this.time += seconds * 1000;
  }
}

export interface TestSite extends DemoSite {
  dataDir: string;
  /** Closes the site and deletes its data directory. */
  dispose(): Promise<void>;
}

/** A site on free ports with its own temporary data directory. */
export async function startTestSite(
  options: DemoSiteOptions = {},
  dataDir?: string,
): Promise<TestSite> {
  const dir = dataDir ?? (await mkdtemp(path.join(os.tmpdir(), 'demo-site-test-')));
  let site: DemoSite;
  try {
    site = await startDemoSite({ httpPort: 0, httpsPort: 0, dataDir: dir, ...options });
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
  return {
    ...site,
    dataDir: dir,
    async dispose() {
      await site.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Just enough of a browser's cookie store for the session tests: one value per name, paths and
 * domains ignored, expired Set-Cookies delete.
 */
export class CookieJar {
  readonly cookies = new Map<string, string>();

  update(response: DemoResponse): void {
    for (const cookie of response.setCookies) {
      const expires = cookie.attributes.get('expires');
      const maxAge = cookie.attributes.get('max-age');
      const expired =
        (typeof expires === 'string' && Date.parse(expires) <= Date.now()) ||
        (typeof maxAge === 'string' && Number(maxAge) <= 0);
      if (expired) this.cookies.delete(cookie.name);
      else this.cookies.set(cookie.name, cookie.value);
    }
  }

  header(): string {
    return cookieHeader(Object.fromEntries(this.cookies));
  }

  copy(): CookieJar {
    const jar = new CookieJar();
    for (const [name, value] of this.cookies) jar.cookies.set(name, value);
    return jar;
  }
}
