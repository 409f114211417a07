import type { Cookie, CookieDraft } from './cookie';
import { siteOfHost } from './cookie-site';
import type { CookieStorePort } from './cookie-store-port';
import { setDetailsFor } from './set-details';

/**
 * The draft of an edit, kept in the edited cookie's first party (Firefox's first-party isolation,
 * `firstPartyDomain`). The editor has no field for it, so a draft from the form never carries
 * one: without this, saving an isolated cookie would write a second cookie outside its first
 * party, and under isolation Firefox refuses a write without one. A new cookie (no current
 * one) and a draft that names its own first party are left as they are.
 */
export function inFirstPartyOf(draft: CookieDraft, current: Cookie | undefined): CookieDraft {
  if (draft.firstPartyDomain !== undefined || current?.firstPartyDomain === undefined) return draft;
  return { ...draft, firstPartyDomain: current.firstPartyDomain };
}

/**
 * A draft that names no first party, in its own site's (the first party a page of that site
 * setting it would give it: the top level's eTLD+1). A draft whose url cannot be built is left
 * as it is (the checks that follow refuse it).
 */
export function inOwnSiteFirstParty<T extends CookieDraft>(draft: T): T {
  if (draft.firstPartyDomain !== undefined) return draft;
  let host: string;
  try {
    host = new URL(setDetailsFor(draft).url).hostname;
  } catch {
    return draft;
  }
  return { ...draft, firstPartyDomain: siteOfHost(host) };
}

/**
 * Drafts that name no first party, placed where the browser will put them: under Firefox's
 * first-party isolation every cookie has one, and a write without it is refused, so a new cookie
 * (from the editor, or imported from a browser without first parties) joins its own site's, the
 * first party a page of that site setting it would give it (the top level's eTLD+1). Decided
 * before anything is compared: the check for an existing cookie, the write and the read-back
 * must all use the identity the cookie will have. One question to the browser for any number
 * of drafts; elsewhere (Chromium, or isolation off) the drafts are returned as they are.
 */
export async function inDefaultFirstParty<T extends CookieDraft>(
  port: CookieStorePort,
  drafts: readonly T[],
): Promise<T[]> {
  if (!drafts.some((d) => d.firstPartyDomain === undefined)) return [...drafts];
  if (!(await port.isolatesFirstParties?.())) return [...drafts];
  return drafts.map(inOwnSiteFirstParty);
}
