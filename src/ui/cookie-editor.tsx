import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { type Cookie, type SameSite, sameSiteValues } from '../cookies/cookie';
import { isolateBidi } from '../cookies/isolate-bidi';
import type { MergeableField } from '../cookies/merge-edit';
import {
  blockingIssues,
  type CookieField,
  type FieldIssue,
  type HostRules,
  validateCookie,
} from '../cookies/validate-cookie';
import { t, uiLocale } from '../i18n/t';
import { ProtocolError } from '../protocol/protocol-error';
import type { StoreKind } from '../protocol/store-kind';
import { errorText } from '../text/error-text';
import type { CookieConnector } from './cookie-connector';
import { type CookieForm, draftFromForm } from './cookie-form';
import { ConflictNote, fieldWords } from './editor/conflict-note';
import { sameSiteText } from './editor/same-site-text';
import { useEditorState } from './editor/use-editor-state';
import { StoreBadge } from './store-badge';
import type { Notice } from './undo-notice';

// The public suffix check runs in the background on save (its verdict comes back beside the
// domain field); the popup stays free of the 120 KB suffix list.
const pageHostRules: HostRules = { allowsDomainCookie: () => true };

export interface CookieEditorProps {
  connector: CookieConnector;
  original?: Cookie;
  initial: CookieForm;
  storeId: string;
  /** Said under the title where there is more than one store to write to (the manager). */
  store?: StoreKind | undefined;
  onSaved: (notice: Notice) => void;
  onCancel: () => void;
}

const issuesId = (field: CookieField) => `issues-${field}`;

/** "value and Secure": fields joined as the user's language joins a list. */
const fieldList = (fields: MergeableField[]) =>
  new Intl.ListFormat(uiLocale(), { type: 'conjunction' }).format(fields.map((f) => fieldWords[f]));

/** The field's messages describe its control, and an error marks it invalid (WCAG 3.3.1). */
function describedBy(field: CookieField | undefined, issues: FieldIssue[]) {
  const mine = field === undefined ? [] : issues.filter((issue) => issue.field === field);
  if (field === undefined || mine.length === 0) return {};
  return {
    'aria-describedby': issuesId(field),
    ...(mine.some((issue) => issue.severity === 'error')
      ? { 'aria-invalid': 'true' as const }
      : {}),
  };
}

const textField = {
  name: 'name',
  value: 'value',
  domain: 'domain',
  path: 'path',
  expires: 'expirationDate',
  topLevelSite: 'partitionKey',
} as const;

function Issues({ field, issues }: { field: CookieField; issues: FieldIssue[] }) {
  const mine = issues.filter((issue) => issue.field === field);
  if (mine.length === 0) return null;
  return (
    <div class="field-issues" id={issuesId(field)} data-testid={`error-${field}`} role="alert">
      {mine.map((issue) => (
        <p key={issue.message} class={`issue ${issue.severity}`}>
          {issue.message}
        </p>
      ))}
    </div>
  );
}

function Field(props: { label: string; id: string; children: ComponentChildren; hint?: string }) {
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      {props.children}
      {props.hint && <small class="hint">{props.hint}</small>}
    </div>
  );
}

function BrowserChanges({
  deleted,
  changed,
  conflicts,
}: {
  deleted: boolean;
  changed: MergeableField[];
  conflicts: MergeableField[];
}) {
  if (!deleted && changed.length === 0) return null;
  const fields = changed.map((f) => fieldWords[f]).join(', ');
  const text = deleted
    ? t('editor_browserDeleted')
    : conflicts.length > 0
      ? t('editor_browserChangedChoose', fields)
      : t('editor_browserChanged', fields);
  return (
    <p class="notice editor-notice" data-testid="editor-browser-changes" role="status">
      {text}
    </p>
  );
}

/**
 * The form for a new or an existing cookie; every rule is checked before anything is written.
 * It follows the browser while open: a change or deletion of the cookie by the site shows, and
 * a save only applies what the user changed (the background merges it onto the cookie as it
 * is then, and answers with a conflict instead of writing when both changed one field).
 */
export function CookieEditor({
  connector,
  original,
  initial,
  storeId,
  store,
  onSaved,
  onCancel,
}: CookieEditorProps) {
  const editor = useEditorState(connector, initial, original);
  const { form, base, deleted, changed, conflicts } = editor.state;
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [formError, setFormError] = useState<string>();
  const [confirmed, setConfirmed] = useState(false);
  const [saving, setSaving] = useState(false);
  const needsConfirmation = issues.some((i) => i.severity === 'confirm');
  const firstField = useRef<HTMLInputElement>(null);
  const formElement = useRef<HTMLFormElement>(null);
  // A save that failed on a field takes the keyboard to the first one marked invalid.
  const focusInvalid = useRef(false);
  useEffect(() => {
    if (!focusInvalid.current) return;
    focusInvalid.current = false;
    formElement.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [issues]);
  // Keyboard users land in the form they opened.
  useEffect(() => firstField.current?.focus(), []);
  // What the save is based on: the cookie as last seen, or nothing once it was deleted.
  const editing = deleted ? undefined : base;

  const update = <K extends keyof CookieForm>(key: K, value: CookieForm[K]) => {
    editor.update(key, value);
    setConfirmed(false);
  };
  const text = (key: keyof typeof textField) => ({
    ...describedBy(textField[key], issues),
    id: `field-${key}`,
    name: key,
    value: form[key],
    onInput: (e: Event) => update(key, (e.currentTarget as HTMLInputElement).value),
  });
  const checkField = {
    hostOnly: 'hostOnly',
    secure: 'secure',
    httpOnly: 'httpOnly',
    // Their own fields are hidden while these are (un)checked: the message is about them then.
    session: form.session ? 'expirationDate' : undefined,
    partitioned: form.partitioned ? undefined : 'partitionKey',
  } as const;
  const check = (key: keyof typeof checkField) => ({
    ...describedBy(checkField[key], issues),
    id: `field-${key}`,
    name: key,
    type: 'checkbox' as const,
    checked: form[key],
    onChange: (e: Event) => update(key, (e.currentTarget as HTMLInputElement).checked),
  });
  const conflictNotes = (...fields: MergeableField[]) =>
    base &&
    fields
      .filter((field) => conflicts.includes(field))
      .map((field) => (
        <ConflictNote
          key={field}
          field={field}
          browser={base}
          onChoose={(choice) => editor.resolve(field, choice)}
        />
      ));

  const submit = async (event: Event) => {
    event.preventDefault();
    setFormError(undefined);
    if (conflicts.length > 0) {
      setFormError(t('editor_chooseConflicts', fieldList(conflicts)));
      return;
    }
    const result = draftFromForm(form, storeId, editing);
    if ('issues' in result) {
      focusInvalid.current = true;
      setIssues(result.issues);
      return;
    }
    const found = validateCookie(result.draft, {
      nowSeconds: Date.now() / 1000,
      hostRules: pageHostRules,
      ...(editing ? { original: editing } : {}),
    });
    const acknowledged = confirmed && needsConfirmation;
    if (blockingIssues(found, acknowledged).length > 0) {
      focusInvalid.current = true;
      setIssues(found);
      setConfirmed(found.some((i) => i.severity === 'confirm'));
      return;
    }
    setSaving(true);
    editor.saving.current = true;
    try {
      const outcome = await connector.client.saveCookie({
        draft: result.draft,
        confirmed: acknowledged,
        ...(editing ? { original: editing } : {}),
      });
      if (outcome.plan === 'conflict') {
        // The browser changed a field the user changed too, after the form last heard of it.
        editor.moveTo(outcome.current);
        setFormError(t('editor_conflictNotSaved'));
        return;
      }
      const name = isolateBidi(outcome.cookie.name);
      const done = {
        create: () => t('editor_created', name),
        update: () => t('editor_saved', name),
        move: () => t('editor_saved', name),
        unchanged: () => t('editor_unchanged', name),
      }[outcome.plan]();
      const text = [done, ...outcome.notes].join(' ');
      onSaved(outcome.journalId === undefined ? { text } : { text, journalId: outcome.journalId });
    } catch (error) {
      setFormError(errorText(error));
      if (error instanceof ProtocolError) {
        focusInvalid.current = true;
        setIssues(error.issues);
        if (error.code === 'cookie-gone') editor.moveTo('deleted');
      }
    } finally {
      editor.saving.current = false;
      setSaving(false);
    }
  };

  return (
    <form
      ref={formElement}
      class="cookie-editor"
      data-testid="cookie-form"
      aria-labelledby="cookie-editor-title"
      onSubmit={submit}
      onKeyDown={(e) => e.key === 'Escape' && onCancel()}
      noValidate
    >
      <h2 id="cookie-editor-title">
        {original ? t('editor_titleEdit', isolateBidi(original.name)) : t('editor_titleNew')}
      </h2>
      {store && (
        <p class="editor-store" data-testid="editor-store">
          {t('editor_storeIn')} <StoreBadge store={store} />
        </p>
      )}
      <BrowserChanges deleted={deleted} changed={changed} conflicts={conflicts} />
      <Field label={t('editor_name')} id="field-name">
        <input {...text('name')} ref={firstField} spellcheck={false} autoComplete="off" />
        <Issues field="name" issues={issues} />
      </Field>
      <Field label={t('editor_value')} id="field-value">
        <textarea {...text('value')} rows={3} spellcheck={false} />
        <Issues field="value" issues={issues} />
        {conflictNotes('value')}
      </Field>
      <div class="field-row">
        <Field label={t('editor_domain')} id="field-domain">
          <input {...text('domain')} spellcheck={false} autoComplete="off" />
        </Field>
        <label class="inline">
          <input {...check('hostOnly')} /> {t('editor_hostOnly')}
        </label>
      </div>
      <Issues field="domain" issues={issues} />
      <Issues field="hostOnly" issues={issues} />
      <Field label={t('editor_path')} id="field-path">
        <input {...text('path')} spellcheck={false} autoComplete="off" />
        <Issues field="path" issues={issues} />
      </Field>
      <div class="field-row flags-row">
        <label class="inline">
          <input {...check('secure')} /> Secure
        </label>
        <label class="inline">
          <input {...check('httpOnly')} /> HttpOnly
        </label>
        <Field label="SameSite" id="field-sameSite">
          <select
            {...describedBy('sameSite', issues)}
            id="field-sameSite"
            name="sameSite"
            value={form.sameSite}
            onChange={(e) =>
              update('sameSite', (e.currentTarget as HTMLSelectElement).value as SameSite)
            }
          >
            {sameSiteValues.map((value) => (
              <option key={value} value={value}>
                {sameSiteText[value]}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <Issues field="secure" issues={issues} />
      <Issues field="sameSite" issues={issues} />
      {conflictNotes('secure', 'httpOnly', 'sameSite')}
      <div class="field-row">
        <label class="inline">
          <input {...check('session')} /> {t('editor_sessionCookie')}
        </label>
      </div>
      {!form.session && (
        <Field label={t('editor_expires')} id="field-expires">
          <input {...text('expires')} type="datetime-local" step={1} />
        </Field>
      )}
      <Issues field="expirationDate" issues={issues} />
      {conflictNotes('expirationDate')}
      <div class="field-row">
        <label class="inline">
          <input {...check('partitioned')} /> Partitioned (CHIPS)
        </label>
        {form.partitioned && (
          <Field label={t('editor_topLevelSite')} id="field-topLevelSite">
            <input {...text('topLevelSite')} spellcheck={false} placeholder="https://example.com" />
          </Field>
        )}
      </div>
      <Issues field="partitionKey" issues={issues} />
      {formError && (
        <p class="form-error" data-testid="form-error" role="alert">
          {formError}
        </p>
      )}
      <div class="form-actions">
        <button type="submit" class="primary" data-testid="save-button" disabled={saving}>
          {saving
            ? t('editor_saving')
            : needsConfirmation && confirmed
              ? t('editor_saveAnyway')
              : t('editor_save')}
        </button>
        <button type="button" data-testid="cancel-button" onClick={onCancel}>
          {t('editor_cancel')}
        </button>
      </div>
    </form>
  );
}
