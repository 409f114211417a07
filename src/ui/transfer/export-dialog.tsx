import type { ComponentChildren } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import type { Cookie } from '../../cookies/cookie';
import { cookieHost } from '../../cookies/cookie';
import { showDirectionControls } from '../../cookies/isolate-bidi';
import { t, tn } from '../../i18n/t';
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
      setStatus(t('export_copied'));
    } catch (e) {
      setStatus(t('export_copyFailed', errorText(e)));
    }
  };
  return (
    <section class="dialog" data-testid="export-dialog" aria-labelledby="export-dialog-title">
      <h2 id="export-dialog-title">{t('export_title', scopeLabel)}</h2>
      {scopeChooser}
      <p class="warning" data-testid="export-warning">
        {t('export_liveSessionWarning')}
      </p>
      <label class="field">
        {t('export_format')}
        <select
          name="exportFormat"
          data-testid="export-format"
          value={format}
          onChange={(e) => setFormat((e.currentTarget as HTMLSelectElement).value as ExportFormat)}
        >
          {exportFormats.map((f) => (
            <option key={f.id} value={f.id}>
              {f.label()}
            </option>
          ))}
        </select>
      </label>
      {spec?.needsUrl && (
        <label class="field">
          {t('export_forUrl')}
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
          {t('export_topUrl')}
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
          {t('export_crossSiteNote')}
        </p>
      )}
      {/* Cookie-Editor's import sets every cookie through the tab that is open (interface/popup:
      the cookie's url is the current tab's): cookies of other sites do not land where they were. */}
      {siteCount > 1 && (
        <p class="warning" data-testid="export-cookie-editor-warning">
          {tn('export_cookieEditorWarning', siteCount)}
        </p>
      )}
      {result.ok ? (
        <>
          {shown !== result.text && (
            <p class="warning" data-testid="export-bidi-note">
              {t('export_bidiNote')}
            </p>
          )}
          <textarea
            class="export-preview"
            data-testid="export-preview"
            aria-label={t('export_previewLabel')}
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
          {t('export_download')}
        </button>
        <button type="button" data-testid="export-copy" disabled={!result.ok} onClick={copy}>
          {t('export_copy')}
        </button>
        <button type="button" data-testid="export-close" onClick={onClose}>
          {t('export_close')}
        </button>
      </div>
    </section>
  );
}
