// The shape inspectValue returns: what the UI shows and what rebuildValue needs to put an
// edited value back together.

import { t } from '../i18n/t';
import type { Base64Variant } from './base64';
import type { DjangoSigned } from './django-signing';
import type { ExpressSigned } from './express-signature';
import type { ItsdangerousSigned } from './itsdangerous';
import type { ParsedJson } from './json';
import type { JwtClaims } from './jwt';
import type { PercentVariant } from './percent';
import type { PythonQuotedVariant } from './python-quoted';
import type { RailsEncrypted, RailsSigned } from './rails';

/** Stable ids of what a layer recognised; the label is the human name. */
export type FormatId = Layer['format'];

interface LayerBase {
  label: string;
  /** The text this layer read. */
  input: string;
  /**
   * What it decoded to, the next layer's input; null when nothing more can be read (Rails
   * encrypted cookies). For JSON, the input unchanged: the tree and pretty text are in details.
   */
  output: string | null;
  /** The server checks a signature: an edited value needs re-signing with its secret. */
  signed: boolean;
  /** Sentences for the user: how the text was read, what to look out for. */
  notes: string[];
}

export type Layer = LayerBase &
  (
    | { format: 'percent'; details: PercentVariant }
    | { format: 'base64' | 'base64url'; details: Base64Variant }
    | { format: 'json'; details: ParsedJson }
    /** cookie-parser's JSON cookies: `j:` + JSON (res.cookie with an object). */
    | { format: 'express-json'; details: null }
    | { format: 'python-quoted'; details: PythonQuotedVariant }
    | {
        format: 'jwt';
        details: {
          header: ParsedJson;
          claims: JwtClaims;
          /** exp, iat and nbf as dates, null when absent. */
          expiresAt: Date | null;
          issuedAt: Date | null;
          notBefore: Date | null;
          expired: boolean;
          notYetValid: boolean;
          signature: string;
          headerPart: string;
        };
      }
    | { format: 'express-signed'; details: ExpressSigned }
    | {
        format: 'cookie-session';
        /** `signature` is the sibling `<name>.sig` cookie's value, when given. */
        details: { name: string | null; signature: string };
      }
    | {
        format: 'django-signed' | 'django-timestamp-signed';
        details: DjangoSigned & { signedAt: Date | null };
      }
    | {
        format: 'django-session';
        details: DjangoSigned & { signedAt: Date | null; compressed: boolean };
      }
    | {
        format: 'flask-session';
        details: ItsdangerousSigned & { signedAt: Date; compressed: boolean };
      }
    | { format: 'rails-signed'; details: RailsSigned }
    | { format: 'rails-encrypted'; details: RailsEncrypted }
  );

export interface Inspection {
  input: string;
  /** The cookie's name, when given: Django's signed cookies and `.sig` pairs need it. */
  name: string | null;
  /** At least one layer was recognised. */
  recognised: boolean;
  /** Outermost first: `s%3A…` gives percent, express-signed, … */
  layers: Layer[];
  /** The innermost text: the last layer's output, or the input when nothing was recognised. */
  text: string;
  /** The formats in order, e.g. "percent → base64url → json"; "" when none. */
  summary: string;
  signed: boolean;
  /** When signed: the sentence to show next to the editor. */
  signedNote: string | null;
  /** What to flag next to the value: a JWT's expiry, not-yet-valid or `alg: none`. */
  warnings: string[];
}

/** A function, not a constant: the sentence is looked up in the user's language when used. */
export const signedNote = () => t('inspect_signedNote');
