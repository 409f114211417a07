import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { messageArgsPath, messageArgsSource, messagesPath } from '../../scripts/i18n-types';
import {
  evaluateMessage,
  type MessagesFile,
  messageNamePattern,
  orderedPlaceholders,
  placeholderIndex,
  placeholderReferences,
  pluralSuffix,
} from './messages-file';
import { formatNumber, t, tn, uiLocale } from './t';
import { locales, useMessages } from './testing/use-messages';

const en = locales.en as MessagesFile;

/**
 * A German message may rightly equal the English one (a technical term such as "HttpOnly", the
 * product's name); the German entry then says so ("Same in German: …") in its description, which the browsers ignore.
 */
const sameInGermanNote = 'Same in German';

describe.each(Object.entries(locales))('the %s messages', (language, messages) => {
  it('has exactly the English keys', () => {
    expect(Object.keys(messages).sort()).toEqual(Object.keys(en).sort());
  });

  it('says which language it is', () => {
    expect(messages.messagesLocale?.message).toBe(language);
  });

  it('uses names the browsers accept, distinct without case', () => {
    const keys = Object.keys(messages);
    for (const key of keys) expect(key, key).toMatch(messageNamePattern);
    expect(new Set(keys.map((key) => key.toLowerCase())).size).toBe(keys.length);
  });

  it('declares the placeholders English declares, each for one substitution in order', () => {
    for (const [key, entry] of Object.entries(messages)) {
      const english = en[key];
      if (!english) continue;
      expect(orderedPlaceholders(entry), key).toEqual(orderedPlaceholders(english));
      const indexes = Object.values(entry.placeholders ?? {}).map((p) =>
        placeholderIndex(p.content),
      );
      expect(
        indexes.sort(),
        `${key}: placeholders stand for $1, $2, … with no gap (at most 9)`,
      ).toEqual(indexes.map((_, i) => i + 1));
    }
  });

  it('uses every placeholder it declares and declares every one it uses', () => {
    for (const [key, entry] of Object.entries(messages)) {
      const declared = Object.keys(entry.placeholders ?? {}).map((name) => name.toUpperCase());
      const used = placeholderReferences(entry.message);
      for (const name of used) expect(declared, `${key} uses $${name}$`).toContain(name);
      // The one form may say "one cookie" instead of "$COUNT$ cookie".
      const needed = key.endsWith('_one') ? declared.slice(1) : declared;
      for (const name of needed) expect(used, `${key} declares ${name}`).toContain(name);
    }
  });

  it('writes a literal $ as $$ (a lone $ is undefined behaviour in Chrome)', () => {
    for (const [key, entry] of Object.entries(messages)) {
      const rest = entry.message.replace(/\$[A-Za-z0-9_@]+\$/g, '').replace(/\$\$/g, '');
      expect(rest, key).not.toContain('$');
    }
  });

  it('has every plural form its language needs', () => {
    const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
    const bases = new Set(
      Object.keys(en)
        .filter((key) => pluralSuffix.test(key))
        .map((key) => key.replace(pluralSuffix, '')),
    );
    for (const base of bases)
      for (const category of categories)
        expect(messages, `${base}_${category}`).toHaveProperty(`${base}_${category}`);
  });
});

describe('the German messages', () => {
  it('are translated, apart from names and technical terms', () => {
    const de = locales.de as MessagesFile;
    const untranslated = Object.keys(en).filter(
      (key) =>
        de[key]?.message === en[key]?.message &&
        !de[key]?.description?.startsWith(sameInGermanNote),
    );
    expect(untranslated).toEqual([]);
  });
});

describe('the message keys', () => {
  it('have an up-to-date src/i18n/message-args.ts (npm run i18n:types)', () => {
    const messages = JSON.parse(readFileSync(messagesPath, 'utf8')) as MessagesFile;
    expect(readFileSync(messageArgsPath, 'utf8')).toBe(messageArgsSource(messages));
  });

  it('are all used by the code or the manifest', () => {
    const roots = ['src', 'extension'];
    let code = readFileSync('manifest.json', 'utf8');
    const walk = (dir: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (/\.(ts|tsx)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name))
          if (!path.endsWith('message-args.ts')) code += readFileSync(path, 'utf8');
      }
    };
    for (const root of roots) walk(root);
    const unused = [...new Set(Object.keys(en).map((key) => key.replace(pluralSuffix, '')))].filter(
      (key) => !code.includes(`'${key}'`) && !code.includes(`__MSG_${key}__`),
    );
    expect(unused).toEqual([]);
  });
});

describe('t', () => {
  afterEach(() => useMessages('en'));

  it('formats numbers for the user and substitutes text once', () => {
    // A `$1` inside a substituted value (a cookie's) is never expanded again, as in the browsers.
    expect(evaluateMessage({ message: '$1 / $2' }, ['$2', 'x'])).toBe('$2 / x');
    expect(t('delete_alreadyGone', '"$1" (a.test/)')).toBe('"$1" (a.test/) was already gone.');
    useMessages('de');
    expect(formatNumber(12345.5)).toBe('12.345,5');
    useMessages('en');
    expect(formatNumber(12345)).toBe('12,345');
  });

  it('formats in the UI language when the words are in it, else in the words’ language', () => {
    useMessages('en', 'en-GB');
    expect(uiLocale()).toBe('en-GB');
    useMessages('de', 'de-CH');
    expect(uiLocale()).toBe('de-CH');
    expect(formatNumber(12345)).toBe(new Intl.NumberFormat('de-CH').format(12345));
    // A Polish browser shows our English: its dates and numbers must read as English too.
    useMessages('en', 'pl');
    expect(uiLocale()).toBe('en');
    expect(formatNumber(12345)).toBe('12,345');
  });

  it('answers in German when the browser is German', () => {
    useMessages('de');
    expect(t('extDescription')).toMatch(/^Alle Cookies einer Website/);
    expect(t('messagesLocale')).toBe('de');
  });

  it('shows the key of a message no locale has, rather than an empty label', () => {
    expect(t('noSuchKey' as 'extName')).toBe('noSuchKey');
  });

  it('picks the plural form of the language shown, with the count formatted', () => {
    expect([tn('count_cookies', 1), tn('count_cookies', 3000)]).toEqual([
      '1 cookie',
      '3,000 cookies',
    ]);
    useMessages('de');
    expect([tn('count_cookies', 1), tn('count_cookies', 3000)]).toEqual([
      '1 Cookie',
      '3.000 Cookies',
    ]);
  });
});
