import { useState } from 'preact/hooks';
import { t } from '../../i18n/t';
import { cookieLabel } from '../../text/cookie-label';
import { CookieText } from '../cookie-text';
import type { ProtectionControls } from './use-protection';

/**
 * The manager's list of protected cookies and block rules, each with its remove button; shown
 * once there is a rule (or a stored rule that could not be read).
 */
export function ProtectionRulesList({ protection }: { protection: ProtectionControls }) {
  const [error, setError] = useState('');
  const { state } = protection;
  if (!state || state.protect.length + state.block.length + state.problems.length === 0)
    return null;
  const run = async (task: () => Promise<void>) => {
    setError('');
    try {
      await task();
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : t('protect_noAnswer'));
    }
  };
  return (
    <section class="protection-rules" data-testid="protection-rules" aria-labelledby="rules-title">
      <h2 id="rules-title" class="protection-rules-title">
        {t('protect_rulesTitle')}
      </h2>
      {state.protect.length > 0 && (
        <>
          <h3 class="protection-rules-kind">{t('protect_rulesProtected')}</h3>
          <ul class="protection-rules-list">
            {state.protect.map((rule) => (
              <li key={cookieLabel(rule.cookie) + rule.cookie.storeId} data-testid="protect-rule">
                <CookieText text={cookieLabel(rule.cookie)} />{' '}
                <button
                  type="button"
                  data-testid="remove-protect-rule"
                  aria-label={t('protect_unprotectNamed', cookieLabel(rule.cookie))}
                  onClick={() => run(() => protection.unprotect(rule.cookie))}
                >
                  {t('protect_unprotect')}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      {state.block.length > 0 && (
        <>
          <h3 class="protection-rules-kind">{t('protect_rulesBlocked')}</h3>
          <ul class="protection-rules-list">
            {state.block.map((rule) => {
              const text = t('protect_blockRuleText', rule.name, rule.domain);
              return (
                <li
                  key={`${rule.name} ${rule.domain} ${rule.storeId ?? ''}`}
                  data-testid="block-rule"
                >
                  <CookieText text={text} />{' '}
                  <button
                    type="button"
                    data-testid="remove-block-rule"
                    aria-label={t('protect_stopBlocking', text)}
                    onClick={() =>
                      run(() =>
                        protection.unblock({
                          name: rule.name,
                          domain: rule.domain,
                          ...(rule.storeId === undefined ? {} : { storeId: rule.storeId }),
                        }),
                      )
                    }
                  >
                    {t('protect_remove')}
                  </button>
                </li>
              );
            })}
          </ul>
        </>
      )}
      {state.problems.length > 0 && (
        <ul class="error">
          {state.problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      )}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
