import { chromeCookieLimits } from '../cookies/browser-cookie-limits';
import { cookieHost } from '../cookies/cookie';
import { identityKey } from '../cookies/cookie-identity';
import { readCookieRecord } from '../cookies/cookie-record';
import { jsonText, parseJson } from '../formats/browser-extension-json';
import type { ImportTarget } from '../formats/import-entry';
import { fileTooBigReason } from '../formats/import-file-text';
import {
  type ExportedCookie,
  liveSessionWarning,
  type WorkbenchExport,
  workbenchFormat,
  workbenchVersion,
} from '../formats/workbench-json';
import { t } from '../i18n/t';
import { utf8Length } from '../text/utf8-length';
import { maxSnapshotNameLength, type Snapshot, type SnapshotScope } from './snapshot';

/** What a snapshot file says of itself, beside the export's cookies. */
export interface SnapshotMeta {
  name: string;
  sites: string[];
  scope: SnapshotScope;
  storeId: string;
  /** ISO 8601, UTC. */
  savedAt: string;
}

/**
 * A snapshot file is the documented export (version 1) with a `snapshot` field added, which
 * the export format allows: any import, ours or another extension's, reads its cookies, and the
 * snapshot import reads the name and sites too.
 */
export interface SnapshotFile extends WorkbenchExport {
  snapshot: SnapshotMeta;
}

/** Sites a snapshot may name: far more than a selection spans, and bounded. */
export const maxSnapshotSites = 1000;
/** Cookies a snapshot may hold: all a browser keeps. */
export const maxSnapshotCookies = chromeCookieLimits.total;
const maxSiteLength = 253;
const maxStoreIdLength = 256;
/** Problems named in one message; the rest are counted. */
const shownProblems = 5;

/** The file's object: what an export writes pretty-printed and storage keeps compact. */
export function snapshotFileData(snapshot: Snapshot, exportedAt: Date): SnapshotFile {
  return {
    format: workbenchFormat,
    version: workbenchVersion,
    exportedAt: exportedAt.toISOString(),
    warning: liveSessionWarning,
    snapshot: {
      name: snapshot.name,
      sites: snapshot.sites,
      scope: snapshot.scope,
      storeId: snapshot.storeId,
      savedAt: new Date(snapshot.savedAt).toISOString(),
    },
    cookies: snapshot.cookies,
  };
}

export function exportSnapshotFile(snapshot: Snapshot, exportedAt: Date): string {
  return `${JSON.stringify(snapshotFileData(snapshot, exportedAt), null, 2)}\n`;
}

export type SnapshotRead = { ok: true; snapshot: Snapshot; notes: string[] } | SnapshotError;
type SnapshotError = { ok: false; error: string };

const fail = (error: string): SnapshotError => ({ ok: false, error });
/** A value quoted in a message: a hostile file's megabyte string is not repeated whole. */
const quoted = (value: unknown) => {
  const text = jsonText(value);
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
};
// biome-ignore lint/suspicious/noControlCharactersInRegex: refusing them is the point
const controlChars = /[\u0000-\u001f\u007f]/;

function metaOf(raw: unknown): Omit<SnapshotMeta, 'storeId'> | SnapshotError {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return fail(t('snapshot_fileIsExport'));
  }
  const meta = raw as Record<string, unknown>;
  const { name, sites, scope, savedAt } = meta;
  if (typeof name !== 'string' || name.trim() === '') return fail(t('snapshot_fileNoName'));
  if (name.length > maxSnapshotNameLength || controlChars.test(name)) {
    return fail(t('snapshot_fileBadName', maxSnapshotNameLength));
  }
  if (!Array.isArray(sites) || sites.length > maxSnapshotSites) {
    return fail(t('snapshot_fileBadSites', maxSnapshotSites));
  }
  const badSite = sites.find(
    (site) => typeof site !== 'string' || site === '' || site.length > maxSiteLength,
  );
  if (badSite !== undefined) return fail(t('snapshot_fileBadSite', quoted(badSite)));
  if (scope !== 'sites' && scope !== 'cookies') {
    return fail(t('snapshot_fileBadScope', quoted(scope)));
  }
  const time = typeof savedAt === 'string' ? Date.parse(savedAt) : Number.NaN;
  if (!Number.isFinite(time)) return fail(t('snapshot_fileBadTime', quoted(savedAt)));
  return {
    name: name.trim(),
    sites: [...new Set((sites as string[]).map((site) => site.toLowerCase()))].sort(),
    scope,
    savedAt: savedAt as string,
  };
}

/** Sites no cookie belongs to (a cookie's host is its site or a subdomain of it). */
function sitesWithoutCookies(
  sites: readonly string[],
  cookies: readonly ExportedCookie[],
): string[] {
  const hosts = cookies.map((cookie) => cookieHost(cookie).toLowerCase());
  return sites.filter((site) => !hosts.some((host) => host === site || host.endsWith(`.${site}`)));
}

function problemsText(problems: string[]): string {
  const shown = problems.slice(0, shownProblems).join(' ');
  const more = problems.length - shownProblems;
  return more > 0 ? t('snapshot_fileProblemsMore', shown, more) : shown;
}

/**
 * Reads a snapshot file, which may come from anyone: the whole file is refused, with what is
 * wrong, unless every part is as we write it (a restore makes a site exactly the snapshot, so
 * a snapshot with cookies left out would log the user out of them). Sizes are bounded before
 * and after parsing. The cookies go to the store of `target`, as an import's do; the id is the
 * caller's, as in `createSnapshot`.
 */
export function readSnapshotFile(
  text: string,
  target: ImportTarget & { id: string },
): SnapshotRead {
  const tooBig = fileTooBigReason(utf8Length(text));
  if (tooBig) return fail(tooBig);
  const parsed = parseJson(text);
  if (!parsed.ok) return parsed;
  const data = parsed.data;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return fail(t('snapshot_fileNotObject'));
  }
  const file = data as Record<string, unknown>;
  if (file.format !== workbenchFormat) {
    return fail(t('snapshot_fileBadFormat'));
  }
  if (file.version !== workbenchVersion) {
    return fail(
      typeof file.version === 'number' && file.version > workbenchVersion
        ? t('snapshot_fileNewer', file.version, workbenchVersion)
        : t('snapshot_fileBadVersion', quoted(file.version)),
    );
  }
  const meta = metaOf(file.snapshot);
  if ('ok' in meta) return meta;
  const { cookies } = file;
  if (!Array.isArray(cookies)) return fail(t('snapshot_fileNoCookies'));
  if (cookies.length > maxSnapshotCookies) {
    return fail(t('snapshot_fileTooManyCookies', cookies.length, maxSnapshotCookies));
  }
  const problems: string[] = [];
  const read: ExportedCookie[] = [];
  const seen = new Map<string, number>();
  for (const [index, raw] of cookies.entries()) {
    const result = readCookieRecord(raw);
    if (!result.ok) {
      problems.push(t('snapshot_fileCookieProblem', index + 1, result.error));
      continue;
    }
    const cookie = { ...result.cookie, storeId: target.storeId };
    const key = identityKey(cookie);
    const first = seen.get(key);
    if (first !== undefined) problems.push(t('snapshot_fileCookieRepeats', index + 1, first + 1));
    else seen.set(key, index);
    read.push(cookie);
  }
  if (problems.length > 0) {
    return fail(t('snapshot_fileRefused', problemsText(problems)));
  }
  const sourceStore =
    typeof file.snapshot === 'object' ? (file.snapshot as SnapshotMeta).storeId : undefined;
  const notes =
    typeof sourceStore === 'string' && sourceStore !== target.storeId
      ? [t('snapshot_fileOtherStore', sourceStore.slice(0, maxStoreIdLength), target.storeId)]
      : [];
  const empty = meta.scope === 'sites' ? sitesWithoutCookies(meta.sites, read) : [];
  if (empty.length > 0) {
    // A file can name any site: restoring it would log the user out of them all. Say so.
    const shown = empty.slice(0, shownProblems).join(', ');
    notes.push(
      empty.length > shownProblems
        ? t('snapshot_fileEmptySitesMore', shown, empty.length - shownProblems)
        : t('snapshot_fileEmptySites', shown),
    );
  }
  return {
    ok: true,
    snapshot: {
      id: target.id,
      name: meta.name,
      sites: meta.sites,
      scope: meta.scope,
      storeId: target.storeId,
      savedAt: Date.parse(meta.savedAt),
      cookies: read,
    },
    notes,
  };
}
