import { useEffect, useRef, useState } from 'preact/hooks';
import type { AuditFinding } from '../audit/audit-finding';
import { classifyLifetime, formatLocalDateTime, relativeTime } from '../cookies/classify-lifetime';
import type { Cookie, SameSite } from '../cookies/cookie';
import { cookieSize } from '../cookies/cookie-size';
import { notSentText } from '../cookies/is-sent';
import { isSentToPage, type PageContext } from '../cookies/page-context';
import { formatNumber, t } from '../i18n/t';
import { shownName } from '../text/cookie-label';
import { AuditMarker } from './audit/audit-marker';
import { CookieText } from './cookie-text';
import { ProtectedMark } from './protection/protected-mark';
import { CopyMenu } from './table/copy-menu';
import { detailsPaneId } from './table/details-pane-id';

// On screen only the value (its place says SameSite); screen readers hear the attribute's name.
// Values are the attribute's own (the same in every language); a missing one is said in words.
const sameSiteValue: Record<Exclude<SameSite, 'unspecified'>, string> = {
  lax: 'Lax',
  strict: 'Strict',
  no_restriction: 'None',
};

function sameSiteLabel(sameSite: SameSite): [prefix: string, value: string] {
  return sameSite === 'unspecified'
    ? ['SameSite ', t('list_sameSiteUnset')]
    : ['SameSite=', sameSiteValue[sameSite]];
}

function Lifetime({ cookie, now }: { cookie: Cookie; now: Date }) {
  const lifetime = classifyLifetime(cookie, now);
  if (lifetime.kind === 'session') {
    return (
      <span
        class="lifetime session"
        data-testid="cookie-lifetime"
        data-lifetime="session"
        title={t('list_sessionTitle')}
      >
        {t('list_session')}
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
      <span class="kind">{t('list_persistentPrefix')}</span>
      {lifetime.expired ? t('list_expired') : relativeTime(lifetime.expiresAt, now)}
      <span class="expiry" data-testid="cookie-expiry">
        {' '}
        ({when})
      </span>
    </span>
  );
}

/** A flag that matters either way: marked when set, struck through when not. */
function FlagCell(props: {
  cell: string;
  label: string;
  id: string;
  on: boolean;
  onTitle: string;
  offTitle: string;
}) {
  return (
    <span class={`cell ${props.cell}`}>
      {props.on ? (
        <span class="flag" data-testid={`flag-${props.id}`} title={props.onTitle}>
          {props.label}
        </span>
      ) : (
        <s class="flag missing" data-testid={`missing-${props.id}`} title={props.offTitle}>
          {props.label}
        </s>
      )}
    </span>
  );
}

/**
 * The flags, always in the same cells: present ones marked, an absent Secure or HttpOnly shown
 * struck through (it matters), defaults (SameSite unset, host-only) said only to screen readers.
 */
function Flags({ cookie }: { cookie: Cookie }) {
  const partition = cookie.partitionKey?.topLevelSite;
  return (
    <span class="flags" data-testid="cookie-flags">
      <FlagCell
        cell="c-httpOnly"
        label="HttpOnly"
        id="httponly"
        on={cookie.httpOnly}
        onTitle={t('list_httpOnlyOn')}
        offTitle={t('list_httpOnlyOff')}
      />
      <FlagCell
        cell="c-secure"
        label="Secure"
        id="secure"
        on={cookie.secure}
        onTitle={t('list_secureOn')}
        offTitle={t('list_secureOff')}
      />
      <span class="cell c-sameSite">
        <span
          class={`flag${cookie.sameSite === 'unspecified' ? ' quiet' : ''}`}
          data-testid="flag-samesite"
        >
          <span class="sr-only">{sameSiteLabel(cookie.sameSite)[0]}</span>
          {sameSiteLabel(cookie.sameSite)[1]}
        </span>
      </span>
      <span class="cell c-partition">
        {partition !== undefined && (
          <span
            class="flag partitioned"
            data-testid="flag-partitioned"
            title={t('list_partitionedTitle')}
          >
            <span class="in-compact">{t('list_partitionedPrefix')}</span>
            <CookieText text={partition} />
          </span>
        )}
      </span>
      {cookie.hostOnly ? (
        <span class="flag quiet" data-testid="flag-hostonly">
          {t('list_hostOnly')}
        </span>
      ) : (
        <span class="flag quiet" data-testid="flag-domain">
          {t('list_domainFlag')}
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
  /** In a virtualised list: the row takes the focus, Enter edits it, Space or ArrowRight opens its details, Delete asks to delete. */
  position?: RowPosition;
  /** Opens the details pane: a click on the row (not on its buttons), or Space or ArrowRight on the row. */
  onSelect?: (cookie: Cookie) => void;
  selected?: boolean;
  /** The audit's findings (a mark when there are warnings); undefined while it loads. */
  findings?: readonly AuditFinding[] | undefined;
  /** Protected: marked, and its Edit and Delete ask to unprotect first (where it is handled). */
  isProtected?: boolean;
}

/** One cookie: values are rendered as text only (Preact escapes them), never as HTML. */
export function CookieRow({
  cookie,
  page,
  now,
  onEdit,
  onDelete,
  position,
  onSelect,
  selected = false,
  findings,
  isProtected = false,
}: CookieRowProps) {
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
    } else if ((event.key === ' ' || event.key === 'ArrowRight') && onSelect) {
      event.preventDefault();
      onSelect(cookie);
    } else if (event.key === 'Delete') {
      event.preventDefault();
      setConfirming(true);
    }
  };
  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: the keyboard opens details with Space or ArrowRight on the focused row (ArrowRight alone in the manager, where Space selects) (onKeyDown here, or the manager list's own handler).
    <li
      class={`cookie-row${verdict?.sent ? ' received' : ''}${verdict ? ' with-page' : ''}${selected ? ' selected' : ''}`}
      onClick={
        onSelect &&
        ((event: MouseEvent) => {
          if (!(event.target as Element).closest('button, input, a, [popover]')) onSelect(cookie);
        })
      }
      data-testid="cookie-row"
      data-name={cookie.name}
      data-domain={cookie.domain}
      data-path={cookie.path}
      {...(position && {
        ref: position.measure,
        'data-selected': selected ? 'true' : 'false',
        'data-index': position.index,
        'aria-posinset': position.index + 1,
        'aria-setsize': position.setSize,
        tabIndex: position.tabbable ? 0 : -1,
        onKeyDown,
        // As on the manager's rows: the pane it opened, said as "has details".
        ...(selected && {
          'aria-controls': detailsPaneId(cookie),
          'aria-details': detailsPaneId(cookie),
        }),
      })}
    >
      <span class="cell c-name" title={`${cookie.domain}${cookie.path}`}>
        <span data-testid="cookie-name" class={isProtected ? 'protected-name' : undefined}>
          <CookieText text={shownName(cookie.name)} />
        </span>
        {isProtected && <ProtectedMark />}
        {findings && <AuditMarker findings={findings} />}
      </span>
      <span class="cell c-value">
        <button
          type="button"
          class={`value${expanded ? ' expanded' : ''}`}
          data-testid="cookie-value"
          aria-expanded={expanded}
          title={expanded ? t('list_showLess') : t('list_showWholeValue')}
          onClick={() => setExpanded(!expanded)}
        >
          <CookieText text={cookie.value === '' ? t('list_emptyValue') : cookie.value} />
        </button>
      </span>
      <span class="cell c-domain" data-testid="cookie-domain">
        <CookieText text={cookie.domain} />
      </span>
      <span class="cell c-path" data-testid="cookie-path">
        <CookieText text={cookie.path} />
      </span>
      <span class="cell c-expires">
        <Lifetime cookie={cookie} now={now} />
      </span>
      <span class="cell c-size" title={t('list_sizeTitle', 4096)}>
        {formatNumber(cookieSize(cookie))}
      </span>
      <Flags cookie={cookie} />
      {verdict && (
        <span class="cell c-sent">
          {verdict.sent ? (
            <span class="received-mark" data-testid="sent" title={t('list_sentTitle')}>
              <span aria-hidden="true">✓</span>
              <span class="sent-word"> {t('list_sent')}</span>
            </span>
          ) : (
            <span
              class="not-sent-mark"
              data-testid="not-sent"
              data-reason={verdict.reason}
              title={t('list_notSentTitle', notSentText[verdict.reason])}
            >
              <span aria-hidden="true">✗</span>
              <span class="sent-word"> {t('list_notSent')}</span>
            </span>
          )}
        </span>
      )}
      <span class="cell c-actions">
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
            <span>{t('list_deleteQuestion')}</span>
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
              {t('list_delete')}
            </button>
            <button type="button" data-testid="cancel-delete" onClick={() => setConfirming(false)}>
              {t('list_keep')}
            </button>
          </span>
        ) : (
          <span class="actions">
            <CopyMenu cookie={cookie} />
            <button type="button" data-testid="edit-button" onClick={() => onEdit(cookie)}>
              {t('list_edit')}
            </button>
            <button
              type="button"
              data-testid="delete-button"
              ref={deleteButton}
              onClick={() => setConfirming(true)}
            >
              {t('list_delete')}
            </button>
          </span>
        )}
      </span>
    </li>
  );
}
