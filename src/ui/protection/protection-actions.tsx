import { useEffect, useRef, useState } from 'preact/hooks';
import { type Cookie, cookieHost } from '../../cookies/cookie';
import { isolateBidi } from '../../cookies/isolate-bidi';
import { fill, slot } from '../../i18n/fill-message';
import { t, tn } from '../../i18n/t';
import { shownName } from '../../text/cookie-label';
import { CookieText } from '../cookie-text';

/** What the details pane needs to protect, unprotect and block its cookie. */
export interface CookieProtection {
  isProtected: boolean;
  onProtect(): Promise<void>;
  onUnprotect(): Promise<void>;
  /** Blocks the cookie's name on `domain`; resolves with how many cookies were removed. */
  onBlock(domain: string): Promise<number>;
  /**
   * Shows what was done where the page shows its actions' notices: a blocked cookie leaves
   * the list, and its details pane with it.
   */
  onNotice?: ((text: string) => void) | undefined;
}

const messageOf = (error: unknown) =>
  error instanceof Error ? error.message : t('protect_noAnswer');

/** The default domain to block on: the cookie's own host, with its subdomains for a domain cookie. */
export function defaultBlockDomain(cookie: Cookie): string {
  const host = cookieHost(cookie);
  return cookie.hostOnly ? host : `*.${host}`;
}

/** The "Protected" note under a protected cookie's value. */
export function ProtectedNote() {
  return (
    <p class="protected-note" data-testid="details-protected">
      <strong>{t('protect_noteTitle')}</strong> {t('protect_noteBody')}
    </p>
  );
}

/**
 * Editing or deleting a protected cookie asks to unprotect it first: otherwise the background
 * would put it back at once.
 */
export function UnprotectQuestion({
  cookie,
  action,
  onUnprotect,
  onKeep,
}: {
  cookie: Cookie;
  action: 'edit' | 'delete';
  onUnprotect: () => Promise<void>;
  onKeep: () => void;
}) {
  const first = useRef<HTMLButtonElement>(null);
  const [error, setError] = useState('');
  useEffect(() => first.current?.focus(), []);
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: Escape answers "Keep protected", as in every confirmation.
    <div
      class="unprotect-question"
      data-testid="unprotect-question"
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        event.stopPropagation();
        onKeep();
      }}
    >
      <p>
        {fill(
          action === 'delete'
            ? t('protect_questionDelete', slot(0))
            : t('protect_questionEdit', slot(0)),
          <CookieText text={shownName(cookie.name)} />,
        )}
      </p>
      <button
        type="button"
        class={action === 'delete' ? 'danger' : ''}
        data-testid="unprotect-and-act"
        ref={first}
        onClick={async () => {
          try {
            await onUnprotect();
          } catch (caught) {
            setError(messageOf(caught));
          }
        }}
      >
        {action === 'delete' ? t('protect_unprotectAndDelete') : t('protect_unprotectAndEdit')}
      </button>{' '}
      <button type="button" data-testid="keep-protected" onClick={onKeep}>
        {t('protect_keepProtected')}
      </button>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

/** Protect or unprotect the cookie; block its name on a domain. */
export function ProtectionActions({
  cookie,
  protection,
}: {
  cookie: Cookie;
  protection: CookieProtection;
}) {
  const [status, setStatus] = useState('');
  const [blocking, setBlocking] = useState(false);
  const [domain, setDomain] = useState(() => defaultBlockDomain(cookie));
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (blocking) input.current?.focus();
  }, [blocking]);
  const run = async (task: () => Promise<string>) => {
    setBusy(true);
    try {
      setStatus(await task());
    } catch (caught) {
      setStatus(messageOf(caught));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div class="protection-actions" data-testid="protection-actions">
      {protection.isProtected ? (
        <button
          type="button"
          data-testid="details-unprotect"
          disabled={busy}
          onClick={() =>
            run(async () => {
              await protection.onUnprotect();
              return t('protect_unprotectedStatus');
            })
          }
        >
          {t('protect_unprotect')}
        </button>
      ) : (
        <button
          type="button"
          data-testid="details-protect"
          disabled={busy}
          title={t('protect_protectTitle')}
          onClick={() =>
            run(async () => {
              await protection.onProtect();
              return t('protect_protectedStatus');
            })
          }
        >
          {t('protect_protect')}
        </button>
      )}
      {!blocking && (
        <button
          type="button"
          data-testid="details-block"
          disabled={busy}
          onClick={() => {
            setStatus('');
            setBlocking(true);
          }}
        >
          {t('protect_blockOpen')}
        </button>
      )}
      {blocking && (
        <form
          class="block-form"
          data-testid="block-form"
          onSubmit={(event) => {
            event.preventDefault();
            void run(async () => {
              const removed = await protection.onBlock(domain);
              setBlocking(false);
              const text = tn(
                'protect_blocked',
                removed,
                isolateBidi(shownName(cookie.name)),
                isolateBidi(domain.trim()),
              );
              protection.onNotice?.(text);
              return text;
            });
          }}
          onKeyDown={(event) => {
            if (event.key !== 'Escape') return;
            event.preventDefault();
            event.stopPropagation();
            setBlocking(false);
          }}
        >
          {/* The field sits inside its sentence, so the label names it by id as well. */}
          <label for="block-domain-input">
            {fill(
              t('protect_blockLabel', slot(0), slot(1)),
              <CookieText text={shownName(cookie.name)} />,
              <input
                ref={input}
                type="text"
                id="block-domain-input"
                data-testid="block-domain"
                value={domain}
                spellcheck={false}
                aria-describedby="block-domain-help"
                onInput={(event) => setDomain((event.currentTarget as HTMLInputElement).value)}
              />,
            )}
          </label>
          <span id="block-domain-help" class="muted">
            {t('protect_blockHelp')}
          </span>
          <button type="submit" class="danger" data-testid="block-confirm" disabled={busy}>
            {t('protect_block')}
          </button>
          <button type="button" onClick={() => setBlocking(false)}>
            {t('protect_cancel')}
          </button>
        </form>
      )}
      <p class="protection-status" role="status" data-testid="protection-status">
        {status}
      </p>
    </div>
  );
}
