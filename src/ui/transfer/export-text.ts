import type { Cookie } from '../../cookies/cookie';
import { exportCookieHeader } from '../../formats/cookie-header';
import { exportCurlCommand } from '../../formats/curl-command';
import { exportNetscapeCookies } from '../../formats/netscape-cookies';
import { exportWorkbenchJson } from '../../formats/workbench-json';

export type ExportFormat =
  | 'workbench-json'
  | 'cookie-list-json'
  | 'netscape'
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
    label: 'Netscape cookies.txt (curl -b, wget, yt-dlp)',
    needsUrl: false,
    extension: 'txt',
  },
  { id: 'cookie-header', label: 'Cookie: header for a url', needsUrl: true, extension: 'txt' },
  { id: 'curl', label: 'curl command for a url', needsUrl: true, extension: 'sh' },
];

export type ExportResult =
  | { ok: true; text: string; fileName: string }
  | { ok: false; error: string };

/** The export of `cookies` in a format; header and curl exports need the url they are for. */
export function exportText(
  cookies: readonly Cookie[],
  format: ExportFormat,
  urlText: string,
  now: Date,
): ExportResult {
  const spec = exportFormats.find((f) => f.id === format);
  if (!spec) return { ok: false, error: 'Unknown format.' };
  let url: URL | undefined;
  if (spec.needsUrl) {
    try {
      url = new URL(urlText.trim());
    } catch {
      return {
        ok: false,
        error: 'Enter the full url the cookies are for, e.g. https://example.com/.',
      };
    }
  }
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
    case 'cookie-header':
      return { ok: true, fileName, text: exportCookieHeader(cookies, url as URL) };
    case 'curl':
      return { ok: true, fileName, text: exportCurlCommand(cookies, url as URL) };
  }
}
