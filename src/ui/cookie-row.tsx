import { useEffect, useRef, useState } from 'preact/hooks';
import { classifyLifetime, formatLocalDateTime, relativeTime } from '../cookies/classify-lifetime';
import type { Cookie, SameSite } from '../cookies/cookie';
import { notSentText } from '../cookies/is-sent';
import { isSentToPage, type PageContext } from '../cookies/page-context';
import { shownName } from '../text/cookie-label';
import { CookieText } from './cookie-text';

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
          partitioned: <CookieText text={cookie.partitionKey.topLevelSite} />
        </span>
      )}
    </span>
  );
}

/** Where a row sits in a virtualised list (src/ui/cookie-list.tsx), which focuses rows. */
export interface RowPosition {
  index: number;
  setSize: number;
  /** The one row reached with Tab (roving tabindex). */
  tabbable: boolean;
  /** The virtualised list's size observer. */
  measure?: (element: HTMLElement | null) => void;
}

export interface CookieRowProps {
  cookie: Cookie;
  /** The page the row is shown for; without one (the manager) the row says nothing of it. */
  page?: PageContext;
  now: Date;
  onEdit: (cookie: Cookie) => void;
  onDelete: (cookie: Cookie) => Promise<void>;
  /** In a virtualised list: the row takes the focus, Enter edits it and Delete asks to delete. */
  position?: RowPosition;
}

/** One cookie: values are rendered as text only (Preact escapes them), never as HTML. */
export function CookieRow({ cookie, page, now, onEdit, onDelete, position }: CookieRowProps) {
  const [expanded, setExpanded] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const asked = useRef(false);
  // The button pressed to ask disappears with the question, and the question's buttons with the
  // answer: the focus goes to what replaces them rather than falling to the page.
  useEffect(() => {
    const row = confirmButton.current?.closest('li') ?? deleteButton.current?.closest('li');
    const focusWasHere = (el: Element | null) =>
      el === null || el === document.body || (row?.contains(el) ?? false);
    if (confirming) {
      asked.current = true;
      if (focusWasHere(document.activeElement)) confirmButton.current?.focus();
    } else if (asked.current) {
      asked.current = false;
      if (focusWasHere(document.activeElement)) deleteButton.current?.focus();
    }
  }, [confirming]);
  const verdict = page && isSentToPage(cookie, page, now.getTime());
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.target !== event.currentTarget || event.altKey || event.ctrlKey || event.metaKey)
      return;
    if (event.key === 'Enter') {
      event.preventDefault();
      onEdit(cookie);
    } else if (event.key === 'Delete') {
      event.preventDefault();
      setConfirming(true);
    }
  };
  return (
    <li
      class={`cookie-row${verdict?.sent ? ' received' : ''}`}
      data-testid="cookie-row"
      data-name={cookie.name}
      data-domain={cookie.domain}
      data-path={cookie.path}
      {...(position && {
        ref: position.measure,
        'data-index': position.index,
        'aria-posinset': position.index + 1,
        'aria-setsize': position.setSize,
        tabIndex: position.tabbable ? 0 : -1,
        onKeyDown,
      })}
    >
      <div class="row-main">
        <span class="name" data-testid="cookie-name">
          <CookieText text={shownName(cookie.name)} />
        </span>
        <button
          type="button"
          class={`value${expanded ? ' expanded' : ''}`}
          data-testid="cookie-value"
          aria-expanded={expanded}
          title={expanded ? 'Show less' : 'Show the whole value'}
          onClick={() => setExpanded(!expanded)}
        >
          <CookieText text={cookie.value === '' ? '(empty)' : cookie.value} />
        </button>
      </div>
      <div class="row-meta">
        <span data-testid="cookie-domain">
          <CookieText text={cookie.domain} />
        </span>
        <span data-testid="cookie-path">
          <CookieText text={cookie.path} />
        </span>
        <Lifetime cookie={cookie} now={now} />
        {verdict?.sent === true && (
          <span class="received-mark" title="This page receives this cookie with its requests">
            sent to this page
          </span>
        )}
        {verdict?.sent === false && (
          <span
            class="not-sent-mark"
            data-testid="not-sent"
            data-reason={verdict.reason}
            title={`Not sent to this page: ${notSentText[verdict.reason]}`}
          >
            not sent
          </span>
        )}
      </div>
      <div class="row-foot">
        <Flags cookie={cookie} />
        {confirming ? (
          // biome-ignore lint/a11y/noStaticElementInteractions: Escape answers "Keep", as in every confirmation.
          <span
            class="actions"
            onKeyDown={(e) => {
              if (e.key !== 'Escape' || busy) return;
              e.preventDefault();
              e.stopPropagation();
              setConfirming(false);
            }}
          >
            <span>Delete this cookie?</span>
            <button
              type="button"
              class="danger"
              data-testid="confirm-delete"
              ref={confirmButton}
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
            <button
              type="button"
              data-testid="delete-button"
              ref={deleteButton}
              onClick={() => setConfirming(true)}
            >
              Delete
            </button>
          </span>
        )}
      </div>
    </li>
  );
}
