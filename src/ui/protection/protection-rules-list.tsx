import { useState } from 'preact/hooks';
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
      setError(caught instanceof Error ? caught.message : 'The background did not answer.');
    }
  };
  return (
    <section class="protection-rules" data-testid="protection-rules" aria-labelledby="rules-title">
      <h2 id="rules-title" class="protection-rules-title">
        Protected and blocked
      </h2>
      {state.protect.length > 0 && (
        <>
          <h3 class="protection-rules-kind">Protected (put back when changed)</h3>
          <ul class="protection-rules-list">
            {state.protect.map((rule) => (
              <li key={cookieLabel(rule.cookie) + rule.cookie.storeId} data-testid="protect-rule">
                <CookieText text={cookieLabel(rule.cookie)} />{' '}
                <button
                  type="button"
                  data-testid="remove-protect-rule"
                  aria-label={`Unprotect ${cookieLabel(rule.cookie)}`}
                  onClick={() => run(() => protection.unprotect(rule.cookie))}
                >
                  Unprotect
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      {state.block.length > 0 && (
        <>
          <h3 class="protection-rules-kind">Blocked (removed when set)</h3>
          <ul class="protection-rules-list">
            {state.block.map((rule) => {
              const text = `"${rule.name}" on ${rule.domain}`;
              return (
                <li
                  key={`${rule.name} ${rule.domain} ${rule.storeId ?? ''}`}
                  data-testid="block-rule"
                >
                  <CookieText text={text} />{' '}
                  <button
                    type="button"
                    data-testid="remove-block-rule"
                    aria-label={`Stop blocking ${text}`}
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
                    Remove
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
