/** Types for chromium-args.mjs, which the e2e fixtures and the bench import too. */
export const hostResolverRules: string;
export function chromiumArgs(options: { extensionDir: string; automated?: boolean }): string[];
