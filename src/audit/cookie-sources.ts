import { maxNameValueBytes } from '../cookies/validate-cookie';
import { t } from '../i18n/t';

// Where each rule comes from, as the details pane shows it. Section titles rather than numbers
// where the rfc6265bis drafts renumbered them (the 4,096-byte rule moved from §5.4 to §5.6).
// Getters: the words are looked up in the user's language when a finding is made, not at import.
export const sources = {
  get secure() {
    return t('audit_sourceSecure');
  },
  get httpOnly() {
    return t('audit_sourceHttpOnly');
  },
  get sameSiteNone() {
    return t('audit_sourceSameSiteNone');
  },
  get sameSiteUnset() {
    return t('audit_sourceSameSiteUnset');
  },
  get securePrefix() {
    return t('audit_sourceSecurePrefix');
  },
  get hostPrefix() {
    return t('audit_sourceHostPrefix');
  },
  get size() {
    return t('audit_sourceSize', maxNameValueBytes);
  },
  get expiry() {
    return t('audit_sourceExpiry');
  },
  get sessionLifetime() {
    return t('audit_sourceSessionLifetime');
  },
  get jwtExpired() {
    return t('audit_sourceJwtExpired');
  },
  get jwtAlgNone() {
    return t('audit_sourceJwtAlgNone');
  },
  get siteCount() {
    return t('audit_sourceSiteCount');
  },
  get headerSize() {
    return t('audit_sourceHeaderSize');
  },
};
