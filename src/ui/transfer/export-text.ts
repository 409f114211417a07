import type { Cookie } from '../../cookies/cookie';
import { exportCookieHeader } from '../../formats/cookie-header';
import { exportCurlCommand } from '../../formats/curl-command';
import { exportNetscapeCookies } from '../../formats/netscape-cookies';
import {
  exportPlaywrightAddCookies,
  exportPlaywrightStorageState,
} from '../../formats/playwright-cookies';
import { exportWorkbenchJson } from '../../formats/workbench-json';
import type { ExportRequest } from './export-request';

export type ExportFormat =
  | 'workbench-json'
  | 'cookie-list-json'
  | 'netscape'
  | 'playwright-storage-state'
  | 'playwright-add-cookies'
  | 'cookie-header'
  | 'curl';

export const exportFormats: {
  id: ExportFormat;
  label: string;
  needsUrl: boolean;
  extension: string;
}[] = [
  {
    id: 'workbench-json',
    label: 'Cookie Workbench JSON (every attribute)',
    needsUrl: false,
    extension: 'json',
  },
  {
    id: 'cookie-list-json',
    label: 'Cookie list JSON (Cookie-Editor, EditThisCookie)',
    needsUrl: false,
    extension: 'json',
  },
  {
    id: 'netscape',
    // Not wget: it skips the `#HttpOnly_` lines, so HttpOnly cookies (often the login) are lost.
    label: 'Netscape cookies.txt (curl -b, yt-dlp)',
    needsUrl: false,
    extension: 'txt',
  },
  {
    id: 'playwright-storage-state',
    label: 'Playwright storageState JSON',
    needsUrl: false,
    extension: 'json',
  },
  {
    id: 'playwright-add-cookies',
    label: 'Playwright addCookies / Puppeteer setCookie array',
    needsUrl: false,
    extension: 'json',
  },
  { id: 'cookie-header', label: 'Cookie: header for a url', needsUrl: true, extension: 'txt' },
  { id: 'curl', label: 'curl command for a url', needsUrl: true, extension: 'sh' },
];

export type ExportResult =
  | { ok: true; text: string; fileName: string }
  | { ok: false; error: string };

/**
 * The export of `cookies` in a format. Header and curl exports hold what the browser sends with
 * `request` (export-request.ts): without one they have nothing to show yet.
 */
export function exportText(
  cookies: readonly Cookie[],
  format: ExportFormat,
  now: Date,
  request: ExportRequest | undefined,
): ExportResult {
  const spec = exportFormats.find((f) => f.id === format);
  if (!spec) return { ok: false, error: 'Unknown format.' };
  const stamp = now.toISOString().slice(0, 19).replace(/[:T]/g, '-');
  const fileName = `cookies-${stamp}.${spec.extension}`;
  switch (format) {
    case 'workbench-json':
      return {
        ok: true,
        fileName,
        text: exportWorkbenchJson(cookies, { shape: 'envelope', exportedAt: now }),
      };
    case 'cookie-list-json':
      return { ok: true, fileName, text: exportWorkbenchJson(cookies, { shape: 'array' }) };
    case 'netscape':
      return { ok: true, fileName, text: exportNetscapeCookies(cookies) };
    case 'playwright-storage-state':
      return { ok: true, fileName, text: exportPlaywrightStorageState(cookies, now) };
    case 'playwright-add-cookies':
      return { ok: true, fileName, text: exportPlaywrightAddCookies(cookies, now) };
    case 'cookie-header':
    case 'curl': {
      if (!request) return { ok: false, error: 'Enter the url the cookies are for.' };
      const sent = { ...request, now: now.getTime() };
      const text =
        format === 'curl' ? exportCurlCommand(cookies, sent) : exportCookieHeader(cookies, sent);
      return { ok: true, fileName, text };
    }
  }
}
