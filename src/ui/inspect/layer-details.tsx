import { Fragment } from 'preact';
import { formatLocalDateTime } from '../../cookies/classify-lifetime';
import { fill, slot } from '../../i18n/fill-message';
import { t } from '../../i18n/t';
import type { Layer } from '../../inspect/inspection';
import { CookieText } from '../cookie-text';
import { JsonTree } from './json-tree';

const when = (date: Date | null) => (date ? formatLocalDateTime(date) : undefined);

/** What one recognised layer holds, beyond its name and notes. */
export function LayerDetails({ layer }: { layer: Layer }) {
  switch (layer.format) {
    case 'json':
      return <JsonTree node={layer.details.tree} />;
    case 'jwt': {
      const { details } = layer;
      const claims: [string, string | undefined, string?][] = [
        [
          t('inspect_claimExpires'),
          when(details.expiresAt),
          details.expired ? t('inspect_flagExpired') : undefined,
        ],
        [t('inspect_claimIssued'), when(details.issuedAt)],
        [
          t('inspect_claimNotBefore'),
          when(details.notBefore),
          details.notYetValid ? t('inspect_flagNotYetValid') : undefined,
        ],
      ];
      return (
        <div class="jwt-details">
          <dl class="jwt-claims" data-testid="jwt-claims">
            {claims.map(
              ([label, date, flag]) =>
                date && (
                  <Fragment key={label}>
                    <dt>{label}</dt>
                    <dd>
                      {date}
                      {flag && <strong class="inspect-flag"> {flag}</strong>}
                    </dd>
                  </Fragment>
                ),
            )}
          </dl>
          <p class="inspect-part">{t('inspect_header')}</p>
          <JsonTree node={details.header.tree} />
        </div>
      );
    }
    case 'django-signed':
    case 'django-timestamp-signed':
    case 'django-session':
    case 'flask-session':
      return layer.details.signedAt ? (
        <p class="inspect-fact" data-testid="signed-at">
          {t('inspect_signedAt', formatLocalDateTime(layer.details.signedAt))}
        </p>
      ) : null;
    case 'python-quoted': {
      // The decoded text is an element (bidi-isolated) inside the translated sentence.
      return (
        <p class="inspect-fact" data-testid="server-reads">
          {fill(
            t(
              'inspect_serverReads',
              slot(0),
              layer.details.charset === 'utf-8' ? 'UTF-8' : 'Latin-1',
            ),
            <CookieText class="inspect-text" text={layer.output ?? ''} />,
          )}
        </p>
      );
    }
    default:
      return null;
  }
}
