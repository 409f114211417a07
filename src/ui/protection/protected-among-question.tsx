import { useEffect, useRef, useState } from 'preact/hooks';
import { t, tn } from '../../i18n/t';

/**
 * Before a bulk action that would change protected cookies: unprotect them first, or leave
 * them out, or do nothing. Otherwise the background would put them back as the action runs.
 */
export function ProtectedAmongQuestion({
  count,
  total,
  onUnprotect,
  onLeaveOut,
  onCancel,
  text,
}: {
  count: number;
  total: number;
  onUnprotect: () => Promise<void>;
  /** Absent: the question offers no "Leave them out" (as when all are protected). */
  onLeaveOut?: () => void;
  onCancel: () => void;
  /** The question in other words than a bulk delete's. */
  text?: string;
}) {
  const first = useRef<HTMLButtonElement>(null);
  const [error, setError] = useState('');
  useEffect(() => first.current?.focus(), []);
  const all = count === total;
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: Escape answers "Cancel", as in every confirmation.
    <div
      class="unprotect-question"
      data-testid="protected-among-question"
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        event.stopPropagation();
        onCancel();
      }}
    >
      <p>
        {text ??
          (all
            ? count === 1
              ? t('protect_amongOne')
              : t('protect_amongAll', count)
            : tn('protect_amongSome', count, total))}
      </p>
      <button
        type="button"
        data-testid="unprotect-among"
        ref={first}
        onClick={async () => {
          try {
            await onUnprotect();
          } catch (caught) {
            setError(caught instanceof Error ? caught.message : t('protect_noAnswer'));
          }
        }}
      >
        {t('protect_unprotectAndGoOn')}
      </button>{' '}
      {!all && onLeaveOut && (
        <>
          <button type="button" data-testid="leave-protected-out" onClick={onLeaveOut}>
            {count === 1 ? t('protect_leaveItOut') : t('protect_leaveThemOut')}
          </button>{' '}
        </>
      )}
      <button type="button" onClick={onCancel}>
        {t('protect_cancel')}
      </button>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
