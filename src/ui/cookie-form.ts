import { daySeconds } from '../cookies/classify-lifetime';
import type { Cookie, CookieDraft, SameSite } from '../cookies/cookie';
import { cookieHost } from '../cookies/cookie';
import { expiryFromInput, toDateTimeLocal } from '../cookies/expiry-input';
import type { FieldIssue } from '../cookies/validate-cookie';
import { t } from '../i18n/t';

/** The edit form's fields, as the inputs hold them. */
export interface CookieForm {
  name: string;
  value: string;
  domain: string;
  hostOnly: boolean;
  path: string;
  secure: boolean;
  httpOnly: boolean;
  sameSite: SameSite;
  session: boolean;
  /** `datetime-local` value in the user's time zone; used when `session` is false. */
  expires: string;
  partitioned: boolean;
  topLevelSite: string;
}

const defaultLifetimeSeconds = 30 * daySeconds;

export function formFromCookie(cookie: Cookie, nowSeconds: number): CookieForm {
  return {
    name: cookie.name,
    value: cookie.value,
    domain: cookieHost(cookie),
    hostOnly: cookie.hostOnly,
    path: cookie.path,
    secure: cookie.secure,
    httpOnly: cookie.httpOnly,
    sameSite: cookie.sameSite,
    session: cookie.session || cookie.expirationDate === undefined,
    expires: toDateTimeLocal(cookie.expirationDate ?? nowSeconds + defaultLifetimeSeconds),
    partitioned: cookie.partitionKey?.topLevelSite !== undefined,
    topLevelSite: cookie.partitionKey?.topLevelSite ?? '',
  };
}

/**
 * A new cookie for the page: host-only on its host, path /, Secure on https, SameSite=Lax (what
 * browsers assume anyway), a session cookie; if the user makes it persistent, it starts 30 days
 * ahead, never "now", which would make it expire at once.
 */
export function newCookieForm(pageUrl: string, site: string, nowSeconds: number): CookieForm {
  let host = '';
  let https = false;
  try {
    const url = new URL(pageUrl);
    host = url.hostname.replace(/^\[|\]$/g, '');
    https = url.protocol === 'https:';
  } catch {
    // an empty domain is reported by validation
  }
  return {
    name: '',
    value: '',
    domain: host,
    hostOnly: true,
    path: '/',
    secure: https,
    httpOnly: false,
    sameSite: 'lax',
    session: true,
    expires: toDateTimeLocal(nowSeconds + defaultLifetimeSeconds),
    partitioned: false,
    topLevelSite: site ? `https://${site}` : '',
  };
}

export type FormResult = { draft: CookieDraft } | { issues: FieldIssue[] };

/** The draft the form describes, or the issues that keep it from being one. */
export function draftFromForm(form: CookieForm, storeId: string, original?: Cookie): FormResult {
  const draft: CookieDraft = {
    name: form.name,
    value: form.value,
    domain: form.domain.trim(),
    hostOnly: form.hostOnly,
    path: form.path,
    secure: form.secure,
    httpOnly: form.httpOnly,
    sameSite: form.sameSite,
    storeId: original?.storeId ?? storeId,
  };
  if (!form.session) {
    const originalExpiry = original && !original.session ? original.expirationDate : undefined;
    const expiry = expiryFromInput(form.expires, originalExpiry);
    if (expiry === 'invalid') {
      return {
        issues: [
          {
            field: 'expirationDate',
            severity: 'error',
            message: t('validate_incompleteDate'),
          },
        ],
      };
    }
    draft.expirationDate = expiry;
  }
  if (form.partitioned) {
    const keepFlag =
      original?.partitionKey?.topLevelSite === form.topLevelSite
        ? { hasCrossSiteAncestor: original.partitionKey.hasCrossSiteAncestor }
        : {};
    draft.partitionKey = { topLevelSite: form.topLevelSite.trim(), ...keepFlag };
    if (draft.partitionKey.hasCrossSiteAncestor === undefined) {
      delete draft.partitionKey.hasCrossSiteAncestor;
    }
  }
  return { draft };
}
