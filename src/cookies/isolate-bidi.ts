// Cookie names and values are hostile and may hold bidirectional controls: a U+202E (right-to-
// left override) in a name reverses the text after it (the rest of "Deleted “name” from
// a.test" reads backwards), which can make one cookie pass for another. Every cookie-derived
// string is shown isolated: inside an element, by <CookieText> (src/ui/cookie-text.tsx);
// inside composed text (messages, labels, aria-label), by isolateBidi. Unicode UAX #9: an
// isolate ends every embedding and override opened inside it.

const firstStrongIsolate = '\u2068';
const popDirectionalIsolate = '\u2069';
const isolateInitiators = /[\u2066-\u2068]/;

/**
 * The text with its isolates balanced, so that it cannot end an isolate around it (a stray
 * PDI, dropped: it is invisible) nor keep one open past it (each unclosed LRI, RLI or FSI is
 * closed at the end).
 */
export function balanceIsolates(text: string): string {
  if (!/[\u2066-\u2069]/.test(text)) return text;
  let open = 0;
  let result = '';
  for (const ch of text) {
    if (isolateInitiators.test(ch)) open++;
    else if (ch === popDirectionalIsolate) {
      if (open === 0) continue;
      open--;
    }
    result += ch;
  }
  return result + popDirectionalIsolate.repeat(open);
}

// Right-to-left letters (Hebrew to NKo and their extensions, presentation forms, the RTL
// supplementary blocks), the right-to-left and Arabic marks, and the explicit controls. Text
// without any of these cannot reorder the English around it, so it stays as it is.
const bidiSensitive =
  /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefe\u061c\u200f\u202a-\u202e\u2066-\u2069]|[\u{10800}-\u{10fff}\u{1e800}-\u{1efff}]/u;

/**
 * Cookie-derived text for composed strings (messages, labels, aria-label): between FSI and PDI,
 * its direction its own, when it holds anything right-to-left; other text is returned as it is.
 */
export function isolateBidi(text: string): string {
  if (!bidiSensitive.test(text)) return text;
  return `${firstStrongIsolate}${balanceIsolates(text)}${popDirectionalIsolate}`;
}

// The explicit direction controls: marks, embeddings, overrides and isolates. Invisible, and
// each changes the order in which the text after it is shown.
export const directionControl = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
const directionControls = new RegExp(directionControl.source, 'g');

/**
 * The text with each direction control written as a visible mark, `⟨U+202E⟩`: for a box that
 * shows many cookies in one paragraph (an export preview), where no element can isolate them.
 */
export function showDirectionControls(text: string): string {
  return text.replace(
    directionControls,
    (ch) => `⟨U+${ch.codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0')}⟩`,
  );
}
