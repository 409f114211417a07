import { t, uiLocale } from '../../i18n/t';
import type { LoopReport } from '../../protection/fix-limiter';

const clock = (ms: number) =>
  new Date(ms).toLocaleTimeString(uiLocale(), {
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  });

/** `a.test re-set "sid" (a.test/) 6 times in a minute; left alone until 22:10.` */
export function loopText(loop: LoopReport): string {
  const minutes = Math.round(loop.windowMs / 60_000);
  const until = clock(loop.pausedUntil);
  return minutes === 1
    ? t('protect_loopInAMinute', loop.site, loop.cookie, loop.changes, until)
    : t('protect_loopInMinutes', loop.site, loop.cookie, loop.changes, minutes, until);
}

/**
 * The cookies a site kept changing back (or setting again though blocked): the background gave
 * up on them for a while, and the user is told which site, which cookie and how often. The
 * texts name the cookie bidi-isolated (cookieLabel).
 */
export function LoopNotices({ loops }: { loops: readonly LoopReport[] }) {
  if (loops.length === 0) return null;
  return (
    <ul class="loop-notices" data-testid="loop-notices" aria-label={t('protect_pausedLabel')}>
      {loops.map((loop) => (
        <li key={loop.key} class="loop-notice" data-testid="loop-notice" role="status">
          {loopText(loop)}
        </li>
      ))}
    </ul>
  );
}
