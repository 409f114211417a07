import type { Cookie } from '../cookies/cookie';
import { auditCookie } from './audit-cookie';
import {
  type AuditFinding,
  type AuditSeverity,
  countSeverity,
  type JwtFacts,
} from './audit-finding';

/**
 * The findings of a list's cookies, computed once when the list changes: the search (`has:`), the
 * row markers and the site summary read them for thousands of cookies on every keystroke.
 */
export interface AuditIndex {
  /** The cookie's findings; none for a cookie the index was not built with. */
  findings(cookie: object): readonly AuditFinding[];
  /** Whether the cookie has a finding of that severity: SearchContext's `hasFinding`. */
  has(cookie: object, severity: AuditSeverity): boolean;
}

export interface AuditIndexContext {
  pageUrl?: string | undefined;
  /** Milliseconds since the epoch. */
  now: number;
  /** The decoded JWT of a cookie whose value is one (src/inspect/); undefined otherwise. */
  jwtOf?: ((cookie: Cookie) => JwtFacts | undefined) | undefined;
}

interface Entry {
  findings: readonly AuditFinding[];
  warning: boolean;
  info: boolean;
}

const none: readonly AuditFinding[] = [];

/** Audits each cookie once. Keyed by the cookie objects themselves, as the list holds them. */
export function auditCookies(cookies: readonly Cookie[], context: AuditIndexContext): AuditIndex {
  const entries = new WeakMap<object, Entry>();
  for (const cookie of cookies) {
    const findings = auditCookie(cookie, {
      pageUrl: context.pageUrl,
      now: context.now,
      jwt: context.jwtOf?.(cookie),
    });
    entries.set(cookie, {
      findings,
      warning: countSeverity(findings, 'warning') > 0,
      info: countSeverity(findings, 'info') > 0,
    });
  }
  return {
    findings: (cookie) => entries.get(cookie)?.findings ?? none,
    has: (cookie, severity) => entries.get(cookie)?.[severity] ?? false,
  };
}
