import { type Cookie, cookieHost, type PartitionKey, type SameSite } from '../cookies/cookie';
import { t } from '../i18n/t';
import { cookiesFromJson, jsonText, parseJson } from './browser-extension-json';
import type { ImportParse, ImportTarget } from './import-entry';

/**
 * One cookie as exported: the fields and spellings of `chrome.cookies.Cookie`, which is what
 * Cookie-Editor and EditThisCookie read. `domain` carries the leading dot of a domain cookie,
 * `expirationDate` keeps its fraction and is absent for a session cookie.
 */
export interface ExportedCookie {
  domain: string;
  expirationDate?: number;
  hostOnly: boolean;
  httpOnly: boolean;
  name: string;
  path: string;
  sameSite: SameSite;
  secure: boolean;
  session: boolean;
  storeId: string;
  value: string;
  partitionKey?: PartitionKey;
  /** Firefox's first-party isolation key, only when there is one (not ""). */
  firstPartyDomain?: string;
}

/** Version 1 of the documented export. A later version may add fields, never rename them. */
export interface WorkbenchExport {
  format: 'cookie-workbench';
  version: 1;
  /** ISO 8601, UTC. */
  exportedAt: string;
  warning: string;
  cookies: ExportedCookie[];
}

export const workbenchFormat = 'cookie-workbench';
export const workbenchVersion = 1;
/**
 * The warning the exported file carries, in English whatever the user's language: it is part of
 * the documented file format (the dialog shows it translated: export_liveSessionWarning).
 */
export const liveSessionWarning =
  'Contains live login sessions: anyone with this file can sign in as you on these sites. Keep it private and delete it when you no longer need it.';

// Why two shapes: Cookie-Editor's import accepts only a top-level array (interface/popup/
// cookie-list.js: `if (!isArray(cookies) ...) 'No cookies were imported'`), so no object with
// metadata can ever be read by it. `envelope` is our documented, versioned file with the
// warning; `array` is the plain list that Cookie-Editor and EditThisCookie import. Both hold
// the same cookie objects, and our import reads both.
export type WorkbenchJsonShape = { shape: 'envelope'; exportedAt: Date } | { shape: 'array' };

export function exportedCookie(cookie: Cookie): ExportedCookie {
  const host = cookieHost(cookie);
  const session = cookie.session || cookie.expirationDate === undefined;
  const out: ExportedCookie = {
    domain: cookie.hostOnly ? host : `.${host}`,
    hostOnly: cookie.hostOnly,
    httpOnly: cookie.httpOnly,
    name: cookie.name,
    path: cookie.path,
    sameSite: cookie.sameSite,
    secure: cookie.secure,
    session,
    storeId: cookie.storeId,
    value: cookie.value,
  };
  if (!session) out.expirationDate = cookie.expirationDate;
  if (cookie.partitionKey) out.partitionKey = { ...cookie.partitionKey };
  if (cookie.firstPartyDomain) out.firstPartyDomain = cookie.firstPartyDomain;
  return out;
}

export function exportWorkbenchJson(
  cookies: readonly Cookie[],
  options: WorkbenchJsonShape,
): string {
  const list = cookies.map(exportedCookie);
  if (options.shape === 'array') return `${JSON.stringify(list, null, 2)}\n`;
  const file: WorkbenchExport = {
    format: workbenchFormat,
    version: workbenchVersion,
    exportedAt: options.exportedAt.toISOString(),
    warning: liveSessionWarning,
    cookies: list,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export function isWorkbenchExport(data: unknown): data is { format: string; version: unknown } {
  return (
    typeof data === 'object' &&
    data !== null &&
    (data as Record<string, unknown>).format === workbenchFormat
  );
}

/** Our envelope, or a plain array (ours or another extension's). */
export function parseWorkbenchJson(text: string, target: ImportTarget): ImportParse {
  const parsed = parseJson(text);
  return parsed.ok ? cookiesFromWorkbenchData(parsed.data, target) : parsed;
}

/** parseWorkbenchJson for JSON already parsed (detectFormat parses once to tell formats apart). */
export function cookiesFromWorkbenchData(data: unknown, target: ImportTarget): ImportParse {
  if (isWorkbenchExport(data) && data.version !== workbenchVersion) {
    const error =
      typeof data.version === 'number' && data.version > workbenchVersion
        ? // As written in the file (a version number is not a count to group by thousands).
          t('format_newerVersion', String(data.version), String(workbenchVersion))
        : t('format_badVersion', jsonText(data.version));
    return { ok: false, error };
  }
  return cookiesFromJson(data, target);
}
