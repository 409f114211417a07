import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { type Cookie, type SameSite, sameSiteValues } from '../cookies/cookie';
import {
  blockingIssues,
  type CookieField,
  type FieldIssue,
  type HostRules,
  validateCookie,
} from '../cookies/validate-cookie';
import { ProtocolError } from '../protocol/protocol-error';
import type { CookieConnector } from './cookie-connector';
import { type CookieForm, draftFromForm } from './cookie-form';
import type { Notice } from './undo-notice';

const sameSiteText: Record<SameSite, string> = {
  unspecified: 'Not set (browsers treat it as Lax)',
  lax: 'Lax',
  strict: 'Strict',
  no_restriction: 'None (needs Secure)',
};

// The public suffix check runs in the background on save (its verdict comes back beside the
// domain field); the popup stays free of the 120 KB suffix list.
const pageHostRules: HostRules = { allowsDomainCookie: () => true };

export interface CookieEditorProps {
  connector: CookieConnector;
  original?: Cookie;
  initial: CookieForm;
  storeId: string;
  onSaved: (notice: Notice) => void;
  onCancel: () => void;
}

function Issues({ field, issues }: { field: CookieField; issues: FieldIssue[] }) {
  const mine = issues.filter((issue) => issue.field === field);
  if (mine.length === 0) return null;
  return (
    <div class="field-issues" data-testid={`error-${field}`} role="alert">
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

/** The form for a new or an existing cookie; every rule is checked before anything is written. */
export function CookieEditor({
  connector,
  original,
  initial,
  storeId,
  onSaved,
  onCancel,
}: CookieEditorProps) {
  const [form, setForm] = useState<CookieForm>(initial);
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [formError, setFormError] = useState<string>();
  const [confirmed, setConfirmed] = useState(false);
  const [saving, setSaving] = useState(false);
  const needsConfirmation = issues.some((i) => i.severity === 'confirm');
  const firstField = useRef<HTMLInputElement>(null);
  // Keyboard users land in the form they opened.
  useEffect(() => firstField.current?.focus(), []);

  const update = <K extends keyof CookieForm>(key: K, value: CookieForm[K]) => {
    setForm((current) => ({ ...current, [key]: value }));
    setConfirmed(false);
  };
  const text = (key: 'name' | 'value' | 'domain' | 'path' | 'expires' | 'topLevelSite') => ({
    id: `field-${key}`,
    name: key,
    value: form[key],
    onInput: (e: Event) => update(key, (e.currentTarget as HTMLInputElement).value),
  });
  const check = (key: 'hostOnly' | 'secure' | 'httpOnly' | 'session' | 'partitioned') => ({
    id: `field-${key}`,
    name: key,
    type: 'checkbox' as const,
    checked: form[key],
    onChange: (e: Event) => update(key, (e.currentTarget as HTMLInputElement).checked),
  });

  const submit = async (event: Event) => {
    event.preventDefault();
    setFormError(undefined);
    const result = draftFromForm(form, storeId, original);
    if ('issues' in result) {
      setIssues(result.issues);
      return;
    }
    const found = validateCookie(result.draft, {
      nowSeconds: Date.now() / 1000,
      hostRules: pageHostRules,
      ...(original ? { original } : {}),
    });
    const acknowledged = confirmed && needsConfirmation;
    if (blockingIssues(found, acknowledged).length > 0) {
      setIssues(found);
      setConfirmed(found.some((i) => i.severity === 'confirm'));
      return;
    }
    setSaving(true);
    try {
      const outcome = await connector.client.saveCookie({
        draft: result.draft,
        confirmed: acknowledged,
        ...(original ? { original } : {}),
      });
      const verb = { create: 'Created', update: 'Saved', move: 'Saved', unchanged: 'No change to' }[
        outcome.plan
      ];
      const text = [`${verb} "${outcome.cookie.name}".`, ...outcome.notes].join(' ');
      onSaved(outcome.journalId === undefined ? { text } : { text, journalId: outcome.journalId });
    } catch (error) {
      setFormError(error instanceof Error ? error.message : String(error));
      if (error instanceof ProtocolError) setIssues(error.issues);
    } finally {
      setSaving(false);
    }
  };

  return (
    <form
      class="cookie-editor"
      data-testid="cookie-form"
      onSubmit={submit}
      onKeyDown={(e) => e.key === 'Escape' && onCancel()}
      noValidate
    >
      <h2>{original ? `Edit "${original.name}"` : 'New cookie'}</h2>
      <Field label="Name" id="field-name">
        <input {...text('name')} ref={firstField} spellcheck={false} autoComplete="off" />
        <Issues field="name" issues={issues} />
      </Field>
      <Field label="Value" id="field-value">
        <textarea {...text('value')} rows={3} spellcheck={false} />
        <Issues field="value" issues={issues} />
      </Field>
      <div class="field-row">
        <Field label="Domain" id="field-domain">
          <input {...text('domain')} spellcheck={false} autoComplete="off" />
        </Field>
        <label class="inline">
          <input {...check('hostOnly')} /> host-only
        </label>
      </div>
      <Issues field="domain" issues={issues} />
      <Issues field="hostOnly" issues={issues} />
      <Field label="Path" id="field-path">
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
      <div class="field-row">
        <label class="inline">
          <input {...check('session')} /> Session cookie (deleted when the browser closes)
        </label>
      </div>
      {!form.session && (
        <Field label="Expires (your local time)" id="field-expires">
          <input {...text('expires')} type="datetime-local" step={1} />
        </Field>
      )}
      <Issues field="expirationDate" issues={issues} />
      <div class="field-row">
        <label class="inline">
          <input {...check('partitioned')} /> Partitioned (CHIPS)
        </label>
        {form.partitioned && (
          <Field label="Top-level site" id="field-topLevelSite">
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
          {saving ? 'Saving…' : needsConfirmation && confirmed ? 'Save anyway' : 'Save'}
        </button>
        <button type="button" data-testid="cancel-button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
