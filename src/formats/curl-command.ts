import type { Cookie } from '../cookies/cookie';
import type { RequestContext } from '../cookies/is-sent';
import { directionControl } from '../cookies/isolate-bidi';
import { plural } from '../text/plural';
import { cookiePair, cookiesSentTo } from './cookie-header';

/**
 * POSIX shell single quoting: inside '...' nothing is special except the closing quote, which
 * is written as '\'' (end quote, escaped quote, reopen).
 */
export function shellQuote(text: string): string {
  return `'${text.replaceAll("'", "'\\''")}'`;
}

// Quoting keeps the shell from reading a value, but a command is pasted into a terminal, which
// acts on control characters before the shell sees them: Ctrl-C or ESC [201~ (end of bracketed
// paste) in a hostile value would cancel the line and run the rest as typed commands. C1 codes
// act as escapes in some terminals, tab triggers completion. A direction control (U+202E…)
// makes the command read in another order than the shell runs it (the "Trojan Source" trick).
// Such cookies are left out.
const unsafeInTerminal = new RegExp(
  `[\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029]|${directionControl.source}`,
);

/**
 * `curl -H 'Cookie: a=1; b=2' 'https://…'` with the cookies the request carries.
 *
 * Always a header, never `-b`: curl silently sends no cookie at all once a `-b` string passes
 * 4,096 bytes, and reads a `-b` argument without `=` as a file name. A header has neither limit
 * nor second meaning, and curl (7.83+) drops it on a redirect to another host, as it should.
 */
export function exportCurlCommand(cookies: readonly Cookie[], request: RequestContext): string {
  const sent = cookiesSentTo(cookies, request);
  const safe = sent.filter((c) => !unsafeInTerminal.test(c.name + c.value));
  const header = safe.map(cookiePair).join('; ');
  const parts = ['curl'];
  if (header !== '') parts.push('-H', shellQuote(`Cookie: ${header}`));
  parts.push(shellQuote(new URL(request.url).href));
  const left = sent.length - safe.length;
  // Part of the command (a shell comment), like the rest in English whatever the UI language.
  if (left > 0) parts.push(`# ${plural(left, 'cookie')} with control characters left out`);
  return parts.join(' ');
}
