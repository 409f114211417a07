import { describe, expect, it } from 'vitest';
import { balanceIsolates, isolateBidi, showDirectionControls } from './isolate-bidi';

const FSI = '\u2068';
const PDI = '\u2069';
const RLI = '\u2067';
const RLO = '\u202E';

describe('isolateBidi', () => {
  it.each<[string, string, string]>([
    // Nothing right-to-left: nothing to isolate, the text stays byte for byte.
    ['plain text', 'sid', 'sid'],
    ['empty', '', ''],
    ['Latin, digits and punctuation', 'a.test/x y?1', 'a.test/x y?1'],
    ['Hebrew letters', '\u05e9\u05dc\u05d5\u05dd', `${FSI}\u05e9\u05dc\u05d5\u05dd${PDI}`],
    ['a right-to-left mark', 'a\u200fb', `${FSI}a\u200fb${PDI}`],
    // The override ends at the closing PDI (UAX #9 X6a), so it cannot reach the text after.
    ['a right-to-left override', `a${RLO}bc`, `${FSI}a${RLO}bc${PDI}`],
    ['an isolate of its own, closed', `${RLI}x${PDI}`, `${FSI}${RLI}x${PDI}${PDI}`],
    // A stray PDI would close our isolate early and let the override out.
    ['a stray PDI, dropped', `a${PDI}${RLO}b`, `${FSI}a${RLO}b${PDI}`],
    // An unclosed isolate would take our PDI for its own and leave ours open.
    ['an unclosed isolate, closed', `a${RLI}b`, `${FSI}a${RLI}b${PDI}${PDI}`],
  ])('%s', (_label, text, expected) => {
    expect(isolateBidi(text)).toBe(expected);
  });
});

describe('balanceIsolates', () => {
  it('leaves text without bidi controls as it is', () => {
    expect(balanceIsolates('a.test/app')).toBe('a.test/app');
  });
  it('keeps overrides (an element or isolate around them ends them)', () => {
    expect(balanceIsolates(`x${RLO}y`)).toBe(`x${RLO}y`);
  });
  it('drops stray PDIs and closes open isolates', () => {
    expect(balanceIsolates(`${PDI}a${FSI}b${FSI}c${PDI}`)).toBe(`a${FSI}b${FSI}c${PDI}${PDI}`);
  });
});

describe('showDirectionControls', () => {
  it.each<[string, string, string]>([
    ['plain text stays', 'a=1; b=2', 'a=1; b=2'],
    ['Hebrew letters stay (they are visible)', '\u05e9=1', '\u05e9=1'],
    ['an override is written out', `e${RLO}vil=x`, 'e⟨U+202E⟩vil=x'],
    ['marks and isolates too', `a\u200fb${FSI}c${PDI}`, 'a⟨U+200F⟩b⟨U+2068⟩c⟨U+2069⟩'],
    ['the Arabic letter mark', 'a\u061cb', 'a⟨U+061C⟩b'],
  ])('%s', (_, text, shown) => {
    expect(showDirectionControls(text)).toBe(shown);
  });
});
