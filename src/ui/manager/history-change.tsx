import { Fragment } from 'preact';
import { formatLocalDateTime } from '../../cookies/classify-lifetime';
import type { SameSite } from '../../cookies/cookie';
import { fill, slot } from '../../i18n/fill-message';
import { t } from '../../i18n/t';
import type { AttributeChange, ChangeSummary } from '../../journal/change-summary';
import { CookieText } from '../cookie-text';

// Functions, not constants: the words are the user's language's, asked for at render.
const fieldNames = (): Record<AttributeChange['field'], string> => ({
  cookie: t('manager_fieldCookie'),
  name: t('manager_name'),
  value: t('manager_fieldValue'),
  domain: t('manager_domain'),
  path: t('manager_fieldPath'),
  expires: t('manager_attrExpires'),
  secure: t('manager_attrSecure'),
  httpOnly: t('manager_attrHttpOnly'),
  sameSite: t('manager_attrSameSite'),
  partition: t('manager_fieldPartition'),
});

// Lax, Strict and None are SameSite's own values, as the standard and DevTools name them.
const sameSiteNames = (): Record<SameSite, string> => ({
  unspecified: t('manager_sameSiteUnset'),
  lax: 'Lax',
  strict: 'Strict',
  no_restriction: 'None',
});

/** One side of a change as the user reads it; `undefined` is no cookie, or a value not kept. */
function sideText(field: AttributeChange['field'], text: string | undefined): string {
  if (text === undefined) return field === 'cookie' ? t('manager_noCookie') : t('manager_notKept');
  if (field === 'expires') {
    return text === 'session'
      ? t('manager_expiresSession')
      : formatLocalDateTime(new Date(Number(text) * 1000));
  }
  if (field === 'sameSite') return sameSiteNames()[text as SameSite] ?? text;
  return text;
}

// Cookie-derived text is isolated (a U+202E in a value must not reverse the arrow); the rest is ours.
const fromCookie = new Set<AttributeChange['field']>(['cookie', 'name', 'value', 'domain', 'path']);

function Side({ field, text }: { field: AttributeChange['field']; text: string | undefined }) {
  const shown = sideText(field, text);
  if (text === undefined) return <em>{shown}</em>;
  return fromCookie.has(field) ? <CookieText class="history-text" text={shown} /> : shown;
}

function tallyText({ added, removed, changed }: ChangeSummary['tally']): string {
  return [
    added > 0 ? t('manager_tallyAdded', added) : '',
    changed > 0 ? t('manager_tallyChanged', changed) : '',
    removed > 0 ? t('manager_tallyDeleted', removed) : '',
  ]
    .filter(Boolean)
    .join(' · ');
}

/** Each attribute of one cookie old → new, as the history shows them (a restore's preview too). */
export function AttributeChanges({
  changes,
  testId,
}: {
  changes: readonly AttributeChange[];
  testId?: string;
}) {
  const names = fieldNames();
  return (
    <ul class="history-diff" data-testid={testId}>
      {changes.map((change) => (
        <li key={change.field} data-field={change.field}>
          <span class="history-field">{names[change.field]}</span>{' '}
          <Side field={change.field} text={change.before} />
          {' → '}
          <Side field={change.field} text={change.after} />
        </li>
      ))}
    </ul>
  );
}

/** Where an action happened and what it changed: each attribute old → new for one cookie. */
export function HistoryChange({ summary }: { summary: ChangeSummary }) {
  const more = summary.siteCount - summary.sites.length;
  const sites = summary.sites.map((site, i) => (
    <Fragment key={site}>
      {i > 0 && ', '}
      <CookieText text={site} />
    </Fragment>
  ));
  return (
    <div class="history-change">
      <span class="history-sites" data-testid="history-sites">
        {more > 0 ? fill(t('manager_historyMoreSites', slot(0), more), sites) : sites}
      </span>
      {summary.diff ? (
        <AttributeChanges changes={summary.diff} testId="history-diff" />
      ) : (
        <span class="history-tally" data-testid="history-tally">
          {tallyText(summary.tally)}
        </span>
      )}
    </div>
  );
}
