import { Fragment } from 'preact';
import { formatLocalDateTime } from '../../cookies/classify-lifetime';
import type { SameSite } from '../../cookies/cookie';
import type { AttributeChange, ChangeSummary } from '../../journal/change-summary';
import { CookieText } from '../cookie-text';

const fieldNames: Record<AttributeChange['field'], string> = {
  cookie: 'Cookie',
  name: 'Name',
  value: 'Value',
  domain: 'Domain',
  path: 'Path',
  expires: 'Expires',
  secure: 'Secure',
  httpOnly: 'HttpOnly',
  sameSite: 'SameSite',
  partition: 'Partition',
};

const sameSiteNames: Record<SameSite, string> = {
  unspecified: 'unset',
  lax: 'Lax',
  strict: 'Strict',
  no_restriction: 'None',
};

/** One side of a change as the user reads it; `undefined` is no cookie, or a value not kept. */
function sideText(field: AttributeChange['field'], text: string | undefined): string {
  if (text === undefined) return field === 'cookie' ? 'none' : 'not kept';
  if (field === 'expires') {
    return text === 'session' ? 'session' : formatLocalDateTime(new Date(Number(text) * 1000));
  }
  if (field === 'sameSite') return sameSiteNames[text as SameSite] ?? text;
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
    added > 0 ? `${added} added` : '',
    changed > 0 ? `${changed} changed` : '',
    removed > 0 ? `${removed} deleted` : '',
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
  return (
    <ul class="history-diff" data-testid={testId}>
      {changes.map((change) => (
        <li key={change.field} data-field={change.field}>
          <span class="history-field">{fieldNames[change.field]}</span>{' '}
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
  return (
    <div class="history-change">
      <span class="history-sites" data-testid="history-sites">
        {summary.sites.map((site, i) => (
          <Fragment key={site}>
            {i > 0 && ', '}
            <CookieText text={site} />
          </Fragment>
        ))}
        {more > 0 && ` and ${more} more`}
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
