import { Fragment } from 'preact';
import { formatLocalDateTime } from '../../cookies/classify-lifetime';
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
        ['Expires (exp)', when(details.expiresAt), details.expired ? 'expired' : undefined],
        ['Issued (iat)', when(details.issuedAt)],
        [
          'Not before (nbf)',
          when(details.notBefore),
          details.notYetValid ? 'not yet valid' : undefined,
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
          <p class="inspect-part">Header</p>
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
          Signed {formatLocalDateTime(layer.details.signedAt)}
        </p>
      ) : null;
    case 'python-quoted':
      return (
        <p class="inspect-fact" data-testid="server-reads">
          The server reads: <CookieText class="inspect-text" text={layer.output ?? ''} /> (escapes
          read as {layer.details.charset === 'utf-8' ? 'UTF-8' : 'Latin-1'})
        </p>
      );
    default:
      return null;
  }
}
