import type { CookieOptions, Response } from 'express';
import { type CookieSettings, describeSeconds, type Expiry } from './cookie-rules';
import { type Html, html, shortened } from './html-page';

/** What `#cookie-kind` shows: the session/persistent split the extension must get right. */
export type CookieKind = 'session cookie' | 'persistent cookie' | 'deleted (expired in the past)';

export function cookieKindOf(expiry: Expiry): CookieKind {
  return expiry.kind === 'session' ? 'session cookie' : 'persistent cookie';
}

function expiryAttributes(expiry: Expiry): string[] {
  switch (expiry.kind) {
    case 'session':
      return ['no Max-Age or Expires'];
    case 'max-age':
      return [`Max-Age ${describeSeconds(expiry.seconds)}`];
    case 'expires':
      return [`Expires ${expiry.date.toUTCString()}`];
  }
}

/** The attributes as the page describes them, e.g. "Max-Age 60 s (1 minute), Path /, HttpOnly". */
export function describeAttributes(settings: CookieSettings): string {
  const parts = [...expiryAttributes(settings.expiry), `Path ${settings.path}`];
  parts.push(settings.domain === undefined ? 'host-only' : `Domain ${settings.domain}`);
  if (settings.httpOnly) parts.push('HttpOnly');
  if (settings.secure) parts.push('Secure');
  parts.push(settings.sameSite === undefined ? 'no SameSite' : `SameSite ${settings.sameSite}`);
  return parts.join(', ');
}

function expressOptions(settings: CookieSettings, signed: boolean): CookieOptions {
  const options: CookieOptions = {
    path: settings.path,
    httpOnly: settings.httpOnly,
    secure: settings.secure,
    signed,
  };
  if (settings.domain !== undefined) options.domain = settings.domain;
  if (settings.sameSite !== undefined) options.sameSite = settings.sameSite;
  // Express takes maxAge in milliseconds and writes both Max-Age and Expires.
  if (settings.expiry.kind === 'max-age') options.maxAge = settings.expiry.seconds * 1000;
  if (settings.expiry.kind === 'expires') options.expires = settings.expiry.date;
  return options;
}

/**
 * Settings of the demo's plain flow cookies: what Django's `response.set_cookie(name, value)`
 * writes with no arguments, which the tutorials use: Path=/ and nothing else (no HttpOnly, no
 * SameSite, no expiry unless given), so the extension shows the framework's real defaults.
 */
export function flowCookie(expiry: Expiry = { kind: 'session' }): CookieSettings {
  return { path: '/', httpOnly: false, secure: false, expiry };
}

/**
 * Sets a cookie and records, in words, what was set and why. Express URL-encodes the value;
 * when that changes it, the report shows the bytes actually sent too.
 */
export function setCookieReported(
  res: Response,
  actions: Html[],
  name: string,
  value: string,
  settings: CookieSettings,
  why: string,
  signed = false,
): void {
  res.cookie(name, value, expressOptions(settings, signed));
  const encoded = encodeURIComponent(value);
  const encodingNote =
    encoded !== value && !signed
      ? html` (sent URL-encoded as <code>${shortened(encoded)}</code>)`
      : '';
  const signedNote = signed ? ' signed with the server secret (s:value.signature)' : '';
  actions.push(
    html`Set <code>${name}=${shortened(value)}</code>${encodingNote}${signedNote} as a
      <strong>${cookieKindOf(settings.expiry)}</strong> (${describeAttributes(settings)}) because ${why}.`,
  );
}

/**
 * Deletes a cookie the only way a server can: the same name, domain and path again with an
 * Expires in the past (express writes 1 January 1970). The browser then drops its copy.
 */
export function deleteCookieReported(
  res: Response,
  actions: Html[],
  name: string,
  why: string,
  scope: { path?: string; domain?: string } = {},
): void {
  const path = scope.path ?? '/';
  const options: CookieOptions = { path };
  if (scope.domain !== undefined) options.domain = scope.domain;
  res.clearCookie(name, options);
  const where =
    scope.domain === undefined ? `Path ${path}` : `Path ${path}, Domain ${scope.domain}`;
  actions.push(
    html`Deleted <code>${name}</code>: sent it again empty with Expires in the past (1 January 1970, ${where}) because ${why}.`,
  );
}
