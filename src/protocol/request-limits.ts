/**
 * The most a single request may carry. The background refuses bigger ones unread, so a page
 * (or anything that gets hold of the port) cannot make it hold or write unbounded data; pages
 * check first and tell the user. Generous beside the browser's own limits: 4,096 bytes of
 * name and value, 1,024 of domain and path, 3,300 cookies in all (180 per site).
 */
export const requestLimits = {
  cookies: 10_000,
  /** Characters of a name or a value (validation names the 4,096-byte rule itself). */
  nameOrValue: 16_384,
  /** Characters of a domain, path, store id or partition site. */
  attribute: 4_096,
  urls: 500,
  url: 8_192,
} as const;
