import type { Cookie } from '../../cookies/cookie';
import { exportCookieHeader } from '../../formats/cookie-header';
import { exportCurlCommand } from '../../formats/curl-command';
import { exportNetscapeCookies } from '../../formats/netscape-cookies';
import {
  exportPlaywrightAddCookies,
  exportPlaywrightStorageState,
} from '../../formats/playwright-cookies';
import { exportWorkbenchJson } from '../../formats/workbench-json';
import { t } from '../../i18n/t';
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
  /** A function: the messages are read when shown, not when this module loads. */
  label: () => string;
  needsUrl: boolean;
  extension: string;
}[] = [
  {
    id: 'workbench-json',
    label: () => t('export_formatWorkbenchJson'),
    needsUrl: false,
    extension: 'json',
  },
  {
    id: 'cookie-list-json',
    label: () => t('export_formatCookieListJson'),
    needsUrl: false,
    extension: 'json',
  },
  {
    id: 'netscape',
    // Not wget: it skips the `#HttpOnly_` lines, so HttpOnly cookies (often the login) are lost.
    label: () => t('export_formatNetscape'),
    needsUrl: false,
    extension: 'txt',
  },
  {
    id: 'playwright-storage-state',
    label: () => t('export_formatPlaywrightState'),
    needsUrl: false,
    extension: 'json',
  },
  {
    id: 'playwright-add-cookies',
    label: () => t('export_formatPlaywrightAdd'),
    needsUrl: false,
    extension: 'json',
  },
  {
    id: 'cookie-header',
    label: () => t('export_formatHeader'),
    needsUrl: true,
    extension: 'txt',
  },
  { id: 'curl', label: () => t('export_formatCurl'), needsUrl: true, extension: 'sh' },
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
  if (!spec) return { ok: false, error: t('export_unknownFormat') };
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
      if (!request) return { ok: false, error: t('export_needUrl') };
      const sent = { ...request, now: now.getTime() };
      const text =
        format === 'curl' ? exportCurlCommand(cookies, sent) : exportCookieHeader(cookies, sent);
      return { ok: true, fileName, text };
    }
  }
}
