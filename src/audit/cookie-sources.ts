// Where each rule comes from, as the details pane shows it. Section titles rather than numbers
// where the rfc6265bis drafts renumbered them (the 4,096-byte rule moved from §5.4 to §5.6).
export const sources = {
  secure: 'RFC 6265bis §4.1.2.5 (the Secure attribute)',
  httpOnly: 'OWASP Session Management Cheat Sheet (HttpOnly attribute)',
  sameSiteNone: 'Chromium: SameSite=None requires Secure',
  sameSiteUnset: 'Chromium: no SameSite means Lax (Firefox and Safari: None)',
  securePrefix: 'RFC 6265bis §4.1.3.1 (the __Secure- prefix)',
  hostPrefix: 'RFC 6265bis §4.1.3.2 (the __Host- prefix)',
  size: 'RFC 6265bis, Set-Cookie parsing: name and value at most 4,096 bytes',
  expiry: 'RFC 6265bis, Expires and Max-Age: capped at 400 days',
  sessionLifetime: 'OWASP Session Management Cheat Sheet (session expiration)',
  jwtExpired: 'RFC 7519 §4.1.4 (exp)',
  jwtAlgNone: 'RFC 8725 §3.1 (JWT BCP: never accept alg none)',
  siteCount: 'Chromium: 180 cookies per site, evicted down to 150 (cookie_monster.h)',
  headerSize:
    'Server limits: Apache LimitRequestFieldSize 8190, nginx large_client_header_buffers 8k',
} as const;
