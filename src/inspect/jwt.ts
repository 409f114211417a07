// JSON Web Tokens (RFC 7519): header.payload.signature, each part unpadded base64url.

import { t } from '../i18n/t';
import { decodeBase64Url } from './base64';
import { decodeUtf8 } from './bytes';
import { type ParsedJson, parseJson } from './json';

export interface JwtClaims {
  alg: string | null;
  /** Seconds since the epoch, as the token states them; null when absent or not a number. */
  exp: number | null;
  iat: number | null;
  nbf: number | null;
}

export interface JwtFacts {
  header: ParsedJson;
  headerText: string;
  payloadText: string;
  claims: JwtClaims;
  /** The third part as written (empty for `alg: none`). */
  signature: string;
  expired: boolean;
  notYetValid: boolean;
  warnings: string[];
}

const shape = /^([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]*)$/;

function decodePart(part: string): string | null {
  const bytes = decodeBase64Url(part);
  return bytes && decodeUtf8(bytes);
}

/** A JWT's header and payload, or null. The header must be a JSON object with `alg`. */
export function parseJwt(text: string, now: number): JwtFacts | null {
  const match = shape.exec(text);
  if (!match) return null;
  const headerText = decodePart(match[1] as string);
  const payloadText = decodePart(match[2] as string);
  if (headerText === null || payloadText === null) return null;
  const header = parseJson(headerText);
  const payload = parseJson(payloadText);
  if (!header || !isObject(header.value) || typeof header.value.alg !== 'string') return null;
  if (!payload || !isObject(payload.value)) return null;
  const claims = claimsOf(header.value, payload.value);
  const seconds = now / 1000;
  const expired = claims.exp !== null && claims.exp <= seconds;
  const notYetValid = claims.nbf !== null && claims.nbf > seconds;
  const warnings: string[] = [];
  if (claims.alg?.toLowerCase() === 'none') {
    warnings.push(t('inspect_jwtAlgNone'));
  }
  if (expired) warnings.push(t('inspect_jwtExpired'));
  if (notYetValid) warnings.push(t('inspect_jwtNotYetValid'));
  return {
    header,
    headerText,
    payloadText,
    claims,
    signature: match[3] as string,
    expired,
    notYetValid,
    warnings,
  };
}

/**
 * The claims an audit needs, synchronously and cheaply; null when the value is not a JWT.
 * Times are in seconds since the epoch, as in the token.
 */
export function jwtClaims(value: string): JwtClaims | null {
  const facts = parseJwt(value, 0);
  return facts ? facts.claims : null;
}

function claimsOf(header: Record<string, unknown>, payload: Record<string, unknown>): JwtClaims {
  const time = (key: string) => {
    const value = payload[key];
    return typeof value === 'number' && Number.isFinite(value) ? value : null;
  };
  return {
    alg: typeof header.alg === 'string' ? header.alg : null,
    exp: time('exp'),
    iat: time('iat'),
    nbf: time('nbf'),
  };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
