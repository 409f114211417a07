import { canonicalPath } from './canonical-path';
import type { Cookie, CookieDraft } from './cookie';
import { cookieHost } from './cookie';
import { changedIdentityFields, identityOf } from './cookie-identity';
import { siteOfHost } from './cookie-site';

export type EditPlan =
  /** A new cookie. */
  | { kind: 'create' }
  /** Same identity, nothing different: no write at all. */
  | { kind: 'unchanged' }
  /** Same identity, other attributes: one `set` overwrites it in place. */
  | { kind: 'update' }
  /** Another identity: create the new cookie, then remove the old one exactly. */
  | { kind: 'move'; changed: string[] };

function sameAttributes(original: Cookie, draft: CookieDraft): boolean {
  const originalExpiry = original.session ? undefined : original.expirationDate;
  return (
    original.value === draft.value &&
    original.secure === draft.secure &&
    original.httpOnly === draft.httpOnly &&
    original.sameSite === draft.sameSite &&
    originalExpiry === draft.expirationDate
  );
}

/**
 * The draft as the browser will store it: domain lower-case without a dot, path encoded, and a
 * partition key with its cross-site flag (the browser reports it, so identities compare alike).
 */
export function canonicalDraft(draft: CookieDraft): CookieDraft {
  const canonical: CookieDraft = {
    ...draft,
    domain: cookieHost(draft.domain.trim()).toLowerCase(),
    path: canonicalPath(draft.path),
  };
  const enteredSite = draft.partitionKey?.topLevelSite;
  if (enteredSite !== undefined) {
    // Chrome stores the partition as the site of what it is given (https://sub.a.test/x →
    // https://a.test) and, without the flag, assumes a cross-site ancestor.
    let topLevelSite = enteredSite;
    let crossSite = draft.partitionKey?.hasCrossSiteAncestor;
    try {
      const url = new URL(enteredSite);
      const site = siteOfHost(url.hostname);
      topLevelSite = `${url.protocol}//${site}`;
      crossSite ??= site !== siteOfHost(canonical.domain);
    } catch {
      crossSite ??= true;
    }
    canonical.partitionKey = { topLevelSite, hasCrossSiteAncestor: crossSite };
  }
  return canonical;
}

export function planEdit(original: Cookie | undefined, draft: CookieDraft): EditPlan {
  if (!original) return { kind: 'create' };
  const changed = changedIdentityFields(identityOf(original), identityOf(canonicalDraft(draft)));
  if (changed.length > 0) return { kind: 'move', changed };
  return sameAttributes(original, draft) ? { kind: 'unchanged' } : { kind: 'update' };
}
