import type { ComponentChildren } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import type { Cookie } from '../../cookies/cookie';
import { cookieHost } from '../../cookies/cookie';
import { showDirectionControls } from '../../cookies/isolate-bidi';
import { liveSessionWarning } from '../../formats/workbench-json';
import { errorText } from '../../text/error-text';
import { saveTextFile } from '../save-text-file';
import { type ExportFormat, exportFormats, exportText } from './export-text';
import { type DescribeSites, useExportRequest } from './use-export-request';

export interface ExportDialogProps {
  cookies: readonly Cookie[];
  /** What is exported, in words: "3 selected cookies", "every cookie". */
  scopeLabel: string;
  /** The site of each cookie (registrable domain), to warn about multi-site Cookie-Editor files. */
  siteOf: (cookie: Cookie) => string;
  describeSites: DescribeSites;
  onClose: () => void;
  /** Which cookies: shown under the heading. */
  scopeChooser?: ComponentChildren;
}

// Cookie-Editor's import sets every cookie through the tab that is open (interface/popup:
// the cookie's url is the current tab's), so cookies of other sites do not land where they were.
function cookieEditorWarning(sites: number): string {
  return `These cookies belong to ${sites} sites, and Cookie-Editor imports every cookie onto the tab that is open when you import: export one site at a time for Cookie-Editor. Cookie Workbench imports each cookie onto its own site.`;
}

/** Export to a file or the clipboard, in the formats other tools read. */
export function ExportDialog({
  cookies,
  scopeLabel,
  siteOf,
  describeSites,
  onClose,
  scopeChooser,
}: ExportDialogProps) {
  const [format, setFormat] = useState<ExportFormat>('workbench-json');
  const firstHost = cookies[0] ? cookieHost(cookies[0]) : 'example.com';
  const [url, setUrl] = useState(`https://${firstHost}/`);
  const [top, setTop] = useState('');
  const [status, setStatus] = useState<string>();
  const spec = exportFormats.find((f) => f.id === format);
  const request = useExportRequest(spec?.needsUrl ?? false, url, top, describeSites);
  const result = useMemo(() => {
    if (request.kind === 'error') return { ok: false as const, error: request.error };
    if (request.kind === 'pending') return { ok: false as const, error: '' };
    return exportText(
      cookies,
      format,
      new Date(),
      request.kind === 'ready' ? request.request : undefined,
    );
  }, [cookies, format, request]);
  // One text box holds every cookie: a U+202E in one would show the others reversed, and no
  // element can isolate inside a textarea, so the preview writes direction controls out.
  const shown = useMemo(() => (result.ok ? showDirectionControls(result.text) : ''), [result]);
  const siteCount = useMemo(
    () => (format === 'cookie-list-json' ? new Set(cookies.map(siteOf)).size : 0),
    [cookies, format, siteOf],
  );

  const copy = async () => {
    if (!result.ok) return;
    try {
      await navigator.clipboard.writeText(result.text);
      setStatus('Copied to the clipboard.');
    } catch (e) {
      setStatus(`Could not copy: ${errorText(e)}. Use Download instead.`);
    }
  };
  return (
    <section class="dialog" data-testid="export-dialog" aria-labelledby="export-dialog-title">
      <h2 id="export-dialog-title">Export {scopeLabel}</h2>
      {scopeChooser}
      <p class="warning" data-testid="export-warning">
        {liveSessionWarning}
      </p>
      <label class="field">
        Format
        <select
          name="exportFormat"
          data-testid="export-format"
          value={format}
          onChange={(e) => setFormat((e.currentTarget as HTMLSelectElement).value as ExportFormat)}
        >
          {exportFormats.map((f) => (
            <option key={f.id} value={f.id}>
              {f.label}
            </option>
          ))}
        </select>
      </label>
      {spec?.needsUrl && (
        <label class="field">
          For the url
          <input
            name="exportUrl"
            data-testid="export-url"
            value={url}
            onInput={(e) => setUrl((e.currentTarget as HTMLInputElement).value)}
          />
        </label>
      )}
      {spec?.needsUrl && (
        <label class="field">
          Requested from the top-level page (empty: the url itself is visited)
          <input
            name="exportTopUrl"
            data-testid="export-top-url"
            placeholder="https://other-site.example/"
            value={top}
            onInput={(e) => setTop((e.currentTarget as HTMLInputElement).value)}
          />
        </label>
      )}
      {request.kind === 'ready' && request.request.crossSite && (
        <p class="notice" data-testid="export-cross-site-note">
          A cross-site request: only cookies with SameSite=None go, and of those only partitioned
          ones while the browser blocks third-party cookies (Chromium's default).
        </p>
      )}
      {siteCount > 1 && (
        <p class="warning" data-testid="export-cookie-editor-warning">
          {cookieEditorWarning(siteCount)}
        </p>
      )}
      {result.ok ? (
        <>
          {shown !== result.text && (
            <p class="warning" data-testid="export-bidi-note">
              Some cookies hold invisible direction characters, which would reorder the text around
              them: the preview shows each as a mark such as ⟨U+202E⟩. Download and Copy keep them
              as they are.
            </p>
          )}
          <textarea
            class="export-preview"
            data-testid="export-preview"
            aria-label="Export preview"
            readOnly
            rows={8}
            value={shown}
          />
        </>
      ) : (
        result.error !== '' && (
          <p class="form-error" role="alert" data-testid="export-error">
            {result.error}
          </p>
        )
      )}
      {status && (
        <p class="notice" role="status">
          {status}
        </p>
      )}
      <div class="form-actions">
        <button
          type="button"
          class="primary"
          data-testid="export-download"
          disabled={!result.ok}
          onClick={() => result.ok && saveTextFile(result.text, result.fileName)}
        >
          Download
        </button>
        <button type="button" data-testid="export-copy" disabled={!result.ok} onClick={copy}>
          Copy
        </button>
        <button type="button" data-testid="export-close" onClick={onClose}>
          Close
        </button>
      </div>
    </section>
  );
}
