import type { Cookie, CookieDraft } from './cookie';
import { identityKey } from './cookie-identity';
import type { CookieStorePort } from './cookie-store-port';
import { canonicalDraft } from './plan-edit';
import { readStores } from './read-exact';
import { bulkWriteConcurrency, runConcurrently } from './run-concurrently';
import { storedDifferences } from './save-cookie';
import { setDetailsFor } from './set-details';
import { blockingIssues, type HostRules, validateCookie } from './validate-cookie';

export type ExistingPolicy = 'skip' | 'overwrite';

export type ImportResult =
  | { index: number; status: 'imported' | 'overwritten'; cookie: Cookie }
  | { index: number; status: 'skipped'; reason: string }
  | { index: number; status: 'failed'; reason: string };

export interface ImportOutcome {
  results: ImportResult[];
  /** Cookies an import replaced, exactly as they were (for undo). */
  replaced: Cookie[];
}

function where(draft: CookieDraft): string {
  return `"${draft.name}" on ${draft.domain}${draft.path}`;
}

/**
 * Writes many cookies at once. An existing cookie with the same identity is never replaced
 * silently: `skip` keeps it, `overwrite` replaces it (and hands it back for undo). The store is
 * read once before and once after, not per cookie, so a large import costs about one write per
 * cookie; every cookie is still compared with what the browser stored.
 */
export async function importCookies(
  port: CookieStorePort,
  drafts: CookieDraft[],
  options: { onExisting: ExistingPolicy; nowSeconds: number; hostRules: HostRules },
): Promise<ImportOutcome> {
  const storeIds = [...new Set(drafts.map((d) => d.storeId))];
  const existing = await readStores(port, storeIds);

  const results: ImportResult[] = [];
  const replaced: Cookie[] = [];
  const toWrite: { index: number; wanted: CookieDraft; current: Cookie | undefined }[] = [];
  const seen = new Set<string>();
  for (const [index, draft] of drafts.entries()) {
    const wanted = canonicalDraft(draft);
    const blocking = blockingIssues(validateCookie(wanted, options), false);
    if (blocking.length > 0) {
      results.push({
        index,
        status: 'failed',
        reason: `${where(wanted)}: ${blocking.map((i) => i.message).join(' ')}`,
      });
      continue;
    }
    const key = identityKey(wanted);
    if (seen.has(key)) {
      results.push({
        index,
        status: 'skipped',
        reason: `${where(wanted)} appears twice in the import; the first one was used.`,
      });
      continue;
    }
    seen.add(key);
    const current = existing.get(key);
    if (current && options.onExisting === 'skip') {
      results.push({
        index,
        status: 'skipped',
        reason: `${where(wanted)} already exists and was kept.`,
      });
      continue;
    }
    toWrite.push({ index, wanted, current });
  }

  // Every identity is distinct by now, so the writes cannot interfere with one another.
  const written: { index: number; wanted: CookieDraft; overwrote: boolean }[] = [];
  await runConcurrently(toWrite, bulkWriteConcurrency, async ({ index, wanted, current }) => {
    try {
      await port.set(setDetailsFor(wanted));
      if (current) replaced.push(current);
      written.push({ index, wanted, overwrote: current !== undefined });
    } catch (error) {
      results.push({
        index,
        status: 'failed',
        reason: `${where(wanted)}: the browser refused it (${error instanceof Error ? error.message : String(error)}).`,
      });
    }
  });

  const stored = await readStores(port, storeIds);
  for (const { index, wanted, overwrote } of written) {
    const cookie = stored.get(identityKey(wanted));
    const differences = cookie
      ? storedDifferences(cookie, wanted, options.nowSeconds)
      : ['the whole cookie'];
    if (!cookie || differences.length > 0) {
      results.push({
        index,
        status: 'failed',
        reason: `${where(wanted)}: the browser stored a different ${differences.join(', ')}.`,
      });
    } else {
      results.push({ index, status: overwrote ? 'overwritten' : 'imported', cookie });
    }
  }
  results.sort((a, b) => a.index - b.index);
  return { results, replaced };
}
