import { errorText } from '../text/error-text';

/**
 * The browser's own error strings ("Failed to parse or set cookie named…", "URI malformed",
 * "Resource::kQuotaBytes quota exceeded") say nothing to a user. Each known one gets words;
 * an unknown one is named as a refusal without echoing the raw text.
 */
const known: [RegExp, string][] = [
  [
    /Failed to parse or set cookie/i,
    'the browser refused it without saying why (it breaks one of its cookie rules)',
  ],
  [/No host permissions/i, 'the extension may not access that site (its site access is limited)'],
  [/cookie store id|No cookie store/i, 'its cookie store is gone (was a private window closed?)'],
  [/partition/i, 'the browser refused its partition'],
  [/Invalid url/i, 'no valid address can be made from its domain and path'],
  [/URI malformed|lone surrogate/i, 'it contains a broken character (an unpaired surrogate)'],
  [/quota/i, "the extension's storage is full"],
  [
    /message channel closed|message port closed|Receiving end does not exist|context invalidated/i,
    "the extension's background stopped before it answered",
  ],
];

export function describeBrowserError(error: unknown): string {
  const text = errorText(error);
  for (const [pattern, words] of known) if (pattern.test(text)) return words;
  return 'the browser refused it';
}
