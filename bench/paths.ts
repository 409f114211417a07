import { fileURLToPath } from 'node:url';

/** Where the bench builds the extension: its own folder, never the dist/ that e2e runs load. */
export const benchDistDir = fileURLToPath(new URL('../bench-results/dist', import.meta.url));

/** Where the results go (git-ignored). */
export const resultsDir = fileURLToPath(new URL('../bench-results', import.meta.url));
