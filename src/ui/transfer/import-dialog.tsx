import { useMemo, useState } from 'preact/hooks';
import type { Cookie } from '../../cookies/cookie';
import { identityKey } from '../../cookies/cookie-identity';
import type { HostRules } from '../../cookies/validate-cookie';
import { type DetectedImport, detectFormat, importFormatNames } from '../../formats/detect-format';
import type { ExistingPolicy, ImportResult } from '../../journal/plan-import';
import { requestLimits } from '../../protocol/request-limits';
import { cookieLabel } from '../../text/cookie-label';
import { errorText } from '../../text/error-text';
import { plural } from '../../text/plural';
import type { CookieConnector } from '../cookie-connector';
import { type Notice, UndoNotice } from '../undo-notice';
import { useWithoutUndoQuestion, WithoutUndoQuestion } from '../without-undo-question';

// Public suffixes are checked by the background when it imports; the page stays free of the list.
const pageHostRules: HostRules = { allowsDomainCookie: () => true };

export interface ImportDialogProps {
  connector: CookieConnector;
  storeId: string;
  /** The cookies there are now, to ask before replacing any of them. */
  existing: readonly Cookie[];
  onClose: () => void;
  /** After an import wrote cookies: lists should re-read. */
  onImported?: () => void;
}

type Report = { notice: Notice; lines: { status: string; text: string }[] };

/** Import from a file or pasted text: detect, preview with each cookie's verdict, then import. */
export function ImportDialog({
  connector,
  storeId,
  existing,
  onClose,
  onImported,
}: ImportDialogProps) {
  const [text, setText] = useState('');
  const [url, setUrl] = useState('');
  const [detected, setDetected] = useState<DetectedImport>();
  const [policy, setPolicy] = useState<ExistingPolicy>();
  const [report, setReport] = useState<Report>();
  const [busy, setBusy] = useState(false);
  const existingByKey = useMemo(
    () => new Map(existing.map((cookie) => [identityKey(cookie), cookie])),
    [existing],
  );
  const withoutUndo = useWithoutUndoQuestion();

  const preview = () => {
    let target: URL | undefined;
    try {
      target = url.trim() ? new URL(url.trim()) : undefined;
    } catch {
      target = undefined;
    }
    setReport(undefined);
    setPolicy(undefined);
    setDetected(
      detectFormat(text, {
        storeId,
        nowSeconds: Date.now() / 1000,
        hostRules: pageHostRules,
        ...(target ? { url: target } : {}),
      }),
    );
  };
  const entries = detected?.ok ? detected.entries : [];
  const importable = entries.flatMap((e) =>
    e.ok && !e.issues.some((i) => i.severity === 'error') ? [e.draft] : [],
  );
  const collisions = importable.filter((d) => existingByKey.has(identityKey(d)));
  const tooMany = importable.length > requestLimits.cookies;

  const runImport = async (options: { withoutUndo?: true } = {}) => {
    setBusy(true);
    try {
      const answer = await withoutUndo.attempt(
        'Import without undo',
        () => void runImport({ withoutUndo: true }),
        () =>
          connector.client.importCookies({
            drafts: importable,
            onExisting: policy ?? 'skip',
            // What the preview showed: the background replaces only cookies still like this.
            seen: collisions.flatMap((d) => existingByKey.get(identityKey(d)) ?? []),
            ...options,
          }),
      );
      if (!answer) return;
      const { results, journalId } = answer;
      const lines = results.map((r: ImportResult) => {
        const draft = importable[r.index];
        const name = draft ? cookieLabel(draft) : `#${r.index + 1}`;
        return 'reason' in r
          ? { status: r.status, text: r.reason }
          : { status: r.status, text: name };
      });
      const rejected = entries.flatMap((e) =>
        !e.ok
          ? [{ status: 'failed', text: `${e.source}: ${e.reason}` }]
          : e.issues.some((i) => i.severity === 'error')
            ? [
                {
                  status: 'failed',
                  text: `${cookieLabel(e.draft)}: ${e.issues
                    .filter((i) => i.severity === 'error')
                    .map((i) => i.message)
                    .join(' ')}`,
                },
              ]
            : [],
      );
      const done = results.filter(
        (r) => r.status === 'imported' || r.status === 'overwritten',
      ).length;
      const failed = rejected.length + results.filter((r) => r.status === 'failed').length;
      const summary = `Imported ${plural(done, 'cookie')}${failed > 0 ? `; ${failed} failed` : ''}.`;
      setReport({
        notice: journalId === undefined ? { text: summary } : { text: summary, journalId },
        lines: [...rejected, ...lines],
      });
      onImported?.();
    } catch (e) {
      setReport({
        notice: { text: `Import failed: ${errorText(e)}` },
        lines: [],
      });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="dialog" data-testid="import-dialog" aria-label="Import cookies">
      <h2>Import cookies</h2>
      <label class="field">
        From a file
        <input
          type="file"
          data-testid="import-file"
          accept=".json,.txt,text/plain,application/json"
          onChange={async (e) => {
            const file = (e.currentTarget as HTMLInputElement).files?.[0];
            if (file) setText(await file.text());
          }}
        />
      </label>
      <label class="field">
        Or paste: JSON (ours, Cookie-Editor, EditThisCookie), Netscape cookies.txt, or a Cookie
        header
        <textarea
          name="importText"
          data-testid="import-text"
          rows={6}
          value={text}
          onInput={(e) => setText((e.currentTarget as HTMLTextAreaElement).value)}
        />
      </label>
      <label class="field">
        Site url (for a Cookie header)
        <input
          name="importUrl"
          data-testid="import-url"
          placeholder="https://example.com/"
          value={url}
          onInput={(e) => setUrl((e.currentTarget as HTMLInputElement).value)}
        />
      </label>
      <div class="form-actions">
        <button
          type="button"
          data-testid="import-preview"
          onClick={preview}
          disabled={text.trim() === ''}
        >
          Preview
        </button>
        <button type="button" data-testid="import-close" onClick={onClose}>
          Close
        </button>
      </div>
      {detected && !detected.ok && (
        <p class="form-error" data-testid="import-error" role="alert">
          {detected.error}
        </p>
      )}
      {detected?.ok && (
        <>
          <p data-testid="import-format">
            {importFormatNames[detected.format]}: {plural(entries.length, 'cookie')},{' '}
            {importable.length} importable.
          </p>
          <ul class="import-preview" data-testid="import-entries">
            {entries.map((entry, i) => (
              <li
                key={i}
                data-testid="import-entry"
                data-ok={
                  entry.ok && !entry.issues.some((x) => x.severity === 'error') ? 'true' : 'false'
                }
              >
                {entry.ok ? (
                  <>
                    <strong>{entry.draft.name}</strong> {entry.draft.domain}
                    {entry.draft.path}{' '}
                    {entry.draft.expirationDate === undefined ? 'session' : 'persistent'}
                    {existingByKey.has(identityKey(entry.draft)) && <em> (exists)</em>}
                    {entry.issues.map((issue) => (
                      <span key={issue.message} class={`issue ${issue.severity}`}>
                        {' '}
                        {issue.message}
                      </span>
                    ))}
                  </>
                ) : (
                  <span class="issue error">
                    {entry.source}: {entry.reason}
                  </span>
                )}
              </li>
            ))}
          </ul>
          {collisions.length > 0 && (
            <fieldset class="field" data-testid="import-existing">
              <legend>{collisions.length} of these cookies exist already. Replace them?</legend>
              <label class="inline">
                <input
                  type="radio"
                  name="onExisting"
                  value="skip"
                  checked={policy === 'skip'}
                  onChange={() => setPolicy('skip')}
                />{' '}
                Keep the existing ones
              </label>
              <label class="inline">
                <input
                  type="radio"
                  name="onExisting"
                  value="overwrite"
                  checked={policy === 'overwrite'}
                  onChange={() => setPolicy('overwrite')}
                />{' '}
                Overwrite them
              </label>
            </fieldset>
          )}
          {tooMany && (
            <p class="form-error" data-testid="import-too-many" role="alert">
              This holds {importable.length} importable cookies; one import takes at most{' '}
              {requestLimits.cookies} (a browser keeps about 3,300 in all). Split the file.
            </p>
          )}
          <WithoutUndoQuestion question={withoutUndo.question} onClose={withoutUndo.close} />
          <button
            type="button"
            class="primary"
            data-testid="import-run"
            disabled={
              busy ||
              tooMany ||
              importable.length === 0 ||
              (collisions.length > 0 && policy === undefined)
            }
            onClick={() => runImport()}
          >
            Import {plural(importable.length, 'cookie')}
          </button>
        </>
      )}
      {report && (
        <div data-testid="import-report">
          <UndoNotice
            connector={connector}
            notice={report.notice}
            onUndone={() => onImported?.()}
          />
          <ul>
            {report.lines.map((line, i) => (
              <li
                key={i}
                data-testid="import-result"
                data-status={line.status}
                class={line.status === 'failed' ? 'issue error' : ''}
              >
                {line.status}: {line.text}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
