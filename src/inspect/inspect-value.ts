// One entry point: inspectValue peels a cookie value layer by layer (percent-encoding, base64,
// signatures, JSON…) and names each layer. Decoding is conservative: a layer is claimed only
// when its output is readable text or a known structure, so a random session id stays plain.

import { t } from '../i18n/t';
import { decodeBase64 } from './base64';
import { decodeUtf8, isReadableText } from './bytes';
import { looksLikeKeygripSignature } from './cookie-session-sig';
import { parseDjangoSigned } from './django-signing';
import { parseExpressSigned } from './express-signature';
import { type Inspection, type Layer, signedNote } from './inspection';
import { parseItsdangerous } from './itsdangerous';
import { parseJson } from './json';
import { parseJwt } from './jwt';
import { decodePercent } from './percent';
import { decodePythonQuoted } from './python-quoted';
import { isRubyMarshal, parseRails } from './rails';
import { decodeSignedPayload } from './signed-payload';

export interface InspectOptions {
  /** The cookie's name: Django's signed cookies and cookie-session's `.sig` are keyed by it. */
  name?: string;
  /** The value of the sibling `<name>.sig` cookie, when there is one. */
  siblingSig?: string;
  /** Milliseconds since the epoch, for "expired" and "not yet valid"; defaults to Date.now(). */
  now?: number;
}

/** Layers beyond this many are not peeled: real values have three or four. */
export const maxLayers = 8;
/** Longer inputs are not inspected (a browser cookie holds at most 4 KB). */
export const maxInputLength = 64 * 1024;

/**
 * Never throws: garbage comes back with `recognised: false` and the input as `text`.
 * Async only because compressed payloads are inflated with DecompressionStream.
 */
export async function inspectValue(
  value: string,
  options: InspectOptions = {},
): Promise<Inspection> {
  const now = options.now ?? Date.now();
  const layers: Layer[] = [];
  try {
    if (value.length <= maxInputLength) {
      const sig = options.siblingSig;
      if (sig !== undefined && looksLikeKeygripSignature(sig)) {
        layers.push({
          format: 'cookie-session',
          label: t('inspect_labelCookieSession'),
          input: value,
          output: value,
          signed: true,
          notes: [t('inspect_noteSigCookie', options.name ? `${options.name}.sig` : '.sig')],
          details: { name: options.name ?? null, signature: sig },
        });
      }
      let text = value;
      while (layers.length < maxLayers) {
        const layer = await peel(text, now);
        if (!layer) break;
        layers.push(layer);
        if (layer.output === null || layer.format === 'json' || layer.output === text) break;
        text = layer.output;
      }
    }
  } catch {
    // Hostile input must not break the panel: keep what was peeled before the failure.
  }
  return summarise(value, options.name ?? null, layers);
}

function summarise(input: string, name: string | null, layers: Layer[]): Inspection {
  const last = layers.at(-1);
  const signed = layers.some((layer) => layer.signed);
  return {
    input,
    name,
    recognised: layers.length > 0,
    layers,
    text: last ? (last.output ?? last.input) : input,
    summary: layers.map((layer) => layer.format).join(' → '),
    signed,
    signedNote: signed ? signedNote() : null,
    warnings: layers.flatMap((layer) => (layer.format === 'jwt' ? layer.notes : [])),
  };
}

/** The outermost layer of the text, or null. Signed formats first: they are the most specific. */
async function peel(text: string, now: number): Promise<Layer | null> {
  return (
    jwtLayer(text, now) ??
    expressLayer(text) ??
    (await flaskLayer(text)) ??
    (await djangoLayer(text)) ??
    railsLayer(text) ??
    pythonQuotedLayer(text) ??
    // JSON before percent: raw JSON may hold a literal "%41" that is data, not an escape.
    expressJsonLayer(text) ??
    jsonLayer(text) ??
    percentLayer(text) ??
    base64Layer(text)
  );
}

const dateOf = (seconds: number | null) => (seconds === null ? null : new Date(seconds * 1000));

function jwtLayer(text: string, now: number): Layer | null {
  const jwt = parseJwt(text, now);
  if (!jwt) return null;
  const unsigned = jwt.claims.alg?.toLowerCase() === 'none';
  return {
    format: 'jwt',
    label: t('inspect_labelJwt'),
    input: text,
    output: jwt.payloadText,
    signed: !unsigned,
    notes: jwt.warnings,
    details: {
      header: jwt.header,
      claims: jwt.claims,
      expiresAt: dateOf(jwt.claims.exp),
      issuedAt: dateOf(jwt.claims.iat),
      notBefore: dateOf(jwt.claims.nbf),
      expired: jwt.expired,
      notYetValid: jwt.notYetValid,
      signature: jwt.signature,
      headerPart: text.slice(0, text.indexOf('.')),
    },
  };
}

function expressLayer(text: string): Layer | null {
  const signed = parseExpressSigned(text);
  if (!signed) return null;
  return {
    format: 'express-signed',
    label: t('inspect_labelExpressSigned'),
    input: text,
    output: signed.value,
    signed: true,
    notes: [t('inspect_noteExpressSigned')],
    details: signed,
  };
}

async function flaskLayer(text: string): Promise<Layer | null> {
  const signed = parseItsdangerous(text);
  if (!signed) return null;
  const payload = await decodeSignedPayload(signed.payload);
  if (!payload) return null;
  return {
    format: 'flask-session',
    label: t('inspect_labelFlaskSession'),
    input: text,
    output: payload.text,
    signed: true,
    // The signing time is in details (signedAt): the page writes it in the user's time zone.
    notes: payload.compressed ? [t('inspect_noteCompressed')] : [],
    details: {
      ...signed,
      signedAt: new Date(signed.timestamp * 1000),
      compressed: payload.compressed,
    },
  };
}

async function djangoLayer(text: string): Promise<Layer | null> {
  const signed = parseDjangoSigned(text);
  if (!signed) return null;
  const signedAt = dateOf(signed.timestamp);
  const notes = [t('inspect_noteHmacSignature', signed.algorithm.toUpperCase())];
  if (signed.timestamp !== null) {
    const payload = await decodeSignedPayload(signed.value);
    if (payload) {
      return {
        format: 'django-session',
        label: t('inspect_labelDjangoSession'),
        input: text,
        output: payload.text,
        signed: true,
        notes: [...notes, ...(payload.compressed ? [t('inspect_noteCompressed')] : [])],
        details: { ...signed, signedAt, compressed: payload.compressed },
      };
    }
  }
  return {
    format: signed.timestamp === null ? 'django-signed' : 'django-timestamp-signed',
    label:
      signed.timestamp === null
        ? t('inspect_labelDjangoSigned')
        : t('inspect_labelDjangoTimestampSigned'),
    input: text,
    output: signed.value,
    signed: true,
    notes,
    details: { ...signed, signedAt },
  };
}

function railsLayer(text: string): Layer | null {
  const rails = parseRails(text);
  if (!rails) return null;
  if (rails.kind === 'encrypted') {
    return {
      format: 'rails-encrypted',
      label: t('inspect_labelRailsEncrypted'),
      input: text,
      output: null,
      signed: true,
      notes: [t('inspect_noteRailsEncrypted')],
      details: rails,
    };
  }
  const data = decodeBase64(rails.data);
  const marshal = data !== null && isRubyMarshal(data.bytes);
  return {
    format: 'rails-signed',
    label: t('inspect_labelRailsSigned'),
    input: text,
    output: rails.data,
    signed: true,
    notes: [
      t('inspect_noteRailsDigest', rails.algorithm.toUpperCase()),
      ...(marshal ? [t('inspect_noteRubyMarshal')] : []),
    ],
    details: rails,
  };
}

function pythonQuotedLayer(text: string): Layer | null {
  const quoted = decodePythonQuoted(text);
  if (!quoted) return null;
  return {
    format: 'python-quoted',
    label: t('inspect_labelPythonQuoted'),
    input: text,
    output: quoted.text,
    signed: false,
    notes: [quoted.variant.charset === 'utf-8' ? t('inspect_noteUtf8') : t('inspect_noteLatin1')],
    details: quoted.variant,
  };
}

function percentLayer(text: string): Layer | null {
  const decoded = decodePercent(text);
  if (!decoded) return null;
  return {
    format: 'percent',
    label: t('inspect_labelPercent'),
    input: text,
    output: decoded.text,
    signed: false,
    notes: decoded.variant.exact ? [] : [t('inspect_noteInconsistentEscapes')],
    details: decoded.variant,
  };
}

function expressJsonLayer(text: string): Layer | null {
  if (!text.startsWith('j:') || !parseJson(text.slice(2))) return null;
  return {
    format: 'express-json',
    label: t('inspect_labelExpressJson'),
    input: text,
    output: text.slice(2),
    signed: false,
    notes: [],
    details: null,
  };
}

function jsonLayer(text: string): Layer | null {
  const json = parseJson(text);
  if (!json) return null;
  return {
    format: 'json',
    label: t('inspect_labelJson'),
    input: text,
    output: text,
    signed: false,
    notes: [],
    details: json,
  };
}

/**
 * Claimed only for readable UTF-8 text of at least three characters, and never for hex or decimal
 * digits (hex ids, numbers), which decode "successfully" into garbage; JSON (even `{}`, which is
 * `e30`) is always claimed.
 */
function base64Layer(text: string): Layer | null {
  const decoded = decodeBase64(text);
  if (!decoded) return null;
  const readable = decodeUtf8(decoded.bytes);
  if (readable === null || !isReadableText(readable)) return null;
  const plain = readable.length < 3 || /^[0-9a-fA-F]+$/.test(text);
  if (plain && !parseJson(readable)) return null;
  const url = decoded.variant.alphabet === 'url';
  return {
    format: url ? 'base64url' : 'base64',
    label: url ? t('inspect_labelBase64url') : t('inspect_labelBase64'),
    input: text,
    output: readable,
    signed: false,
    notes: [],
    details: decoded.variant,
  };
}
