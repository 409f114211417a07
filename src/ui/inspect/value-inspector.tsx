import { useEffect, useId, useState } from 'preact/hooks';
import type { Cookie } from '../../cookies/cookie';
import { t } from '../../i18n/t';
import { inspectValue } from '../../inspect/inspect-value';
import type { Inspection } from '../../inspect/inspection';
import { rebuildValue, verifyInspection } from '../../inspect/rebuild-value';
import { errorText } from '../../text/error-text';
import { CookieText } from '../cookie-text';
import { LayerDetails } from './layer-details';

export interface ValueInspectorProps {
  cookie: Cookie;
  /** The value of the `<name>.sig` cookie beside it (cookie-session), if the list has one. */
  siblingSig?: string | undefined;
  /** Opens the editor with this value in place of the cookie's (saved the usual loss-free way). */
  onUseValue: (value: string) => void;
}

type Check = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; text: string; ok: boolean };

/**
 * What a cookie value holds, layer by layer (src/inspect/), and an editor for its innermost text
 * that puts the value back together exactly as it was encoded. Signed values need the server's
 * secret, typed here and kept only in this component's state: never stored, never sent.
 */
export function ValueInspector({ cookie, siblingSig, onUseValue }: ValueInspectorProps) {
  const [inspection, setInspection] = useState<Inspection>();
  const [draft, setDraft] = useState('');
  const [secret, setSecret] = useState('');
  const [check, setCheck] = useState<Check>({ kind: 'idle' });
  const ids = useId();
  useEffect(() => {
    let current = true;
    void inspectValue(cookie.value, {
      name: cookie.name,
      ...(siblingSig !== undefined ? { siblingSig } : {}),
    }).then((result) => {
      if (!current) return;
      setInspection(result);
      setDraft(result.text);
      setCheck({ kind: 'idle' });
    });
    return () => {
      current = false;
    };
  }, [cookie.value, cookie.name, siblingSig]);

  if (!inspection) return null;
  if (!inspection.recognised) {
    return (
      <p class="inspect-none muted" data-testid="inspect-none">
        {t('inspect_noneRecognised')}
      </p>
    );
  }

  const verify = async () => {
    setCheck({ kind: 'busy' });
    const results = await verifyInspection(inspection, secret);
    const known = results.filter((r) => r.valid !== null);
    const ok = known.length > 0 && known.every((r) => r.valid);
    setCheck({
      kind: 'done',
      ok,
      text:
        known.length === 0
          ? t('inspect_cannotCheck')
          : ok
            ? t('inspect_secretMatches')
            : t('inspect_secretMismatch'),
    });
  };
  const use = async () => {
    setCheck({ kind: 'busy' });
    try {
      const rebuilt = await rebuildValue(inspection, draft, secret ? { secret } : {});
      if (!rebuilt.ok) {
        setCheck({ kind: 'done', ok: false, text: rebuilt.reason });
        return;
      }
      const sig = rebuilt.siblingSig
        ? ` ${t('inspect_setSigToo', `${cookie.name}.sig`, rebuilt.siblingSig)}`
        : '';
      setCheck({ kind: 'done', ok: true, text: `${rebuilt.warnings.join(' ')}${sig}`.trim() });
      onUseValue(rebuilt.value);
    } catch (error) {
      setCheck({ kind: 'done', ok: false, text: errorText(error) });
    }
  };

  return (
    <section class="value-inspector" data-testid="value-inspector" aria-labelledby={`${ids}-h`}>
      <h3 id={`${ids}-h`}>{t('inspect_decoded')}</h3>
      <p class="inspect-summary" data-testid="inspect-summary">
        {t('inspect_readAs', inspection.summary)}
      </p>
      {inspection.warnings.map((warning) => (
        <p key={warning} class="inspect-warning" data-testid="inspect-warning">
          {warning}
        </p>
      ))}
      <ol class="inspect-layers">
        {inspection.layers.map((layer, i) => (
          <li
            // Layers are positional: the same format may appear twice (base64 in base64).
            key={i}
            class="inspect-layer"
            data-testid="inspect-layer"
            data-format={layer.format}
          >
            <strong>{layer.label}</strong>
            {layer.notes
              .filter((note) => !inspection.warnings.includes(note))
              .map((note) => (
                <span key={note} class="inspect-note">
                  {' '}
                  {note}
                </span>
              ))}
            <LayerDetails layer={layer} />
          </li>
        ))}
      </ol>
      <label class="inspect-edit-label" for={`${ids}-text`}>
        {inspection.signed ? t('inspect_editLabelSigned') : t('inspect_editLabel')}
      </label>
      <textarea
        id={`${ids}-text`}
        class="inspect-edit"
        data-testid="inspect-edit"
        rows={Math.min(8, draft.split('\n').length + 1)}
        value={draft}
        spellcheck={false}
        onInput={(e) => setDraft(e.currentTarget.value)}
      />
      {inspection.signed && (
        <div class="inspect-secret">
          <p class="muted" data-testid="signed-note">
            {inspection.signedNote}
          </p>
          <label for={`${ids}-secret`}>{t('inspect_secretLabel')}</label>
          <input
            id={`${ids}-secret`}
            type="password"
            autocomplete="off"
            data-testid="inspect-secret"
            value={secret}
            onInput={(e) => setSecret(e.currentTarget.value)}
          />
          <button
            type="button"
            data-testid="inspect-verify"
            disabled={secret === '' || check.kind === 'busy'}
            onClick={() => void verify()}
          >
            {t('inspect_checkSignature')}
          </button>
        </div>
      )}
      <div class="inspect-actions">
        <button
          type="button"
          data-testid="inspect-use"
          disabled={
            check.kind === 'busy' ||
            draft === inspection.text ||
            (inspection.signed && secret === '')
          }
          onClick={() => void use()}
        >
          {inspection.signed ? t('inspect_resignAndEdit') : t('inspect_encodeAndEdit')}
        </button>
        <span class="muted" role="status" data-testid="inspect-status">
          {check.kind === 'done' && <CookieText text={check.text} />}
        </span>
      </div>
    </section>
  );
}
