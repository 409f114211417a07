// The audit as one chunk (load-audit.ts): what the list, the details pane, `has:` and the site
// summary need, fetched after the list's first render so the popup's first load stays small.
import type { Cookie } from '../cookies/cookie';
import { jwtClaims } from '../inspect/jwt';
import type { JwtFacts } from './audit-finding';

export { auditCookies } from './audit-index';
export { auditSite } from './audit-site';

/**
 * What the audit needs of a cookie whose value is a JWT. Every JWT starts with `eyJ` (`{"`
 * in base64url), so the thousands of other values of a manager list cost one comparison.
 */
export function jwtFactsOf(cookie: Cookie): JwtFacts | undefined {
  if (!cookie.value.startsWith('eyJ')) return undefined;
  const claims = jwtClaims(cookie.value);
  if (!claims) return undefined;
  return {
    ...(claims.alg !== null ? { alg: claims.alg } : {}),
    ...(claims.exp !== null ? { exp: claims.exp } : {}),
  };
}
