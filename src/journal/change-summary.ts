import { t } from '../i18n/t';
import type { JournalChange, RecordedCookie } from './journal-entry';
import { isRedacted } from './recorded-cookie';

/** One attribute an action changed on one cookie, old → new, as the history shows it. */
export interface AttributeChange {
  field:
    | 'cookie'
    | 'name'
    | 'value'
    | 'domain'
    | 'path'
    | 'expires'
    | 'secure'
    | 'httpOnly'
    | 'sameSite'
    | 'partition';
  /**
   * The old and new text; absent: no cookie (created or deleted), or a value the journal did not
   * keep (an action without undo). `expires` holds epoch seconds or `session`, formatted by the
   * page in the user's time zone.
   */
  before?: string;
  after?: string;
}

/** What the history says of an action beyond its label: where, and what changed. */
export interface ChangeSummary {
  /** The first few sites (registrable domains) the action touched, alphabetically. */
  sites: string[];
  /** All the sites it touched. */
  siteCount: number;
  /** Cookies created, deleted and changed in place (a rename counts as one changed). */
  tally: { added: number; removed: number; changed: number };
  /** For an action on one cookie (a rename included): each attribute that changed. */
  diff?: AttributeChange[];
}

/** Sites named in an entry; the rest are counted. */
export const shownSites = 3;
/** Values are cut in the summary: the index is rewritten at each progress step. */
export const shownValueLength = 60;

const cut = (text: string) =>
  text.length > shownValueLength ? `${text.slice(0, shownValueLength - 1)}…` : text;

const keptValue = (cookie: RecordedCookie) => (isRedacted(cookie) ? undefined : cookie.value);
const domainOf = (cookie: RecordedCookie) =>
  cookie.hostOnly ? t('journal_hostOnly', cookie.domain) : cookie.domain;
const expiresOf = (cookie: RecordedCookie) =>
  cookie.session || cookie.expirationDate === undefined
    ? 'session'
    : String(Math.round(cookie.expirationDate));
const partitionOf = (cookie: RecordedCookie) =>
  cookie.partitionKey?.topLevelSite ? cookie.partitionKey.topLevelSite : t('journal_noPartition');
const onOff = (flag: boolean) => (flag ? t('journal_on') : t('journal_off'));

/** Every attribute the history compares, with how each reads. */
const readers: [AttributeChange['field'], (cookie: RecordedCookie) => string | undefined][] = [
  ['name', (c) => c.name],
  ['value', keptValue],
  ['domain', domainOf],
  ['path', (c) => c.path],
  ['expires', expiresOf],
  ['secure', (c) => onOff(c.secure)],
  ['httpOnly', (c) => onOff(c.httpOnly)],
  ['sameSite', (c) => c.sameSite],
  ['partition', partitionOf],
];

/** Attribute by attribute, what differs between a cookie before and after an action. */
export function attributeChanges(before: RecordedCookie, after: RecordedCookie): AttributeChange[] {
  const changes: AttributeChange[] = [];
  for (const [field, read] of readers) {
    const old = read(before);
    const now = read(after);
    if (field === 'value' && (isRedacted(before) || isRedacted(after))) {
      // Only fingerprints were kept: it is known to differ, not what it was.
      const differs = isRedacted(before)
        ? !isRedacted(after) || before.valueDigest !== after.valueDigest
        : true;
      if (differs) changes.push({ field, ...(old === undefined ? {} : { before: cut(old) }) });
      continue;
    }
    // Compared whole, cut only for showing: two long values may share their first characters.
    if (old !== now && old !== undefined && now !== undefined) {
      changes.push({ field, before: cut(old), after: cut(now) });
    }
  }
  return changes;
}

const pairText = (cookie: RecordedCookie) => {
  const value = keptValue(cookie);
  return cut(value === undefined ? cookie.name : `${cookie.name}=${value}`);
};

/**
 * Sums up an action's changes for its history entry. `siteOf` names the site of a cookie's
 * domain (the background passes the public-suffix-aware one).
 */
export function summarizeChanges(
  changes: readonly JournalChange[],
  siteOf: (domain: string) => string,
): ChangeSummary {
  const sites = new Set<string>();
  const tally = { added: 0, removed: 0, changed: 0 };
  for (const change of changes) {
    const cookie = change.after ?? change.before;
    if (cookie) sites.add(siteOf(cookie.domain.replace(/^\./, '')));
    if (change.before && change.after) tally.changed++;
    else if (change.after) tally.added++;
    else if (change.before) tally.removed++;
  }
  const summary: ChangeSummary = {
    sites: [...sites].sort().slice(0, shownSites),
    siteCount: sites.size,
    tally,
  };
  const rename = renamed(changes);
  if (rename) {
    summary.tally = { added: 0, removed: 0, changed: 1 };
    summary.diff = attributeChanges(rename.before, rename.after);
    return summary;
  }
  const diff = singleCookieDiff(changes);
  if (diff) summary.diff = diff;
  return summary;
}

/**
 * An edit that moved a cookie to a new identity is recorded as two changes, the new cookie
 * created and the old one removed (save-action.ts): the history reads it as one cookie changed.
 */
function renamed(
  changes: readonly JournalChange[],
): { before: RecordedCookie; after: RecordedCookie } | undefined {
  if (changes.length !== 2) return undefined;
  const after = changes.find((c) => c.after && !c.before)?.after;
  const before = changes.find((c) => c.before && !c.after)?.before;
  return after && before ? { before, after } : undefined;
}

/** One cookie changed in place, created or deleted. */
function singleCookieDiff(changes: readonly JournalChange[]): AttributeChange[] | undefined {
  const [only] = changes;
  if (changes.length !== 1 || !only) return undefined;
  if (only.before && only.after) return attributeChanges(only.before, only.after);
  if (only.after) return [{ field: 'cookie', after: pairText(only.after) }];
  if (only.before) return [{ field: 'cookie', before: pairText(only.before) }];
  return undefined;
}
