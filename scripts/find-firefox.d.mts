/** Types for find-firefox.mjs, which the Firefox e2e fixtures import too. */
export function findFirefox(): { path?: string; error?: string };
