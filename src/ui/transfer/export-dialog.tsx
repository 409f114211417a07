import { useMemo, useState } from 'preact/hooks';
import type { Cookie } from '../../cookies/cookie';
import { cookieHost } from '../../cookies/cookie';
import { liveSessionWarning } from '../../formats/workbench-json';
import { errorText } from '../../text/error-text';
import { saveTextFile } from '../save-text-file';
import { type ExportFormat, exportFormats, exportText } from './export-text';

export interface ExportDialogProps {
  cookies: readonly Cookie[];
  /** What is exported, in words: "3 selected cookies", "every cookie". */
  scopeLabel: string;
  onClose: () => void;
}

/** Export to a file or the clipboard, in the formats other tools read. */
export function ExportDialog({ cookies, scopeLabel, onClose }: ExportDialogProps) {
  const [format, setFormat] = useState<ExportFormat>('workbench-json');
  const firstHost = cookies[0] ? cookieHost(cookies[0]) : 'example.com';
  const [url, setUrl] = useState(`https://${firstHost}/`);
  const [status, setStatus] = useState<string>();
  const result = useMemo(
    () => exportText(cookies, format, url, new Date()),
    [cookies, format, url],
  );
  const spec = exportFormats.find((f) => f.id === format);

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
    <section class="dialog" data-testid="export-dialog" aria-label="Export cookies">
      <h2>Export {scopeLabel}</h2>
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
      {result.ok ? (
        <textarea
          class="export-preview"
          data-testid="export-preview"
          readOnly
          rows={8}
          value={result.text}
        />
      ) : (
        <p class="form-error" role="alert">
          {result.error}
        </p>
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
