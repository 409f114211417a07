import fc from 'fast-check';
import { type Cookie, draftFromCookie, sameSiteValues } from '../../cookies/cookie';
import { type HostRules, maxExpirySeconds, validateCookie } from '../../cookies/validate-cookie';

// Generators of cookies that the browser would store, for the formats' property tests.

export const nowSeconds = 1_800_000_000;
/** Every host may carry domain cookies: the tests are about formats, not the suffix list. */
export const lenientHostRules: HostRules = { allowsDomainCookie: () => true };

// biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
const controlOrSeparator = /[\u0000-\u001f\u007f;=]/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
const controlOrSemicolon = /[\u0000-\u0008\u000a-\u001f\u007f;]/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
const controlOrSemicolonOrTab = /[\u0000-\u001f\u007f;]/g;

/** Text with any code points (and some cookie-ish ASCII) minus what `forbidden` matches. */
function cookieText(forbidden: RegExp): fc.Arbitrary<string> {
  const unit = fc.oneof(
    fc.constantFrom(...'aZ09 "\\,=%!#$&()*+-./:<>?@[]^_`{|}~\'\u00e9\u{1F36A}\uFFFD'),
    fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
  );
  return fc.string({ unit, maxLength: 16 }).map((text) => text.replace(forbidden, '').trim());
}

export const cookieName = cookieText(controlOrSeparator);
export const cookieValue = (options: { tabs: boolean }) =>
  cookieText(options.tabs ? controlOrSemicolon : controlOrSemicolonOrTab);

const label = fc.stringMatching(/^[a-z0-9]([a-z0-9-]{0,6}[a-z0-9])?$/);
export const host = fc
  .tuple(fc.array(label, { minLength: 1, maxLength: 3 }), fc.constantFrom('test', 'example'))
  .map(([labels, tld]) => [...labels, tld].join('.'));

const path = fc
  .array(fc.stringMatching(/^[A-Za-z0-9._~-]{1,6}$/), { maxLength: 3 })
  .chain((segments) =>
    fc.constantFrom(`/${segments.join('/')}`, `/${segments.join('/')}/`.replace('//', '/')),
  );

const expiry = fc.option(
  fc.double({ min: nowSeconds + 1, max: nowSeconds + maxExpirySeconds, noNaN: true }),
  { nil: undefined },
);

/** A cookie as `getAll` returns it, valid by validateCookie's rules. */
export function validCookie(options: { tabs: boolean; storeId: string }): fc.Arbitrary<Cookie> {
  return fc
    .record({
      name: cookieName,
      value: cookieValue(options),
      host,
      hostOnly: fc.boolean(),
      path,
      secure: fc.boolean(),
      httpOnly: fc.boolean(),
      sameSite: fc.constantFrom(...sameSiteValues),
      expirationDate: expiry,
      partition: fc.option(fc.tuple(host, fc.boolean()), { nil: undefined }),
    })
    .map((r) => {
      const cookie: Cookie = {
        name: r.name,
        value: r.value,
        domain: r.hostOnly ? r.host : `.${r.host}`,
        hostOnly: r.hostOnly,
        path: r.path,
        secure: r.secure || r.partition !== undefined || r.sameSite === 'no_restriction',
        httpOnly: r.httpOnly,
        sameSite: r.sameSite,
        session: r.expirationDate === undefined,
        storeId: options.storeId,
      };
      if (r.expirationDate !== undefined) cookie.expirationDate = r.expirationDate;
      if (r.partition) {
        const [site, hasCrossSiteAncestor] = r.partition;
        cookie.partitionKey = { topLevelSite: `https://${site}`, hasCrossSiteAncestor };
      }
      return cookie;
    })
    .filter((cookie) =>
      validateCookie(draftFromCookie(cookie), { nowSeconds, hostRules: lenientHostRules }).every(
        (issue) => issue.severity !== 'error',
      ),
    );
}

export const storeId = fc.constantFrom('0', '1', 'firefox-default', 'firefox-container-7');

export function validCookies(options: { tabs: boolean }): fc.Arbitrary<Cookie[]> {
  return storeId.chain((store) =>
    fc.array(validCookie({ ...options, storeId: store }), { maxLength: 8 }),
  );
}
