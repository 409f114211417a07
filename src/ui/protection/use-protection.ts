import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Cookie } from '../../cookies/cookie';
import { identityKey } from '../../cookies/cookie-identity';
import type { BlockRuleText, ProtectionState } from '../../protocol/cookie-protocol';
import type { CookieConnector } from '../cookie-connector';

export interface ProtectionControls {
  state: ProtectionState | undefined;
  isProtected(cookie: Cookie): boolean;
  protect(cookie: Cookie): Promise<void>;
  unprotect(cookie: Cookie): Promise<void>;
  /** Resolves with how many cookies there now were removed. */
  block(rule: BlockRuleText): Promise<number>;
  unblock(rule: BlockRuleText): Promise<void>;
}

/**
 * The background's protect and block rules and paused loops, read again whenever it reports
 * a fix (or may have restarted) and after each change made here. Errors reject, for the caller
 * to show in words.
 */
// After rules that came with the page's first request, one read to catch a change made between
// that request and the change feed's subscription (as use-site-cookies.ts does for cookies).
const catchUpMs = 300;

export function useProtection(
  connector: CookieConnector,
  /** The rules the page's first request brought (the popup's): shown at once. */
  initial?: ProtectionState,
): ProtectionControls {
  const [state, setState] = useState<ProtectionState | undefined>(initial);
  const hadInitial = useRef(initial !== undefined);
  const reload = useCallback(async () => {
    try {
      setState(await connector.client.listProtection({}));
    } catch {
      // Not fatal: the marks stay as they were, and the next change reads again.
    }
  }, [connector]);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    if (hadInitial.current) {
      hadInitial.current = false;
      timer = setTimeout(() => void reload(), catchUpMs);
    } else {
      void reload();
    }
    const unsubscribe = connector.onChanges((changes) => {
      if (changes.length === 0 || changes.some((c) => c.protection)) void reload();
    });
    return () => {
      clearTimeout(timer);
      unsubscribe();
    };
  }, [connector, reload]);

  const protectedKeys = useMemo(
    () => new Set((state?.protect ?? []).map((rule) => identityKey(rule.cookie))),
    [state],
  );

  return useMemo(
    () => ({
      state,
      isProtected: (cookie: Cookie) => protectedKeys.has(identityKey(cookie)),
      async protect(cookie: Cookie) {
        await connector.client.protectCookie({ cookie });
        await reload();
      },
      async unprotect(cookie: Cookie) {
        await connector.client.unprotectCookie({ cookie });
        await reload();
      },
      async block(rule: BlockRuleText) {
        const { removed } = await connector.client.addBlockRule(rule);
        await reload();
        return removed;
      },
      async unblock(rule: BlockRuleText) {
        await connector.client.removeBlockRule(rule);
        await reload();
      },
    }),
    [state, protectedKeys, connector, reload],
  );
}
