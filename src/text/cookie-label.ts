import type { Cookie } from '../cookies/cookie';

/** A cookie's name as the user reads it: an empty name (allowed by browsers) is said. */
export function shownName(name: string): string {
  return name === '' ? '(no name)' : name;
}

/** `"sid" (a.test/app)`: how every message and label names one cookie. */
export function cookieLabel(cookie: Pick<Cookie, 'name' | 'domain' | 'path'>): string {
  return `"${shownName(cookie.name)}" (${cookie.domain}${cookie.path})`;
}
