import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { chromeCookieLimits } from '../../cookies/browser-cookie-limits';
import type { Cookie } from '../../cookies/cookie';
import { identityKey } from '../../cookies/cookie-identity';
import { evictionWarnings, tooManyReason } from '../../formats/import-capacity';
import { fileTooBigReason, maxImportFileBytes, megabytes } from '../../formats/import-file-text';
import type { ImportSummary } from '../../formats/import-preview';
import { t, tn } from '../../i18n/t';
import type { ExistingPolicy, ImportResult } from '../../journal/plan-import';
import type { CookieStoreInfo } from '../../protocol/cookie-protocol';
import { errorText } from '../../text/error-text';
import type { CookieConnector } from '../cookie-connector';
import { ModalDialog } from '../modal-dialog';
import { ProtectedAmongQuestion } from '../protection/protected-among-question';
import { StoreBadge } from '../store-badge';
import { type Notice, UndoNotice } from '../undo-notice';
import { useWithoutUndoQuestion, WithoutUndoQuestion } from '../without-undo-question';
import { ImportPreviewList } from './import-preview-list';
import { ImportWorkerClient } from './import-worker-client';
import { pageLocale } from './worker-messages';

export interface ImportDialogProps {
  connector: CookieConnector;
  /** The store chosen at first. */
  storeId: string;
  /** With more than one, the dialog asks which store to write to. */
  stores?: readonly CookieStoreInfo[];
  /** The cookies there are now, to ask before replacing any of them. */
  existing: readonly Cookie[];
  onClose: () => void;
  /** After an import wrote cookies: lists should re-read. */
  onImported?: () => void;
  /**
   * The protect rules: an import that would overwrite protected cookies asks to unprotect
   * them first (else the background would put them back at once).
   */
  protection?: { isProtected(cookie: Cookie): boolean; unprotect(cookie: Cookie): Promise<void> };
}

type LineStatus = 'failed' | 'skipped' | 'evicted';
type Report = { notice: Notice; lines: { status: LineStatus; text: string }[]; more: number };
type Preview =
  | { state: 'reading' }
  | { state: 'error'; error: string }
  | { state: 'ready'; summary: ImportSummary };

/** Report lines shown at most; the rest are counted. */
const reportLines = 200;

const statusText = (status: LineStatus) =>
  status === 'failed'
    ? t('import_statusFailed')
    : status === 'skipped'
      ? t('import_statusSkipped')
      : t('import_statusEvicted');

const fileSize = (bytes: number) =>
  bytes < 1024 * 1024
    ? t('import_sizeKb', Math.ceil(bytes / 1024))
    : t('import_sizeMb', megabytes(bytes));

/**
 * Import from a file or pasted text. A file is never read into the page: a worker reads, parses
 * and checks it (a 20 MB file froze the page for minutes) and the page asks it for counts, the
 * rows on screen and, to import, the drafts.
 */
export function ImportDialog({
  connector,
  storeId: firstStoreId,
  stores = [],
  existing,
  onClose,
  onImported,
  protection,
}: ImportDialogProps) {
  const [protectedHit, setProtectedHit] = useState<Cookie[]>();
  const [storeId, setStoreId] = useState(firstStoreId);
  const [file, setFile] = useState<File>();
  const [text, setText] = useState('');
  const [url, setUrl] = useState('');
  const [preview, setPreview] = useState<Preview>();
  const [policy, setPolicy] = useState<ExistingPolicy>();
  const [evictionAccepted, setEvictionAccepted] = useState(false);
  const [report, setReport] = useState<Report>();
  const [busy, setBusy] = useState(false);
  // Close or Escape while the import writes: the dialog stays, so its result (and Undo) is seen.
  const [closeAsked, setCloseAsked] = useState(false);
  const worker = useRef<ImportWorkerClient | undefined>(undefined);
  const generation = useRef(0);
  // Whether the browser isolates first parties (Firefox), asked once: the preview then compares
  // cookies without one as the import will write them, in their own site's first party. Unknown
  // (the question failed) counts as no, as it did before the question existed.
  const isolation = useRef<Promise<boolean>>(undefined);
  const isolatesFirstParties = () => {
    isolation.current ??= connector.client.describeFirstParties({}).then(
      (answer) => answer.isolated,
      () => false,
    );
    return isolation.current;
  };
  const fileInput = useRef<HTMLInputElement>(null);
  const runButton = useRef<HTMLButtonElement>(null);
  const existingByKey = useMemo(
    () => new Map(existing.map((cookie) => [identityKey(cookie), cookie])),
    [existing],
  );
  const withoutUndo = useWithoutUndoQuestion();
  useEffect(() => () => worker.current?.close(), []);

  const client = () => {
    worker.current ??= new ImportWorkerClient();
    return worker.current;
  };

  // The drafts carry the store, and "exists already" is asked of that store: a new store is a
  // new preview.
  const runPreview = async (source: { file: File } | { text: string }, target = storeId) => {
    const mine = ++generation.current;
    setReport(undefined);
    setPolicy(undefined);
    setEvictionAccepted(false);
    const tooBig = 'file' in source ? fileTooBigReason(source.file.size) : undefined;
    if (tooBig) {
      setPreview({ state: 'error', error: tooBig });
      return;
    }
    setPreview({ state: 'reading' });
    const present = existing
      .filter((cookie) => cookie.storeId === target)
      .map((cookie) => [identityKey(cookie), cookie.domain] as const);
    try {
      const isolates = await isolatesFirstParties();
      if (mine !== generation.current) return;
      const answer = await client().ask({
        kind: 'preview',
        source,
        options: {
          storeId: target,
          url,
          nowSeconds: Date.now() / 1000,
          present,
          ...(isolates && { isolatesFirstParties: true }),
        },
        locale: pageLocale(),
      });
      if (mine !== generation.current) return;
      setPreview(
        answer.ok
          ? { state: 'ready', summary: answer.summary }
          : { state: 'error', error: answer.error },
      );
    } catch (error) {
      if (mine !== generation.current) return;
      setPreview({ state: 'error', error: errorText(error) });
    }
  };

  const loadRows = useCallback(
    (from: number, to: number) => client().ask({ kind: 'rows', from, to }),
    [],
  );

  const summary = preview?.state === 'ready' ? preview.summary : undefined;
  const refusal = summary && tooManyReason(summary.capacity);
  const warnings = summary ? evictionWarnings(summary.capacity) : [];

  const runImport = async (options: { withoutUndo?: true } = {}, unprotected = false) => {
    if (!summary) return;
    setBusy(true);
    try {
      const { drafts, existingKeys } = await client().ask({ kind: 'selection' });
      const seen = existingKeys.flatMap((key) => existingByKey.get(key) ?? []);
      const hit =
        policy === 'overwrite' && protection && !unprotected
          ? seen.filter(protection.isProtected)
          : [];
      if (hit.length > 0) {
        setProtectedHit(hit);
        return;
      }
      const answer = await withoutUndo.attempt(
        t('import_withoutUndo'),
        () => void runImport({ withoutUndo: true }),
        () =>
          connector.client.importCookies({
            drafts,
            onExisting: policy ?? 'skip',
            // What the preview showed: the background replaces only cookies still like this.
            seen,
            ...options,
          }),
      );
      if (!answer) return;
      const { results, journalId, evicted = [] } = answer;
      const problems = await client().ask({ kind: 'problems', limit: reportLines });
      const done = results.filter(
        (r) => r.status === 'imported' || r.status === 'overwritten',
      ).length;
      const notDone = results.filter((r: ImportResult) => 'reason' in r);
      const failed = problems.count + results.filter((r) => r.status === 'failed').length;
      const lines: Report['lines'] = [
        ...problems.lines.map((line) => ({ status: 'failed' as const, text: line })),
        ...notDone.flatMap((r) =>
          r.status === 'failed' || r.status === 'skipped'
            ? [{ status: r.status, text: r.reason }]
            : [],
        ),
        ...evicted.map((label) => ({
          status: 'evicted' as const,
          text: t('import_evictedLine', label),
        })),
      ];
      // Said in the notice, not only in the lines: cookies of other sites may be gone.
      const imported = tn('count_cookies', done);
      const parts = [
        failed > 0 ? t('import_doneWithFailed', imported, failed) : t('import_done', imported),
      ];
      if (evicted.length > 0) {
        const { perSite, total } = chromeCookieLimits;
        parts.push(tn('import_evicted', evicted.length, perSite, total));
      }
      const summaryText = parts.join(' ');
      setReport({
        notice: journalId === undefined ? { text: summaryText } : { text: summaryText, journalId },
        lines: lines.slice(0, reportLines),
        more:
          lines.length -
          Math.min(lines.length, reportLines) +
          problems.count -
          problems.lines.length,
      });
      onImported?.();
    } catch (e) {
      setReport({
        notice: { text: t('import_failed', errorText(e)) },
        lines: [],
        more: 0,
      });
    } finally {
      setBusy(false);
      setCloseAsked(false);
    }
  };
  const close = () => (busy ? setCloseAsked(true) : onClose());

  return (
    <ModalDialog
      class="transfer"
      labelledBy="import-dialog-title"
      testId="transfer-overlay"
      onCancel={close}
    >
      <section class="dialog" data-testid="import-dialog" aria-labelledby="import-dialog-title">
        <h2 id="import-dialog-title">{t('import_title')}</h2>
        <label class="field">
          {t('import_fileLabel', maxImportFileBytes / 1024 / 1024)}
          <input
            type="file"
            ref={fileInput}
            data-testid="import-file"
            accept=".json,.txt,text/plain,application/json"
            onChange={(e) => {
              const chosen = (e.currentTarget as HTMLInputElement).files?.[0];
              setFile(chosen);
              if (!chosen) return;
              // One source at a time: the file, or what is pasted.
              setText('');
              void runPreview({ file: chosen });
            }}
          />
        </label>
        {file && (
          <p data-testid="import-file-chosen">
            {file.name}, {fileSize(file.size)}
          </p>
        )}
        <label class="field">
          {t('import_pasteLabel')}
          <textarea
            name="importText"
            data-testid="import-text"
            rows={4}
            value={text}
            onInput={(e) => {
              setText((e.currentTarget as HTMLTextAreaElement).value);
              setFile(undefined);
              if (fileInput.current) fileInput.current.value = '';
            }}
          />
        </label>
        <label class="field">
          {t('import_urlLabel')}
          <input
            name="importUrl"
            data-testid="import-url"
            placeholder="https://example.com/"
            value={url}
            onInput={(e) => setUrl((e.currentTarget as HTMLInputElement).value)}
          />
        </label>
        {stores.length > 1 && (
          <fieldset class="field" data-testid="import-store">
            <legend>{t('import_whichStore')}</legend>
            {stores.map((store) => (
              <label class="inline" key={store.id}>
                <input
                  type="radio"
                  name="importStore"
                  value={store.id}
                  checked={storeId === store.id}
                  disabled={busy}
                  onChange={() => {
                    setStoreId(store.id);
                    if (preview) void runPreview(file ? { file } : { text }, store.id);
                  }}
                />{' '}
                <StoreBadge store={store.kind} testId="import-store-name" />
              </label>
            ))}
          </fieldset>
        )}
        <div class="form-actions">
          <button
            type="button"
            data-testid="import-preview"
            onClick={() => void runPreview(file ? { file } : { text })}
            disabled={!file && text.trim() === ''}
          >
            {t('import_preview')}
          </button>
          <button type="button" data-testid="import-close" onClick={close}>
            {t('import_close')}
          </button>
        </div>
        {closeAsked && (
          <p class="notice" data-testid="import-close-wait" role="status">
            {t('import_closeWait')}
          </p>
        )}
        {preview?.state === 'reading' && (
          <p class="hint" data-testid="import-reading" role="status">
            {t('import_reading')}
          </p>
        )}
        {preview?.state === 'error' && (
          <p class="form-error" data-testid="import-error" role="alert">
            {preview.error}
          </p>
        )}
        {summary && (
          <>
            <p data-testid="import-format">
              {t(
                'import_summary',
                summary.formatName,
                tn('count_cookies', summary.total),
                summary.importable,
              )}
            </p>
            <ImportPreviewList key={generation.current} count={summary.total} loadRows={loadRows} />
            {refusal && (
              <p class="form-error" data-testid="import-too-many" role="alert">
                {refusal}
              </p>
            )}
            {warnings.length > 0 && (
              <div class="import-eviction" data-testid="import-eviction" role="alert">
                {warnings.map((warning) => (
                  <p key={warning}>{warning}</p>
                ))}
                <label class="inline">
                  <input
                    type="checkbox"
                    data-testid="import-accept-eviction"
                    checked={evictionAccepted}
                    onChange={(e) =>
                      setEvictionAccepted((e.currentTarget as HTMLInputElement).checked)
                    }
                  />{' '}
                  {t('import_anyway')}
                </label>
              </div>
            )}
            {!refusal && summary.existing > 0 && (
              <fieldset class="field" data-testid="import-existing">
                <legend>{tn('import_existing', summary.existing)}</legend>
                <label class="inline">
                  <input
                    type="radio"
                    name="onExisting"
                    value="skip"
                    checked={policy === 'skip'}
                    onChange={() => setPolicy('skip')}
                  />{' '}
                  {t('import_keepExisting')}
                </label>
                <label class="inline">
                  <input
                    type="radio"
                    name="onExisting"
                    value="overwrite"
                    checked={policy === 'overwrite'}
                    onChange={() => setPolicy('overwrite')}
                  />{' '}
                  {t('import_overwrite')}
                </label>
              </fieldset>
            )}
            {protectedHit && protection && (
              <ProtectedAmongQuestion
                count={protectedHit.length}
                total={protectedHit.length}
                text={tn('import_protected', protectedHit.length)}
                onUnprotect={async () => {
                  for (const cookie of protectedHit) await protection.unprotect(cookie);
                  setProtectedHit(undefined);
                  await runImport({}, true);
                }}
                onCancel={() => setProtectedHit(undefined)}
              />
            )}
            <WithoutUndoQuestion
              question={withoutUndo.question}
              onClose={withoutUndo.close}
              returnFocus={() => runButton.current}
            />
            <button
              type="button"
              class="primary"
              data-testid="import-run"
              ref={runButton}
              disabled={
                busy ||
                refusal !== undefined ||
                summary.importable === 0 ||
                (warnings.length > 0 && !evictionAccepted) ||
                (summary.existing > 0 && policy === undefined)
              }
              onClick={() => runImport()}
            >
              {tn('import_run', summary.capacity.adding + summary.existing)}
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
                  {t('import_reportLine', statusText(line.status), line.text)}
                </li>
              ))}
            </ul>
            {report.more > 0 && <p class="hint">{tn('import_moreLines', report.more)}</p>}
          </div>
        )}
      </section>
    </ModalDialog>
  );
}
