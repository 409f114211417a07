import { useEffect, useRef, useState } from 'preact/hooks';
import type { AuditFinding } from '../../audit/audit-finding';
import {
  classifyLifetime,
  formatLocalDateTime,
  relativeTime,
} from '../../cookies/classify-lifetime';
import type { Cookie } from '../../cookies/cookie';
import { identityKey } from '../../cookies/cookie-identity';
import { cookieSize } from '../../cookies/cookie-size';
import { notSentText } from '../../cookies/is-sent';
import { isSentToPage, type PageContext } from '../../cookies/page-context';
import { t, tn } from '../../i18n/t';
import { shownName } from '../../text/cookie-label';
import { AuditFindings } from '../audit/audit-findings';
import { CookieText } from '../cookie-text';
import { LazyValueInspector } from '../inspect/lazy-value-inspector';
import {
  type CookieProtection,
  ProtectedNote,
  ProtectionActions,
  UnprotectQuestion,
} from '../protection/protection-actions';
import { columnLabel } from './cookie-sort';
import { copyCookie, copyFormLabel, copyForms } from './copy-cookie';
import { detailsPaneId } from './details-pane-id';

// The manager's rows import the id from here.

export interface CookieDetailsProps {
  cookie: Cookie;
  page?: PageContext;
  now: Date;
  onEdit: (cookie: Cookie, value?: string) => void;
  onDelete: (cookie: Cookie) => Promise<void>;
  onClose: () => void;
  /** The audit's findings for this cookie; undefined while the audit loads. */
  findings?: readonly AuditFinding[] | undefined;
  /** The value of the `<name>.sig` cookie beside it in the list (cookie-session signs with it). */
  siblingSig?: string | undefined;
  /** Protect, unprotect and block; without it the pane offers none of them. */
  protection?: CookieProtection | undefined;
  /** A row's Edit or Delete of this protected cookie: the pane asks to unprotect first. */
  askUnprotect?: { action: 'edit' | 'delete' } | undefined;
}

// Attribute values, the same in every language; only the missing attribute is in words.
const sameSiteText = {
  lax: 'Lax',
  strict: 'Strict',
  no_restriction: 'None',
} as const;

/** The selected cookie in full: its whole value, every attribute, Edit, Delete and Copy. */
export function CookieDetails({
  cookie,
  page,
  now,
  onEdit,
  onDelete,
  onClose,
  findings,
  siblingSig,
  protection,
  askUnprotect,
}: CookieDetailsProps) {
  const [status, setStatus] = useState('');
  const [asking, setAsking] = useState<'edit' | 'delete' | undefined>(askUnprotect?.action);
  // A new question object each time a row asks: asking twice asks twice.
  useEffect(() => setAsking(askUnprotect?.action), [askUnprotect]);
  const isProtected = protection?.isProtected ?? false;
  const [confirming, setConfirming] = useState(false);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const asked = useRef(false);
  // The question replaces the Delete pressed to ask it, and the answer the question: the focus
  // follows to what replaced the button it was on instead of falling to the page.
  useEffect(() => {
    if (confirming) {
      asked.current = true;
      confirmButton.current?.focus();
    } else if (asked.current) {
      asked.current = false;
      deleteButton.current?.focus();
    }
  }, [confirming]);
  const lifetime = classifyLifetime(cookie, now);
  const verdict = page && isSentToPage(cookie, page, now.getTime());
  const yesNo = (on: boolean) => (on ? t('table_yes') : t('table_no'));
  return (
    <section
      id={detailsPaneId(cookie)}
      class="cookie-details"
      data-testid="cookie-details"
      aria-label={t('table_detailsLabel')}
    >
      <header class="details-header">
        <h2 data-testid="details-name">
          <CookieText text={shownName(cookie.name)} />
        </h2>
        <button
          type="button"
          data-testid="details-close"
          onClick={onClose}
          title={t('table_closeDetails')}
        >
          {t('table_close')}
        </button>
      </header>
      <div class="details-value" data-testid="details-value">
        <CookieText text={cookie.value} />
      </div>
      {isProtected && <ProtectedNote />}
      <dl class="details-attributes">
        <dt>{columnLabel('domain')}</dt>
        <dd>
          <CookieText text={cookie.domain} />{' '}
          <span class="muted">
            {cookie.hostOnly ? t('table_hostOnly') : t('table_withSubdomains')}
          </span>
        </dd>
        <dt>{columnLabel('path')}</dt>
        <dd>
          <CookieText text={cookie.path} />
        </dd>
        <dt>{columnLabel('expires')}</dt>
        <dd>
          {lifetime.kind === 'session'
            ? t('table_sessionExpiry')
            : lifetime.expired
              ? t('table_expiredAt', formatLocalDateTime(lifetime.expiresAt))
              : t(
                  'table_expiresAt',
                  formatLocalDateTime(lifetime.expiresAt),
                  relativeTime(lifetime.expiresAt, now),
                )}
        </dd>
        <dt>{columnLabel('size')}</dt>
        <dd>{tn('table_bytes', cookieSize(cookie))}</dd>
        <dt>HttpOnly</dt>
        <dd>{yesNo(cookie.httpOnly)}</dd>
        <dt>Secure</dt>
        <dd>{yesNo(cookie.secure)}</dd>
        <dt>SameSite</dt>
        <dd>
          {cookie.sameSite === 'unspecified'
            ? t('table_sameSiteUnset')
            : sameSiteText[cookie.sameSite]}
        </dd>
        <dt>{columnLabel('partition')}</dt>
        <dd>
          {cookie.partitionKey?.topLevelSite !== undefined ? (
            <CookieText text={cookie.partitionKey.topLevelSite} />
          ) : (
            t('table_noPartition')
          )}
        </dd>
        {verdict && (
          <>
            <dt>{t('table_thisPage')}</dt>
            <dd>
              {verdict.sent
                ? t('table_sentToPage')
                : t('table_notSentToPage', notSentText[verdict.reason])}
            </dd>
          </>
        )}
      </dl>
      <LazyValueInspector
        cookie={cookie}
        siblingSig={siblingSig}
        onUseValue={(value) => onEdit(cookie, value)}
      />
      {findings && (
        <section class="details-audit" data-testid="details-audit" aria-label={t('table_security')}>
          <h3>{t('table_security')}</h3>
          <AuditFindings findings={findings} />
        </section>
      )}
      {/* biome-ignore lint/a11y/noStaticElementInteractions: Escape answers "Keep", as in every confirmation. */}
      <div
        class="details-actions"
        onKeyDown={(event) => {
          if (event.key !== 'Escape' || !confirming) return;
          // Taken here: the DevTools panel's page would open its drawer with it.
          event.preventDefault();
          event.stopPropagation();
          setConfirming(false);
        }}
      >
        <button
          type="button"
          data-testid="details-edit"
          onClick={() => (isProtected ? setAsking('edit') : onEdit(cookie))}
        >
          {t('list_edit')}
        </button>
        {confirming ? (
          <>
            <button
              type="button"
              class="danger"
              data-testid="details-confirm-delete"
              ref={confirmButton}
              onClick={async () => {
                await onDelete(cookie);
                setConfirming(false);
              }}
            >
              {t('table_deleteThisCookie')}
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              {t('list_keep')}
            </button>
          </>
        ) : (
          <button
            type="button"
            class="danger"
            data-testid="details-delete"
            ref={deleteButton}
            onClick={() => (isProtected ? setAsking('delete') : setConfirming(true))}
          >
            {t('list_delete')}
          </button>
        )}
      </div>
      {protection && asking && isProtected && (
        <UnprotectQuestion
          cookie={cookie}
          action={asking}
          onUnprotect={async () => {
            await protection.onUnprotect();
            setAsking(undefined);
            if (asking === 'edit') onEdit(cookie);
            else setConfirming(true);
          }}
          onKeep={() => setAsking(undefined)}
        />
      )}
      {protection && (
        <ProtectionActions key={identityKey(cookie)} cookie={cookie} protection={protection} />
      )}
      <div class="details-copy">
        <span class="muted">{t('table_copyPrefix')}</span>
        {copyForms.map((form) => (
          <button
            key={form}
            type="button"
            data-testid={`details-copy-${form}`}
            onClick={async () => setStatus(await copyCookie(cookie, form))}
          >
            {copyFormLabel(form)}
          </button>
        ))}
        <span class="muted" role="status" data-testid="copy-status">
          {status}
        </span>
      </div>
    </section>
  );
}
