/**
 * Input checks for cookies typed into the demo's forms. The browser rejects a bad cookie
 * silently, so the demo says why before sending anything (see docs/cookie-semantics.md,
 * "What the browser enforces"). Express's serializer would throw on some of these: checking
 * first turns a crash into a message.
 */

export type Checked<T> = { ok: true; value: T } | { ok: false; error: string };

const ok = <T>(value: T): Checked<T> => ({ ok: true, value });
const fail = <T>(error: string): Checked<T> => ({ ok: false, error });

export type SameSite = 'lax' | 'strict' | 'none';

/** How long the browser keeps the cookie: the session/persistent split. */
export type Expiry =
  | { kind: 'session' }
  | { kind: 'max-age'; seconds: number }
  | { kind: 'expires'; date: Date };

export interface CookieSettings {
  path: string;
  domain?: string;
  httpOnly: boolean;
  secure: boolean;
  sameSite?: SameSite;
  expiry: Expiry;
}

/** Chromium clamps any expiry to 400 days from now. */
export const maxBrowserLifetimeSeconds = 400 * 24 * 60 * 60;
/** Beyond ten years a typed max-age is surely a mistake (and far past the 400-day clamp). */
const maxAcceptedSeconds = 10 * 365 * 24 * 60 * 60;
/** The browser limit on the UTF-8 bytes of name + value. */
export const maxCookieBytes = 4096;

// RFC 6265 token characters: what a cookie name may contain (the same set express checks).
const tokenCharacter = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]$/;

function describeCharacter(char: string): string {
  const code = char.codePointAt(0) ?? 0;
  const unicode = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  if (char === ' ') return 'a space';
  if (code < 0x20 || code === 0x7f) return `the control character ${unicode}`;
  if (code > 0x7e) return `the non-ASCII character "${char}" (${unicode})`;
  return `"${char}"`;
}

export function checkCookieName(name: string): Checked<string> {
  if (name === '') return fail('The cookie name is empty: give the cookie a name.');
  for (const char of name) {
    if (!tokenCharacter.test(char)) {
      return fail(
        `The cookie name contains ${describeCharacter(char)}, which a cookie name may not contain. ` +
          "Use letters, digits and ! # $ % & ' * + - . ^ _ ` | ~ only.",
      );
    }
  }
  if (name.length > maxCookieBytes) {
    return fail(`The cookie name is ${name.length} bytes long: the browser limit is 4096.`);
  }
  return ok(name);
}

/** Values are sent URL-encoded (express does it), so any text fits; only the length is bounded. */
export function checkCookieValue(value: string): Checked<string> {
  if (value.length > 3 * maxCookieBytes) {
    return fail(`The value is ${value.length} characters long: the demo accepts at most 12288.`);
  }
  return ok(value);
}

export function checkMaxAge(text: string): Checked<number> {
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed)) {
    return fail(`Max-age "${text}" is not a whole number of seconds (like 3600).`);
  }
  const seconds = Number(trimmed);
  if (seconds === 0) {
    return fail('Max-age 0 would delete the cookie at once: use the delete form for that.');
  }
  if (seconds > maxAcceptedSeconds) {
    return fail(
      `Max-age ${seconds} is more than ten years; browsers keep cookies 400 days at most.`,
    );
  }
  return ok(seconds);
}

// YYYY-MM-DD, optionally THH:MM[:SS[.mmm]], optionally Z or ±HH:MM (the datetime-local input
// sends YYYY-MM-DDTHH:MM). Date.parse alone is too lenient: it takes "2025-02-30" as 2 March.
const isoDate =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?)?(Z|[+-]\d{2}:\d{2})?$/;

/** An absolute expiry date; without a time zone it is read as UTC (the form says so). */
export function checkExpiryDate(text: string, now: number): Checked<Date> {
  const trimmed = text.trim();
  const match = isoDate.exec(trimmed);
  if (!match) {
    return fail(
      `Expiry date "${text}" is not a date like 2030-01-31 or 2030-01-31T12:00 (UTC) or 2030-01-31T12:00:00+02:00.`,
    );
  }
  const [, year, month, day, hour = '00', minute = '00', second = '00', millis, zone] = match;
  const [y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0] = [year, month, day, hour, minute, second].map(
    Number,
  );
  const check = new Date(Date.UTC(y, mo - 1, d, h, mi, s));
  if (
    check.getUTCFullYear() !== y ||
    check.getUTCMonth() !== mo - 1 ||
    check.getUTCDate() !== d ||
    h > 23 ||
    mi > 59 ||
    s > 59
  ) {
    return fail(`Expiry date "${text}" does not exist in the calendar.`);
  }
  const fraction = millis === undefined ? '' : `.${millis}`;
  const time = Date.parse(
    `${year}-${month}-${day}T${hour}:${minute}:${second}${fraction}${zone ?? 'Z'}`,
  );
  if (Number.isNaN(time)) return fail(`Expiry date "${text}" could not be read.`);
  if (time <= now) {
    return fail(
      `Expiry date "${text}" is in the past: the browser would delete the cookie instead of keeping it. Use the delete form for that.`,
    );
  }
  if (time - now > maxAcceptedSeconds * 1000) {
    return fail(`Expiry date "${text}" is more than ten years ahead.`);
  }
  return ok(new Date(time));
}

export function checkPath(text: string): Checked<string> {
  const path = text.trim() === '' ? '/' : text.trim();
  if (!path.startsWith('/')) return fail(`Path "${text}" must start with "/".`);
  if (path.length > 1024)
    return fail('The path is longer than 1024 characters, the browser limit.');
  // The set the serializer (cookie 0.7) accepts: printable ASCII without ";" and "<".
  for (const char of path) {
    if (char === ';' || char === '<' || !/^[\u0020-\u007e]$/.test(char)) {
      return fail(`Path "${text}" contains ${describeCharacter(char)}; percent-encode it.`);
    }
  }
  return ok(path);
}

const hostLabel = '[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?';
const domainPattern = new RegExp(`^\\.?${hostLabel}(?:\\.${hostLabel})*$`, 'i');

/** Empty means a host-only cookie (no Domain attribute). */
export function checkDomain(text: string): Checked<string | undefined> {
  const domain = text.trim();
  if (domain === '') return ok(undefined);
  if (domain.length > 253 || !domainPattern.test(domain)) {
    return fail(
      `Domain "${text}" is not a host name like example.test (ASCII, punycode for others).`,
    );
  }
  return ok(domain.toLowerCase());
}

export function checkSameSite(text: string): Checked<SameSite | undefined> {
  const value = text.trim().toLowerCase();
  if (value === '') return ok(undefined);
  if (value === 'lax' || value === 'strict' || value === 'none') return ok(value);
  return fail(`SameSite "${text}" must be Lax, Strict, None or left unset.`);
}

export interface CookieSettingsInput {
  expiry?: string;
  maxAge?: string;
  expires?: string;
  path?: string;
  domain?: string;
  httpOnly: boolean;
  secure: boolean;
  sameSite?: string;
}

/** Reads the option fields of the set/update forms; the first problem found is reported. */
export function checkCookieSettings(
  input: CookieSettingsInput,
  now: number,
): Checked<CookieSettings> {
  let expiry: Expiry;
  switch (input.expiry ?? 'session') {
    case 'session':
      expiry = { kind: 'session' };
      break;
    case 'max-age': {
      const seconds = checkMaxAge(input.maxAge ?? '');
      if (!seconds.ok) return seconds;
      expiry = { kind: 'max-age', seconds: seconds.value };
      break;
    }
    case 'expires': {
      const date = checkExpiryDate(input.expires ?? '', now);
      if (!date.ok) return date;
      expiry = { kind: 'expires', date: date.value };
      break;
    }
    default:
      return fail('Choose an expiry: none (session cookie), a max-age or an expiry date.');
  }
  const path = checkPath(input.path ?? '/');
  if (!path.ok) return path;
  const domain = checkDomain(input.domain ?? '');
  if (!domain.ok) return domain;
  const sameSite = checkSameSite(input.sameSite ?? '');
  if (!sameSite.ok) return sameSite;
  const settings: CookieSettings = {
    path: path.value,
    httpOnly: input.httpOnly,
    secure: input.secure,
    expiry,
  };
  if (domain.value !== undefined) settings.domain = domain.value;
  if (sameSite.value !== undefined) settings.sameSite = sameSite.value;
  return ok(settings);
}

function domainMatches(host: string, domain: string): boolean {
  const bare = domain.replace(/^\./, '');
  return host === bare || host.endsWith(`.${bare}`);
}

export interface RequestContext {
  secure: boolean;
  hostname: string;
  now: number;
}

/**
 * What the browser will do that the user may not expect. These are warnings, not errors: the
 * demo sends the cookie anyway so the extension can show that the browser dropped it.
 */
export function cookieWarnings(
  name: string,
  encodedValue: string,
  settings: CookieSettings,
  context: RequestContext,
): string[] {
  const warnings: string[] = [];
  const bytes = Buffer.byteLength(name + encodedValue);
  if (bytes > maxCookieBytes) {
    warnings.push(
      `Name and value take ${bytes} bytes (as sent): over the 4096-byte limit, so the browser will drop this cookie.`,
    );
  }
  const loopback = ['localhost', '127.0.0.1', '[::1]', '::1'].includes(context.hostname);
  if (settings.secure && !context.secure && !loopback) {
    warnings.push(
      'Secure over plain http: browsers ignore a Secure cookie set by an http page (localhost excepted).',
    );
  }
  if (settings.sameSite === 'none' && !settings.secure) {
    warnings.push('SameSite=None without Secure: browsers reject this cookie.');
  }
  const lower = name.toLowerCase();
  if (lower.startsWith('__secure-') && !(settings.secure && (context.secure || loopback))) {
    warnings.push('A __Secure- name needs Secure and an https page: the browser will refuse it.');
  }
  if (
    lower.startsWith('__host-') &&
    !(settings.secure && settings.path === '/' && settings.domain === undefined)
  ) {
    warnings.push('A __Host- name needs Secure, Path=/ and no Domain: the browser will refuse it.');
  }
  if (settings.domain !== undefined && !domainMatches(context.hostname, settings.domain)) {
    warnings.push(
      `Domain ${settings.domain} does not contain this page's host ${context.hostname}: the browser will refuse it.`,
    );
  }
  const lifetime =
    settings.expiry.kind === 'max-age'
      ? settings.expiry.seconds
      : settings.expiry.kind === 'expires'
        ? (settings.expiry.date.getTime() - context.now) / 1000
        : 0;
  if (lifetime > maxBrowserLifetimeSeconds) {
    warnings.push('That is more than 400 days ahead: Chromium shortens it to 400 days.');
  }
  return warnings;
}

/** "86400 s (1 day)": raw seconds plus a readable size. */
export function describeSeconds(seconds: number): string {
  const units: ReadonlyArray<readonly [number, string]> = [
    [7 * 86400, 'week'],
    [86400, 'day'],
    [3600, 'hour'],
    [60, 'minute'],
  ];
  for (const [size, unit] of units) {
    if (seconds >= size && seconds % size === 0) {
      const count = seconds / size;
      return `${seconds} s (${count} ${unit}${count === 1 ? '' : 's'})`;
    }
  }
  return `${seconds} s`;
}
