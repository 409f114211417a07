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
import { utf8Length } from '../journal/journal-budget';
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
    return fail(
      'This is a cookie export, not a snapshot: it has no "snapshot" part with a name and sites. Import it as cookies instead.',
    );
  }
  const meta = raw as Record<string, unknown>;
  const { name, sites, scope, savedAt } = meta;
  if (typeof name !== 'string' || name.trim() === '') return fail('The snapshot has no name.');
  if (name.length > maxSnapshotNameLength || controlChars.test(name)) {
    return fail(
      `The snapshot's name is longer than ${maxSnapshotNameLength} characters or holds control characters.`,
    );
  }
  if (!Array.isArray(sites) || sites.length > maxSnapshotSites) {
    return fail(`The snapshot's sites are not a list of at most ${maxSnapshotSites} sites.`);
  }
  const badSite = sites.find(
    (site) => typeof site !== 'string' || site === '' || site.length > maxSiteLength,
  );
  if (badSite !== undefined) return fail(`The snapshot names a site ${quoted(badSite)}.`);
  if (scope !== 'sites' && scope !== 'cookies') {
    return fail(`The snapshot's scope ${quoted(scope)} is neither "sites" nor "cookies".`);
  }
  const time = typeof savedAt === 'string' ? Date.parse(savedAt) : Number.NaN;
  if (!Number.isFinite(time)) return fail(`The snapshot's time ${quoted(savedAt)} is not a date.`);
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
  return more > 0 ? `${shown} (and ${more} more)` : shown;
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
    return fail(
      'This is not a Cookie Workbench snapshot: expected an object with "snapshot" and "cookies".',
    );
  }
  const file = data as Record<string, unknown>;
  if (file.format !== workbenchFormat) {
    return fail('This is not a Cookie Workbench snapshot: its "format" is not "cookie-workbench".');
  }
  if (file.version !== workbenchVersion) {
    return fail(
      typeof file.version === 'number' && file.version > workbenchVersion
        ? `This snapshot is of format version ${file.version}; this version reads version ${workbenchVersion}. Update the extension to import it.`
        : `This file has no valid version (${quoted(file.version)}).`,
    );
  }
  const meta = metaOf(file.snapshot);
  if ('ok' in meta) return meta;
  const { cookies } = file;
  if (!Array.isArray(cookies)) return fail('The snapshot has no list of cookies.');
  if (cookies.length > maxSnapshotCookies) {
    return fail(
      `The snapshot holds ${cookies.length.toLocaleString('en')} cookies; a browser keeps at most ${maxSnapshotCookies.toLocaleString('en')}.`,
    );
  }
  const problems: string[] = [];
  const read: ExportedCookie[] = [];
  const seen = new Map<string, number>();
  for (const [index, raw] of cookies.entries()) {
    const result = readCookieRecord(raw);
    if (!result.ok) {
      problems.push(`Cookie ${index + 1} ${result.error}.`);
      continue;
    }
    const cookie = { ...result.cookie, storeId: target.storeId };
    const key = identityKey(cookie);
    const first = seen.get(key);
    if (first !== undefined) problems.push(`Cookie ${index + 1} repeats cookie ${first + 1}.`);
    else seen.set(key, index);
    read.push(cookie);
  }
  if (problems.length > 0) {
    return fail(`This snapshot cannot be imported: ${problemsText(problems)}`);
  }
  const sourceStore =
    typeof file.snapshot === 'object' ? (file.snapshot as SnapshotMeta).storeId : undefined;
  const notes =
    typeof sourceStore === 'string' && sourceStore !== target.storeId
      ? [
          `Saved in store "${sourceStore.slice(0, maxStoreIdLength)}": imported into "${target.storeId}".`,
        ]
      : [];
  const empty = meta.scope === 'sites' ? sitesWithoutCookies(meta.sites, read) : [];
  if (empty.length > 0) {
    // A file can name any site: restoring it would log the user out of them all. Say so.
    const shown = empty.slice(0, shownProblems).join(', ');
    const more = empty.length > shownProblems ? ` and ${empty.length - shownProblems} more` : '';
    notes.push(`It holds no cookies of ${shown}${more}: restoring it removes all their cookies.`);
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
