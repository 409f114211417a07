import { utf8Length } from '../text/utf8-length';
import type { Cookie } from './cookie';

/** Bytes of name + value in UTF-8: what the browser's 4,096-byte limit counts. */
export function cookieSize(cookie: Pick<Cookie, 'name' | 'value'>): number {
  return utf8Length(cookie.name) + utf8Length(cookie.value);
}
