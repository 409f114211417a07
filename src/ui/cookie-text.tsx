/**
 * Cookie-derived text (a name, value, domain, path, site) in its own bidi isolate: a <bdi>,
 * whose direction comes from its own text and whose controls (U+202E…) cannot reorder the text
 * beside it. Why: src/cookies/isolate-bidi.ts. The element's isolation holds even against a
 * stray PDI inside (checked in Chromium by e2e/bidi-isolation.spec.ts), so the text is shown
 * exactly as stored. Text only, never markup.
 */
export function CookieText({ text, class: className }: { text: string; class?: string }) {
  return <bdi class={className}>{text}</bdi>;
}
