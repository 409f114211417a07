import { t } from '../../i18n/t';

/** A protected cookie's mark in its row: a word (no icon font to rely on), said as it reads. */
export function ProtectedMark() {
  return (
    <span class="protected-mark" data-testid="protected-mark" title={t('protect_markTitle')}>
      {t('protect_mark')}
    </span>
  );
}
