import { useState } from 'preact/hooks';
import { classifyLifetime, formatLocalDateTime, relativeTime } from '../cookies/classify-lifetime';
import type { Cookie, SameSite } from '../cookies/cookie';
import { pageReceives } from '../cookies/cookie-matching';

const sameSiteLabel: Record<SameSite, string> = {
  unspecified: 'SameSite unset',
  lax: 'SameSite=Lax',
  strict: 'SameSite=Strict',
  no_restriction: 'SameSite=None',
};

function Lifetime({ cookie, now }: { cookie: Cookie; now: Date }) {
  const lifetime = classifyLifetime(cookie, now);
  if (lifetime.kind === 'session') {
    return (
      <span
        class="lifetime session"
        data-testid="cookie-lifetime"
        data-lifetime="session"
        title="Deleted when the browser closes"
      >
        session
      </span>
    );
  }
  const when = formatLocalDateTime(lifetime.expiresAt);
  return (
    <span
      class="lifetime persistent"
      data-testid="cookie-lifetime"
      data-lifetime="persistent"
      title={when}
    >
      persistent · {lifetime.expired ? 'expired' : relativeTime(lifetime.expiresAt, now)}
      <span class="expiry" data-testid="cookie-expiry">
        {' '}
        ({when})
      </span>
    </span>
  );
}

function Flags({ cookie }: { cookie: Cookie }) {
  return (
    <span class="flags" data-testid="cookie-flags">
      {cookie.secure && (
        <span class="flag" data-testid="flag-secure">
          Secure
        </span>
      )}
      {cookie.httpOnly && (
        <span class="flag" data-testid="flag-httponly">
          HttpOnly
        </span>
      )}
      <span class="flag" data-testid="flag-samesite">
        {sameSiteLabel[cookie.sameSite]}
      </span>
      {cookie.hostOnly ? (
        <span class="flag" data-testid="flag-hostonly" title="Sent only to this exact host">
          host-only
        </span>
      ) : (
        <span
          class="flag"
          data-testid="flag-domain"
          title="Sent to this domain and all its subdomains"
        >
          domain
        </span>
      )}
      {cookie.partitionKey?.topLevelSite !== undefined && (
        <span
          class="flag partitioned"
          data-testid="flag-partitioned"
          title="Partitioned (CHIPS): kept apart per top-level site"
        >
          partitioned: {cookie.partitionKey.topLevelSite}
        </span>
      )}
    </span>
  );
}

export interface CookieRowProps {
  cookie: Cookie;
  pageUrl: string;
  now: Date;
  onEdit: (cookie: Cookie) => void;
  onDelete: (cookie: Cookie) => Promise<void>;
}

/** One cookie: values are rendered as text only (Preact escapes them), never as HTML. */
export function CookieRow({ cookie, pageUrl, now, onEdit, onDelete }: CookieRowProps) {
  const [expanded, setExpanded] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const received = pageReceives(cookie, pageUrl);
  return (
    <li
      class={`cookie-row${received ? ' received' : ''}`}
      data-testid="cookie-row"
      data-name={cookie.name}
      data-domain={cookie.domain}
      data-path={cookie.path}
    >
      <div class="row-main">
        <span class="name" data-testid="cookie-name">
          {cookie.name === '' ? '(no name)' : cookie.name}
        </span>
        <button
          type="button"
          class={`value${expanded ? ' expanded' : ''}`}
          data-testid="cookie-value"
          aria-expanded={expanded}
          title={expanded ? 'Show less' : 'Show the whole value'}
          onClick={() => setExpanded(!expanded)}
        >
          {cookie.value === '' ? '(empty)' : cookie.value}
        </button>
      </div>
      <div class="row-meta">
        <span data-testid="cookie-domain">{cookie.domain}</span>
        <span data-testid="cookie-path">{cookie.path}</span>
        <Lifetime cookie={cookie} now={now} />
        {received && (
          <span class="received-mark" title="This page receives this cookie with its requests">
            sent to this page
          </span>
        )}
      </div>
      <div class="row-foot">
        <Flags cookie={cookie} />
        {confirming ? (
          <span class="actions">
            <span>Delete this cookie?</span>
            <button
              type="button"
              class="danger"
              data-testid="confirm-delete"
              disabled={busy}
              onClick={async () => {
                setBusy(true);
                try {
                  await onDelete(cookie);
                } finally {
                  setBusy(false);
                  setConfirming(false);
                }
              }}
            >
              Delete
            </button>
            <button type="button" data-testid="cancel-delete" onClick={() => setConfirming(false)}>
              Keep
            </button>
          </span>
        ) : (
          <span class="actions">
            <button type="button" data-testid="edit-button" onClick={() => onEdit(cookie)}>
              Edit
            </button>
            <button type="button" data-testid="delete-button" onClick={() => setConfirming(true)}>
              Delete
            </button>
          </span>
        )}
      </div>
    </li>
  );
}
