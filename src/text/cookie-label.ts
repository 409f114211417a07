import type { Cookie } from '../cookies/cookie';
import { isolateBidi } from '../cookies/isolate-bidi';
import { t } from '../i18n/t';

/** A cookie's name as the user reads it: an empty name (allowed by browsers) is said. */
export function shownName(name: string): string {
  return name === '' ? t('cookie_noName') : name;
}

/**
 * `"sid" (a.test/app)`: how every message and label names one cookie. Name and place are
 * bidi-isolated: a U+202E in a name must not reverse the words around it.
 */
export function cookieLabel(cookie: Pick<Cookie, 'name' | 'domain' | 'path'>): string {
  return `"${isolateBidi(shownName(cookie.name))}" (${isolateBidi(`${cookie.domain}${cookie.path}`)})`;
}
