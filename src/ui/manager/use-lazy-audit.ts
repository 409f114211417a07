import { useMemo } from 'preact/hooks';
import type { AuditIndex } from '../../audit/audit-index';
import { auditEngine } from '../../audit/load-audit';
import type { Cookie } from '../../cookies/cookie';
import { useLazyModule } from '../use-lazy-module';

type Engine = NonNullable<ReturnType<typeof auditEngine.loaded>>;

/**
 * The audit of every cookie of a listing, each cookie audited the first time something asks
 * about it (a row in view, the details, a `has:` search) and then remembered for that listing.
 * Auditing all 3,000 cookies of a manager list up front took ~15 ms of its first render, for
 * the few dozen rows the first screen shows.
 */
export function lazyAuditIndex(engine: Engine, now: number): AuditIndex {
  const audited = new WeakMap<object, AuditIndex>();
  const indexOf = (cookie: object) => {
    let index = audited.get(cookie);
    if (!index) {
      index = engine.auditCookies([cookie as Cookie], { now, jwtOf: engine.jwtFactsOf });
      audited.set(cookie, index);
    }
    return index;
  };
  return {
    findings: (cookie) => indexOf(cookie).findings(cookie),
    has: (cookie, severity) => indexOf(cookie).has(cookie, severity),
  };
}

/**
 * The manager's audit, once its code has arrived: a new index (and clock reading) per listing,
 * as useAudit does it, so `is:expired`-like findings are as of the listing.
 */
export function useLazyAudit(cookies: readonly Cookie[]): AuditIndex | undefined {
  // Without the audit (a failed load) the list still works; marks and `has:` stay empty.
  const { module: engine } = useLazyModule(auditEngine);
  // `cookies` is not read, only depended on: a new listing starts a new index.
  return useMemo(
    () => (engine ? lazyAuditIndex(engine, Date.now()) : undefined),
    [engine, cookies],
  );
}
