import { t } from '../i18n/t';
import { errorText } from '../text/error-text';

/**
 * The browser's own error strings ("Failed to parse or set cookie named…", "URI malformed",
 * "Resource::kQuotaBytes quota exceeded") say nothing to a user. Each known one gets words;
 * an unknown one is named as a refusal without echoing the raw text. The words are looked up
 * when needed, in the language in use.
 */
const known: [RegExp, () => string][] = [
  [/Failed to parse or set cookie/i, () => t('cookie_refusedRule')],
  [/No host permissions/i, () => t('cookie_refusedPermission')],
  [/cookie store id|No cookie store/i, () => t('cookie_refusedStore')],
  [/partition/i, () => t('cookie_refusedPartition')],
  [/Invalid url/i, () => t('cookie_refusedUrl')],
  [/URI malformed|lone surrogate/i, () => t('cookie_refusedSurrogate')],
  [/quota/i, () => t('cookie_refusedQuota')],
  [
    /message channel closed|message port closed|Receiving end does not exist|context invalidated/i,
    () => t('cookie_refusedStopped'),
  ],
];

export function describeBrowserError(error: unknown): string {
  const text = errorText(error);
  for (const [pattern, words] of known) if (pattern.test(text)) return words();
  return t('cookie_refused');
}
