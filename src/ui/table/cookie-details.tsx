import { useState } from 'preact/hooks';
import type { AuditFinding } from '../../audit/audit-finding';
import {
  classifyLifetime,
  formatLocalDateTime,
  relativeTime,
} from '../../cookies/classify-lifetime';
import type { Cookie } from '../../cookies/cookie';
import { notSentText } from '../../cookies/is-sent';
import { isSentToPage, type PageContext } from '../../cookies/page-context';
import { shownName } from '../../text/cookie-label';
import { AuditFindings } from '../audit/audit-findings';
import { CookieText } from '../cookie-text';
import { LazyValueInspector } from '../inspect/lazy-value-inspector';
import { cookieSize } from '../manager/cookie-order';
import { copyCookie, copyForms } from './copy-cookie';

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
}

const sameSiteText = {
  unspecified: 'unset (treated as Lax)',
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
}: CookieDetailsProps) {
  const [status, setStatus] = useState('');
  const [confirming, setConfirming] = useState(false);
  const lifetime = classifyLifetime(cookie, now);
  const verdict = page && isSentToPage(cookie, page, now.getTime());
  const yesNo = (on: boolean) => (on ? 'yes' : 'no');
  return (
    <section class="cookie-details" data-testid="cookie-details" aria-label="Cookie details">
      <header class="details-header">
        <h2 data-testid="details-name">
          <CookieText text={shownName(cookie.name)} />
        </h2>
        <button type="button" data-testid="details-close" onClick={onClose} title="Close details">
          Close
        </button>
      </header>
      <div class="details-value" data-testid="details-value">
        <CookieText text={cookie.value} />
      </div>
      <dl class="details-attributes">
        <dt>Domain</dt>
        <dd>
          <CookieText text={cookie.domain} />{' '}
          <span class="muted">
            {cookie.hostOnly ? '(host-only: this host alone)' : '(and its subdomains)'}
          </span>
        </dd>
        <dt>Path</dt>
        <dd>
          <CookieText text={cookie.path} />
        </dd>
        <dt>Expires</dt>
        <dd>
          {lifetime.kind === 'session'
            ? 'session (when the browser closes)'
            : `${formatLocalDateTime(lifetime.expiresAt)} (${lifetime.expired ? 'expired' : relativeTime(lifetime.expiresAt, now)})`}
        </dd>
        <dt>Size</dt>
        <dd>{cookieSize(cookie)} bytes</dd>
        <dt>HttpOnly</dt>
        <dd>{yesNo(cookie.httpOnly)}</dd>
        <dt>Secure</dt>
        <dd>{yesNo(cookie.secure)}</dd>
        <dt>SameSite</dt>
        <dd>{sameSiteText[cookie.sameSite]}</dd>
        <dt>Partition</dt>
        <dd>
          {cookie.partitionKey?.topLevelSite !== undefined ? (
            <CookieText text={cookie.partitionKey.topLevelSite} />
          ) : (
            'none'
          )}
        </dd>
        {verdict && (
          <>
            <dt>This page</dt>
            <dd>{verdict.sent ? 'sent' : `not sent: ${notSentText[verdict.reason]}`}</dd>
          </>
        )}
      </dl>
      <LazyValueInspector
        cookie={cookie}
        siblingSig={siblingSig}
        onUseValue={(value) => onEdit(cookie, value)}
      />
      {findings && (
        <section class="details-audit" data-testid="details-audit" aria-label="Security">
          <h3>Security</h3>
          <AuditFindings findings={findings} />
        </section>
      )}
      <div class="details-actions">
        <button type="button" data-testid="details-edit" onClick={() => onEdit(cookie)}>
          Edit
        </button>
        {confirming ? (
          <>
            <button
              type="button"
              class="danger"
              data-testid="details-confirm-delete"
              onClick={async () => {
                await onDelete(cookie);
                setConfirming(false);
              }}
            >
              Delete this cookie
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              Keep
            </button>
          </>
        ) : (
          <button
            type="button"
            class="danger"
            data-testid="details-delete"
            onClick={() => setConfirming(true)}
          >
            Delete
          </button>
        )}
      </div>
      <div class="details-copy">
        <span class="muted">Copy:</span>
        {copyForms.map(({ form, label }) => (
          <button
            key={form}
            type="button"
            data-testid={`details-copy-${form}`}
            onClick={async () => setStatus(await copyCookie(cookie, form))}
          >
            {label}
          </button>
        ))}
        <span class="muted" role="status" data-testid="copy-status">
          {status}
        </span>
      </div>
    </section>
  );
}
