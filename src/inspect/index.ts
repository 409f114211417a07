// The value inspector (issue 13): see inspect-value.ts for the entry point and inspection.ts
// for the shape it returns.

export { cookieSessionSignature, keygripSign, verifyCookieSession } from './cookie-session-sig';
export {
  type DjangoAlgorithm,
  type DjangoPurpose,
  type DjangoSigned,
  djangoSessionSalt,
  djangoSignature,
  findDjangoPurpose,
  parseDjangoSigned,
  signDjango,
  verifyDjango,
} from './django-signing';
export { expressSignature, signExpress, verifyExpress } from './express-signature';
export { type InspectOptions, inspectValue } from './inspect-value';
export type { FormatId, Inspection, Layer } from './inspection';
export {
  flaskSession,
  itsdangerousSignature,
  signItsdangerous,
  verifyItsdangerous,
} from './itsdangerous';
export type { JsonNode } from './json';
export { type JwtClaims, jwtClaims } from './jwt';
export {
  encodeLayer,
  type RebuildOptions,
  type Rebuilt,
  rebuildValue,
  verifyInspection,
  verifyLayer,
} from './rebuild-value';
export { decodeSignedPayload, encodeSignedPayload } from './signed-payload';
