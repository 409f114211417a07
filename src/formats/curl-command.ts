import type { Cookie } from '../cookies/cookie';
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
// act as escapes in some terminals, tab triggers completion. Such cookies are left out.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching them is the point
const unsafeInTerminal = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

/** `curl -b 'a=1; b=2' 'https://…'` with the cookies a request to `url` carries. */
export function exportCurlCommand(cookies: readonly Cookie[], url: URL): string {
  const sent = cookiesSentTo(cookies, url);
  const safe = sent.filter((c) => !unsafeInTerminal.test(c.name + c.value));
  const header = safe.map(cookiePair).join('; ');
  const parts = ['curl'];
  // curl reads a -b argument without `=` as a file name to load cookies from, so a lone nameless
  // cookie goes out as a plain header instead.
  if (header.includes('=')) parts.push('-b', shellQuote(header));
  else if (header !== '') parts.push('-H', shellQuote(`Cookie: ${header}`));
  parts.push(shellQuote(url.href));
  const left = sent.length - safe.length;
  if (left > 0) parts.push(`# ${plural(left, 'cookie')} with control characters left out`);
  return parts.join(' ');
}
