/** Types for find-chromium.mjs, which the Playwright fixtures import too. */
export function findChromium(): { path?: string; error?: string };
