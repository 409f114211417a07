import type { Cookie, CookieDraft } from './cookie';

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
