import type { Cookie } from '../cookies/cookie';
import { cookieHost } from '../cookies/cookie';
import { identityKey } from '../cookies/cookie-identity';
import { type ExportedCookie, exportedCookie } from '../formats/workbench-json';
import { t } from '../i18n/t';

/**
 * What a restore may touch. `sites`: the snapshot is the whole state of its sites, so restoring
 * removes their cookies that are not in it (a saved login). `cookies`: a selection from the
 * manager, so restoring writes its cookies back and removes nothing else.
 */
export type SnapshotScope = 'sites' | 'cookies';

/**
 * A named copy of cookies, as saved and as stored. The cookies are the export format's objects
 * (every attribute, `session` and the partition included), so a snapshot file is also a plain
 * export that any import reads.
 */
export interface Snapshot {
  /** Chosen by the store that keeps snapshots; unique there. */
  id: string;
  name: string;
  /** Registrable domains, sorted; a site without cookies when saved is still the snapshot's. */
  sites: string[];
  scope: SnapshotScope;
  storeId: string;
  /** When it was saved, ms since the epoch. */
  savedAt: number;
  cookies: ExportedCookie[];
}

/** Longest snapshot name, in characters: a label, not a note. */
export const maxSnapshotNameLength = 100;

/**
 * The site of a host: the background passes the public-suffix-aware `siteOfHost`, pages their
 * lookup (site-lookup.ts), so the 120 KB list stays out of their bundles.
 */
export type SiteOf = (host: string) => string;

/** The sites (registrable domains) of some cookies, sorted and without repeats. */
export function sitesOfCookies(
  cookies: readonly Pick<Cookie, 'domain'>[],
  siteOf: SiteOf,
): string[] {
  return [...new Set(cookies.map((cookie) => siteOf(cookieHost(cookie).toLowerCase())))].sort();
}

export interface NewSnapshot {
  id: string;
  name: string;
  storeId: string;
  /** The cookies to keep; those of another store are left out. */
  cookies: readonly Cookie[];
  /** The sites saved (`sitesOfCookies` for a selection; the tab's site may have no cookies). */
  sites: readonly string[];
  scope?: SnapshotScope;
  nowMs: number;
}

export function createSnapshot(input: NewSnapshot): Snapshot {
  const cookies = input.cookies.filter((cookie) => cookie.storeId === input.storeId);
  return {
    id: input.id,
    name: snapshotName(input.name),
    sites: [...new Set(input.sites)].sort(),
    scope: input.scope ?? 'sites',
    storeId: input.storeId,
    savedAt: input.nowMs,
    cookies: cookies.map(exportedCookie),
  };
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: replacing them is the point
const controlChars = /[\u0000-\u001f\u007f]/g;

/** A name as kept: one line, trimmed, cut to the longest allowed, never empty. */
export function snapshotName(name: string): string {
  const trimmed = name.replace(controlChars, ' ').trim().slice(0, maxSnapshotNameLength).trim();
  return trimmed === '' ? t('snapshot_untitled') : trimmed;
}

export function renameSnapshot(snapshot: Snapshot, name: string): Snapshot {
  return { ...snapshot, name: snapshotName(name) };
}

/** Whether a cookie is within what a restore of this snapshot may touch. */
export function isInSnapshotScope(snapshot: Snapshot, cookie: Cookie, siteOf: SiteOf): boolean {
  return (
    cookie.storeId === snapshot.storeId &&
    snapshot.sites.includes(siteOf(cookieHost(cookie).toLowerCase()))
  );
}

/**
 * The same snapshot holding the cookies it covers now (the "save" half of a switch): the
 * current cookies of its sites, or for a selection those at its identities.
 */
export function resaveSnapshot(
  snapshot: Snapshot,
  current: readonly Cookie[],
  nowMs: number,
  siteOf: SiteOf,
): Snapshot {
  const saved = new Set(snapshot.cookies.map(identityKey));
  const cookies = current.filter(
    (cookie) =>
      isInSnapshotScope(snapshot, cookie, siteOf) &&
      (snapshot.scope === 'sites' || saved.has(identityKey(cookie))),
  );
  return { ...snapshot, savedAt: nowMs, cookies: cookies.map(exportedCookie) };
}
