import { afterEach, describe, expect, it, vi } from 'vitest';
import { publicSuffixRules } from '../../cookies/cookie-site';
import { detectFormat, importFormatName } from '../../formats/detect-format';
import { tooManyReason } from '../../formats/import-capacity';
import { formatNumber, t, tn } from '../../i18n/t';
import { locales, useMessages } from '../../i18n/testing/use-messages';
import { installWorkerMessages } from './worker-messages';

afterEach(() => {
  vi.unstubAllGlobals();
  useMessages('en');
});

describe('the import worker’s messages', () => {
  it('are read from the page’s locale folder, English per missing message, numbers in the UI locale', async () => {
    const german = { ...locales.de };
    delete german.format_curlNoUrl;
    const asked: string[] = [];
    vi.stubGlobal('fetch', async (url: string) => {
      asked.push(url);
      const file = url === '/_locales/de/messages.json' ? german : locales.en;
      return new Response(JSON.stringify(file));
    });

    await installWorkerMessages({ folder: 'de', ui: 'de-DE' });

    expect(asked.sort()).toEqual(['/_locales/de/messages.json', '/_locales/en/messages.json']);
    expect(t('format_emptyText')).toBe('Es gibt nichts zu importieren: Der Text ist leer.');
    expect(t('format_curlNoUrl')).toBe(locales.en?.format_curlNoUrl?.message);
    expect(tn('count_cookies', 1200)).toBe('1.200 Cookies');
    expect(formatNumber(3300)).toBe('3.300');
  });
});

describe('in German', () => {
  it('parse errors, format names and capacity warnings read as German', () => {
    useMessages('de');
    const options = { storeId: '0', nowSeconds: 0, hostRules: publicSuffixRules };
    expect(detectFormat('curl https://a.test', options)).toEqual({
      ok: false,
      error: 'Dieser curl-Befehl sendet keine Cookies (kein -b, --cookie oder Cookie-Header).',
    });
    expect(importFormatName('curl-command')).toBe('curl-Befehl');
    expect(tooManyReason({ adding: 5000, present: 0, tooMany: true, crowdedSites: [] })).toContain(
      'Damit kämen 5.000 Cookies hinzu; Chrome behält insgesamt höchstens 3.300.',
    );
  });
});
