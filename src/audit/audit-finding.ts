// What the audit says about a cookie or a site: pure data, so the list, the details pane and the
// search read the same findings.

/** Every rule the audit applies; one finding names one rule. */
export type RuleId =
  | 'secure-missing'
  | 'httponly-missing'
  | 'samesite-none-insecure'
  | 'samesite-unset'
  | 'prefix-secure'
  | 'prefix-host'
  | 'size-near-limit'
  | 'size-over-limit'
  | 'expiry-over-400-days'
  | 'long-lived-session-token'
  | 'jwt-expired'
  | 'jwt-alg-none'
  | 'site-cookie-count'
  | 'cookie-header-size';

/**
 * `warning`: worth acting on (a risk, or something the browser refuses or drops); `info`: a fact
 * worth knowing that is often fine (quiet in the list, shown in full in the details pane).
 */
export type AuditSeverity = 'warning' | 'info';

export interface AuditFinding {
  rule: RuleId;
  severity: AuditSeverity;
  /** One line that names the cookie's facts, e.g. "sessionid is readable by scripts (no HttpOnly)". */
  reason: string;
  /** Where the rule comes from, e.g. "RFC 6265bis §4.1.3.2" or "OWASP Session Management Cheat Sheet". */
  source: string;
}

/** What the JWT decoder (src/inspect/) read from a cookie's value; the audit never decodes. */
export interface JwtFacts {
  /** The header's `alg`, as written. */
  alg?: string;
  /** The payload's `exp`: seconds since the epoch. */
  exp?: number;
}

export const countSeverity = (findings: readonly AuditFinding[], severity: AuditSeverity) =>
  findings.filter((f) => f.severity === severity).length;
