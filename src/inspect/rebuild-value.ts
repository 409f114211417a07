// Editing in decoded form: rebuildValue wraps edited text back through every layer inspectValue
// peeled, in reverse, re-encoding exactly as the original was encoded and re-signing signed
// layers with a secret the user types (used for this call only, never stored).

import { t } from '../i18n/t';
import { encodeBase64 } from './base64';
import { utf8Bytes } from './bytes';
import { cookieSessionSignature, verifyCookieSession } from './cookie-session-sig';
import { type DjangoPurpose, findDjangoPurpose, signDjango } from './django-signing';
import { signExpress, verifyExpress } from './express-signature';
import type { Inspection, Layer } from './inspection';
import { signItsdangerous, verifyItsdangerous } from './itsdangerous';
import { parseJson } from './json';
import { signJwt, verifyJwt } from './jwt-signature';
import { encodePercent } from './percent';
import { encodePythonQuoted } from './python-quoted';
import { encodeSignedPayload } from './signed-payload';

/**
 * Re-encodes text for one unsigned layer; null when the layer is signed or the text cannot be
 * written in that layer's encoding. For every unsigned layer inspectValue returns,
 * `encodeLayer(layer, layer.output) === layer.input`.
 */
export function encodeLayer(layer: Layer, text: string): string | null {
  switch (layer.format) {
    case 'json':
      return text;
    case 'express-json':
      return `j:${text}`;
    case 'percent':
      return encodePercent(text, layer.details);
    case 'base64':
    case 'base64url':
      return encodeBase64(utf8Bytes(text), layer.details);
    case 'python-quoted':
      return encodePythonQuoted(text, layer.details);
    default:
      return null;
  }
}

export interface RebuildOptions {
  /** The server's secret (SECRET_KEY, Flask's secret_key, the Express or keygrip secret). */
  secret?: string;
  /** Milliseconds since the epoch for new signing timestamps; defaults to Date.now(). */
  now?: number;
  /** How a Django value was signed, when the secret does not tell (see findDjangoPurpose). */
  djangoPurpose?: DjangoPurpose;
}

export type Rebuilt =
  | {
      ok: true;
      value: string;
      /** The new value for the `<name>.sig` cookie, when the value had one. */
      siblingSig?: string;
      /** E.g. the secret did not verify the original value, so it may be the wrong one. */
      warnings: string[];
    }
  | { ok: false; reason: string };

/**
 * The cookie value for `text` edited in place of `inspection.text`. Signed layers need
 * `options.secret`; Rails cookies and JWTs signed with a private key cannot be rebuilt.
 */
export async function rebuildValue(
  inspection: Inspection,
  text: string,
  options: RebuildOptions = {},
): Promise<Rebuilt> {
  const warnings: string[] = [];
  const seconds = Math.floor((options.now ?? Date.now()) / 1000);
  let current = text;
  let siblingSig: string | undefined;
  for (const layer of [...inspection.layers].reverse()) {
    if (!layer.signed) {
      if (layer.format === 'json' && !parseJson(current)) {
        return { ok: false, reason: t('inspect_notValidJson') };
      }
      if (layer.format === 'jwt') {
        // alg "none": nothing to sign, the payload is simply re-encoded.
        const payload = encodeBase64(utf8Bytes(current), { alphabet: 'url', padded: false });
        current = `${layer.details.headerPart}.${payload}.`;
        continue;
      }
      const encoded = encodeLayer(layer, current);
      if (encoded === null) {
        return { ok: false, reason: t('inspect_cannotEncode', layer.label) };
      }
      current = encoded;
      continue;
    }
    const secret = options.secret;
    if (secret === undefined) {
      return { ok: false, reason: t('inspect_secretNeeded', layer.label) };
    }
    const verified = await verifyLayer(layer, secret, inspection.name);
    if (verified === false) {
      warnings.push(t('inspect_secretDoesNotVerify', layer.label));
    }
    switch (layer.format) {
      case 'express-signed':
        current = await signExpress(current, secret);
        break;
      case 'cookie-session':
        siblingSig = await cookieSessionSignature(layer.details.name ?? '', current, secret);
        if (layer.details.name === null) warnings.push(t('inspect_sigWithoutName'));
        break;
      case 'flask-session':
        current = await signItsdangerous(await encodeSignedPayload(current), seconds, secret);
        break;
      case 'django-session':
        current = await signDjango(await encodeSignedPayload(current), {
          secret,
          purpose: { kind: 'session' },
          algorithm: layer.details.algorithm,
          timestamp: seconds,
        });
        break;
      case 'django-signed':
      case 'django-timestamp-signed': {
        // set_signed_cookie always timestamps, so an untimestamped value is a plain Signer's.
        const timestamped = layer.format === 'django-timestamp-signed';
        const purpose =
          (await findDjangoPurpose(layer.details, secret, inspection.name ?? undefined)) ??
          options.djangoPurpose ??
          (inspection.name !== null && timestamped
            ? { kind: 'signed-cookie' as const, name: inspection.name }
            : { kind: 'signer' as const });
        current = await signDjango(current, {
          secret,
          purpose,
          algorithm: layer.details.algorithm,
          timestamp: timestamped ? seconds : null,
        });
        break;
      }
      case 'jwt': {
        const token = await signJwt(
          layer.details.headerPart,
          current,
          secret,
          layer.details.claims.alg,
        );
        if (token === null) {
          return {
            ok: false,
            reason:
              layer.details.claims.alg === null
                ? t('inspect_privateKeyNeededUnknown')
                : t('inspect_privateKeyNeeded', layer.details.claims.alg),
          };
        }
        current = token;
        break;
      }
      default:
        return { ok: false, reason: t('inspect_resignUnsupported', layer.label) };
    }
  }
  return siblingSig === undefined
    ? { ok: true, value: current, warnings }
    : { ok: true, value: current, siblingSig, warnings };
}

/**
 * Does this secret produce the layer's signature? Null for layers this code cannot check
 * (Rails, JWTs not signed with HMAC) and for unsigned ones.
 */
export async function verifyLayer(
  layer: Layer,
  secret: string,
  name: string | null,
): Promise<boolean | null> {
  switch (layer.format) {
    case 'express-signed':
      return verifyExpress(layer.details, secret);
    case 'cookie-session':
      return layer.details.name === null
        ? null
        : verifyCookieSession(layer.details.name, layer.input, layer.details.signature, secret);
    case 'flask-session':
      return verifyItsdangerous(layer.details, secret);
    case 'django-session':
      return (await findDjangoPurpose(layer.details, secret)) !== null;
    case 'jwt':
      return verifyJwt(layer.input, secret, layer.details.claims.alg);
    case 'django-signed':
    case 'django-timestamp-signed':
      return (await findDjangoPurpose(layer.details, secret, name ?? undefined)) !== null;
    default:
      return null;
  }
}

/** verifyLayer for every signed layer, outermost first. */
export async function verifyInspection(
  inspection: Inspection,
  secret: string,
): Promise<{ format: Layer['format']; valid: boolean | null }[]> {
  const results: { format: Layer['format']; valid: boolean | null }[] = [];
  for (const layer of inspection.layers) {
    if (layer.signed) {
      results.push({
        format: layer.format,
        valid: await verifyLayer(layer, secret, inspection.name),
      });
    }
  }
  return results;
}
