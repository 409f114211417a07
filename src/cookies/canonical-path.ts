// Characters of the url path percent-encode set (WHATWG URL) that Chromium encodes when it
// stores a cookie path: `/a b` is stored as `/a%20b`. Non-ASCII goes out as UTF-8 bytes.
const encodedInPaths = /[ "<>`{}]|[^ -~]/gu;

/** The path as the browser will store it, so a read-back can be compared with what was sent. */
export function canonicalPath(path: string): string {
  return path.replace(encodedInPaths, (ch) => {
    try {
      return encodeURIComponent(ch);
    } catch {
      // A lone surrogate cannot be encoded: left as it is for validation to name.
      return ch;
    }
  });
}
