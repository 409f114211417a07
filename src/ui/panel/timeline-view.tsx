import { useMemo, useState } from 'preact/hooks';
import { fill, slot } from '../../i18n/fill-message';
import { t, tn, uiLocale } from '../../i18n/t';
import { CookieText } from '../cookie-text';
import { saveTextFile } from '../save-text-file';
import {
  describeAction,
  describeAttribution,
  describeProtection,
  type TimelineEntry,
} from '../timeline/timeline-entries';

let timeFormat: Intl.DateTimeFormat | undefined;

/** The time of day to the millisecond, in the user's locale: changes come in bursts. */
function time(ms: number): string {
  timeFormat ??= new Intl.DateTimeFormat(uiLocale(), {
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    fractionalSecondDigits: 3,
    hourCycle: 'h23',
  });
  return timeFormat.format(new Date(ms));
}

function matches(entry: TimelineEntry, query: string): boolean {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const text = [
    entry.name,
    entry.domain,
    entry.action,
    describeAction(entry.action),
    entry.oldValue ?? '',
    entry.newValue ?? '',
    describeAttribution(entry),
  ]
    .join('\n')
    .toLowerCase();
  return words.every((w) => text.includes(w));
}

/** Offers the timeline as a JSON file. */
function saveAsJson(entries: TimelineEntry[]) {
  const json = JSON.stringify(
    {
      format: 'cookie-workbench-timeline',
      version: 1,
      savedAt: new Date().toISOString(),
      warning: t('timeline_fileWarning'),
      entries: entries.map((e) => ({
        ...e,
        time: new Date(e.time).toISOString(),
        source: describeAttribution(e),
      })),
    },
    null,
    2,
  );
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  saveTextFile(json, `cookie-timeline-${stamp}.json`, 'application/json');
}

export interface TimelineViewProps {
  entries: TimelineEntry[];
  onClear: () => void;
  /** Requests seen in the network log, or undefined where there is none (outside DevTools). */
  requestCount: number | undefined;
}

export function TimelineView({ entries, onClear, requestCount }: TimelineViewProps) {
  const [query, setQuery] = useState('');
  const shown = useMemo(() => entries.filter((e) => matches(e, query)).reverse(), [entries, query]);
  return (
    <section class="timeline" data-testid="timeline" aria-label={t('timeline_label')}>
      <header class="timeline-header">
        <h2>{t('timeline_title')}</h2>
        <p class="network-status" data-testid="network-status" data-requests={requestCount ?? ''}>
          {requestCount === undefined
            ? t('timeline_noNetworkLog')
            : tn('timeline_requestsSeen', requestCount)}
        </p>
        <input
          type="search"
          class="filter"
          data-testid="timeline-filter"
          placeholder={t('timeline_filter')}
          aria-label={t('timeline_filter')}
          value={query}
          onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)}
        />
        <button
          type="button"
          data-testid="timeline-save"
          disabled={entries.length === 0}
          onClick={() => saveAsJson(entries)}
        >
          {t('timeline_saveJson')}
        </button>
        <button
          type="button"
          data-testid="timeline-clear"
          disabled={entries.length === 0}
          onClick={onClear}
        >
          {t('timeline_clear')}
        </button>
      </header>
      {shown.length === 0 && (
        <p class="empty">{entries.length === 0 ? t('timeline_empty') : t('timeline_noMatch')}</p>
      )}
      <ol class="timeline-list">
        {shown.map((entry) => (
          <li
            key={entry.id}
            class={`timeline-entry ${entry.action}`}
            data-testid="timeline-entry"
            data-action={entry.action}
            data-name={entry.name}
            data-source={entry.attribution.kind}
            data-protection={entry.protection}
          >
            <span class="when">{time(entry.time)}</span>
            <span class="action">{describeAction(entry.action)}</span>
            <span class="what">
              <strong>
                <CookieText text={entry.name} />
              </strong>{' '}
              <CookieText text={`${entry.domain}${entry.path}`} />
              {entry.partitionSite !== undefined && (
                <>
                  {' '}
                  {fill(
                    t('timeline_partitioned', slot(0)),
                    <CookieText text={entry.partitionSite} />,
                  )}
                </>
              )}
            </span>
            <span class="values" data-testid="timeline-values">
              {entry.oldValue !== undefined && (
                <del>
                  <CookieText text={entry.oldValue} />
                </del>
              )}
              {entry.oldValue !== undefined && entry.newValue !== undefined && ' → '}
              {entry.newValue !== undefined && (
                <ins>
                  <CookieText text={entry.newValue} />
                </ins>
              )}
            </span>
            <span class="source" data-testid="timeline-source">
              {describeAttribution(entry)}
              {entry.protection && (
                <>
                  {' · '}
                  <strong
                    class={`protection-verdict ${entry.protection}`}
                    data-testid="timeline-protection"
                  >
                    {describeProtection(entry.protection)}
                  </strong>
                </>
              )}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
