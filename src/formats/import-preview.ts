import type { CookieDraft } from '../cookies/cookie';
import { identityKey } from '../cookies/cookie-identity';
import { publicSuffixRules, siteOfHost } from '../cookies/cookie-site';
import { inOwnSiteFirstParty } from '../cookies/first-party';
import { canonicalDraft } from '../cookies/plan-edit';
import type { IssueSeverity } from '../cookies/validate-cookie';
import { cookieLabel } from '../text/cookie-label';
import { detectFormat, type ImportFormat, importFormatName } from './detect-format';
import { type ImportCapacity, importCapacity } from './import-capacity';
import type { ImportEntry } from './import-entry';

/** The counts a preview states before anything is imported. */
export interface ImportSummary {
  format: ImportFormat;
  formatName: string;
  /** Every cookie the input holds, importable or not. */
  total: number;
  /** Cookies without an error (repeats included: the import skips them with a reason). */
  importable: number;
  capacity: ImportCapacity;
  /** Importable cookies whose identity exists in the store already. */
  existing: number;
}

/** One line of the preview, as text only: names and values are attacker-controlled. */
export type PreviewRow =
  | {
      kind: 'cookie';
      importable: boolean;
      name: string;
      domain: string;
      path: string;
      session: boolean;
      exists: boolean;
      issues: { severity: IssueSeverity; message: string }[];
    }
  | { kind: 'rejected'; source: string; reason: string };

/** What the page needs to import: the drafts, and which existing cookies they would replace. */
export interface ImportSelection {
  drafts: CookieDraft[];
  /** identityKey of each existing cookie a draft has the identity of. */
  existingKeys: string[];
}

// A rejected line can be a whole file without line breaks: the preview shows its start.
const maxSourceChars = 300;
const shortened = (text: string) =>
  text.length > maxSourceChars ? `${text.slice(0, maxSourceChars)}…` : text;

/** The draft the import writes for this entry, if it writes one. */
const importableDraft = (entry: ImportEntry): CookieDraft | undefined =>
  entry.ok && !entry.issues.some((issue) => issue.severity === 'error') ? entry.draft : undefined;

/**
 * The parsed entries of an import, held where they were parsed (a worker) so the page asks for
 * the counts, the rows it shows and the drafts it imports, never for all of a large file at once.
 */
export class ImportPreview {
  readonly summary: ImportSummary;
  private readonly keys: (string | undefined)[];
  private readonly present: Set<string>;

  constructor(
    format: ImportFormat,
    private readonly entries: readonly ImportEntry[],
    /** identityKey and host of every cookie in the target store now. */
    present: readonly (readonly [key: string, host: string])[],
  ) {
    this.present = new Set(present.map(([key]) => key));
    // As the import compares (planImport): by the identity the browser will store.
    this.keys = entries.map((e) => {
      const draft = importableDraft(e);
      return draft && identityKey(canonicalDraft(draft));
    });
    const added = new Map<string, string>();
    let existing = 0;
    let importable = 0;
    entries.forEach((entry, i) => {
      const key = this.keys[i];
      const draft = importableDraft(entry);
      if (!draft || key === undefined) return;
      importable++;
      if (added.has(key)) return;
      if (this.present.has(key)) existing++;
      added.set(key, this.present.has(key) ? '' : siteOfHost(draft.domain));
    });
    const newSites = [...added.values()].filter((site) => site !== '');
    const presentSites = present.map(([, host]) => siteOfHost(host));
    this.summary = {
      format,
      formatName: importFormatName(format),
      total: entries.length,
      importable,
      capacity: importCapacity(newSites, presentSites),
      existing,
    };
  }

  rows(from: number, to: number): PreviewRow[] {
    return this.entries.slice(from, to).map((entry, offset) => {
      if (!entry.ok)
        return { kind: 'rejected', source: shortened(entry.source), reason: entry.reason };
      const { draft } = entry;
      const key = this.keys[from + offset];
      return {
        kind: 'cookie',
        importable: importableDraft(entry) !== undefined,
        name: shortened(draft.name),
        domain: shortened(draft.domain),
        path: shortened(draft.path),
        session: draft.expirationDate === undefined,
        exists: key !== undefined && this.present.has(key),
        issues: entry.issues.map(({ severity, message }) => ({ severity, message })),
      };
    });
  }

  /** The first `limit` cookies that cannot be imported, each with why, and how many there are. */
  problems(limit: number): { lines: string[]; count: number } {
    const lines: string[] = [];
    let count = 0;
    for (const entry of this.entries) {
      if (importableDraft(entry)) continue;
      count++;
      if (lines.length >= limit) continue;
      if (!entry.ok) lines.push(`${shortened(entry.source)}: ${entry.reason}`);
      else {
        const errors = entry.issues.filter((i) => i.severity === 'error').map((i) => i.message);
        lines.push(`${cookieLabel(entry.draft)}: ${errors.join(' ')}`);
      }
    }
    return { lines, count };
  }

  selection(): ImportSelection {
    const drafts: CookieDraft[] = [];
    const existingKeys = new Set<string>();
    const sent = new Set<string>();
    this.entries.forEach((entry, i) => {
      const draft = importableDraft(entry);
      const key = this.keys[i];
      // A repeat is left here (the preview said the first is imported): with repeats, a file
      // within the browser's limits could otherwise exceed what one request may carry.
      if (!draft || key === undefined || sent.has(key)) return;
      sent.add(key);
      drafts.push(draft);
      if (this.present.has(key)) existingKeys.add(key);
    });
    return { drafts, existingKeys: [...existingKeys] };
  }
}

export interface PreviewOptions {
  storeId: string;
  /** The page a Cookie header's or a curl command's cookies belong to, as typed. */
  url?: string;
  nowSeconds: number;
  /** identityKey and host of every cookie in the target store now. */
  present: readonly (readonly [key: string, host: string])[];
  /**
   * Firefox's first-party isolation is on (describeFirstParties says): a cookie without a first
   * party is written into its own site's (importAction, inDefaultFirstParty), so it is compared,
   * counted and sent with that one. Without this, an existing cookie looked new in the preview
   * and the import then kept it unasked.
   */
  isolatesFirstParties?: boolean;
}

/** Detects and checks `text` with the full public suffix rules, or says why it cannot. */
export function previewImportText(
  text: string,
  options: PreviewOptions,
): { ok: true; preview: ImportPreview } | { ok: false; error: string } {
  let url: URL | undefined;
  try {
    url = options.url?.trim() ? new URL(options.url.trim()) : undefined;
  } catch {
    url = undefined;
  }
  const detected = detectFormat(text, {
    storeId: options.storeId,
    nowSeconds: options.nowSeconds,
    hostRules: publicSuffixRules,
    ...(url ? { url } : {}),
  });
  if (!detected.ok) return detected;
  const entries = options.isolatesFirstParties
    ? detected.entries.map((e) => (e.ok ? { ...e, draft: inOwnSiteFirstParty(e.draft) } : e))
    : detected.entries;
  return {
    ok: true,
    preview: new ImportPreview(detected.format, entries, options.present),
  };
}
