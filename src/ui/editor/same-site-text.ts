import type { SameSite } from '../../cookies/cookie';

/** SameSite as the edit form's select names it (and a conflict note, so the user recognises it). */
export const sameSiteText: Record<SameSite, string> = {
  unspecified: 'Not set (browsers treat it as Lax)',
  lax: 'Lax',
  strict: 'Strict',
  no_restriction: 'None (needs Secure)',
};
