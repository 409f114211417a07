import type { Cookie } from '../cookies/cookie';
import { identityKey } from '../cookies/cookie-identity';
import { readCookieRecord } from '../cookies/cookie-record';
import { t } from '../i18n/t';
import type { JournalChange } from '../journal/journal-entry';
import { requestLimits } from '../protocol/request-limits';
import {
  type BlockPattern,
  blockPatternText,
  hostMatchesPattern,
  parseBlockPattern,
} from './block-pattern';

/**
 * A protected cookie, by its full identity (name, host, host-only, path, store, partition):
 * `cookie` is also the exact state put back when anything else changes or deletes it.
 */
export interface ProtectRule {
  cookie: Cookie;
  /** When it was protected, ms since the epoch. */
  since: number;
}

/** A blocked cookie: any cookie of this name on the pattern's domains is removed when set. */
export interface BlockRule {
  name: string;
  pattern: BlockPattern;
  /** Absent: in every store (a private window's too). */
  storeId?: string;
  since: number;
}

export interface ProtectionRules {
  protect: ProtectRule[];
  block: BlockRule[];
}

/** The `storage.local` key holding the rules: on disk, so they outlive the browser. */
export const protectionStorageKey = 'protection-rules';
export const protectionVersion = 1;

/** As stored: versioned, the block pattern as its text. */
export interface StoredProtectionRules {
  version: typeof protectionVersion;
  protect: ProtectRule[];
  block: { name: string; domain: string; storeId?: string; since: number }[];
}

/** Rules of each kind kept: enough for anyone, and a bound on what a worker re-reads. */
export const maxRulesOfEachKind = 1000;

export const emptyRules = (): ProtectionRules => ({ protect: [], block: [] });

export function storedRules(rules: ProtectionRules): StoredProtectionRules {
  return {
    version: protectionVersion,
    protect: rules.protect,
    block: rules.block.map(({ name, pattern, storeId, since }) => ({
      name,
      domain: blockPatternText(pattern),
      ...(storeId === undefined ? {} : { storeId }),
      since,
    })),
  };
}

export interface RulesRead {
  rules: ProtectionRules;
  /** Rules that could not be read back, in words; they are dropped. */
  problems: string[];
  /**
   * Written by a newer version of the extension: nothing was read, and the stored rules must
   * not be overwritten (that would lose them for the newer version).
   */
  newer: boolean;
}

const isTime = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0;

function protectRuleOf(raw: unknown, index: number): ProtectRule | string {
  const item = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const read = readCookieRecord(item.cookie);
  if (!read.ok) return t('protect_storedCookieProblem', index + 1, read.error);
  if (!isTime(item.since)) return t('protect_storedCookieNoTime', index + 1);
  return { cookie: read.cookie, since: item.since };
}

function blockRuleOf(raw: unknown, index: number): BlockRule | string {
  const item = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const { name, domain, storeId, since } = item;
  if (typeof name !== 'string' || name.length > requestLimits.nameOrValue) {
    return t('protect_storedBlockNoName', index + 1);
  }
  const pattern = typeof domain === 'string' ? parseBlockPattern(domain) : undefined;
  if (!pattern?.ok) return t('protect_storedBlockNoDomain', index + 1);
  if (
    storeId !== undefined &&
    (typeof storeId !== 'string' || storeId.length > requestLimits.attribute)
  ) {
    return t('protect_storedBlockBadStore', index + 1);
  }
  if (!isTime(since)) return t('protect_storedBlockNoTime', index + 1);
  return { name, pattern: pattern.pattern, ...(storeId === undefined ? {} : { storeId }), since };
}

/**
 * The rules as read back from storage, which anything with access to it may have changed:
 * each rule is checked on its own, and one that is not as written is dropped and named, the
 * rest kept. A protected identity or block rule that repeats keeps the first.
 */
export function readProtectionRules(raw: unknown): RulesRead {
  const read: RulesRead = { rules: emptyRules(), problems: [], newer: false };
  if (raw === undefined || raw === null) return read;
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    read.problems.push(t('protect_storedNotRules'));
    return read;
  }
  const stored = raw as Record<string, unknown>;
  if (typeof stored.version === 'number' && stored.version > protectionVersion) {
    read.newer = true;
    read.problems.push(t('protect_storedNewer', stored.version));
    return read;
  }
  if (stored.version !== protectionVersion) {
    read.problems.push(t('protect_storedNoVersion'));
    return read;
  }
  // Each kind says its problems in whole sentences of its own (a translation declines the noun).
  const list = (value: unknown, kind: 'protect' | 'block') => {
    if (!Array.isArray(value)) {
      read.problems.push(
        kind === 'protect' ? t('protect_storedProtectNotList') : t('protect_storedBlockNotList'),
      );
      return [];
    }
    if (value.length > maxRulesOfEachKind) {
      read.problems.push(
        kind === 'protect'
          ? t('protect_storedProtectTooMany', maxRulesOfEachKind)
          : t('protect_storedBlockTooMany', maxRulesOfEachKind),
      );
    }
    return value.slice(0, maxRulesOfEachKind);
  };
  const protectedKeys = new Set<string>();
  for (const [index, item] of list(stored.protect, 'protect').entries()) {
    const rule = protectRuleOf(item, index);
    if (typeof rule === 'string') read.problems.push(rule);
    else if (!protectedKeys.has(identityKey(rule.cookie))) {
      protectedKeys.add(identityKey(rule.cookie));
      read.rules.protect.push(rule);
    }
  }
  const blockKeys = new Set<string>();
  for (const [index, item] of list(stored.block, 'block').entries()) {
    const rule = blockRuleOf(item, index);
    if (typeof rule === 'string') read.problems.push(rule);
    else if (!blockKeys.has(blockKey(rule))) {
      blockKeys.add(blockKey(rule));
      read.rules.block.push(rule);
    }
  }
  return read;
}

const blockKey = (rule: Pick<BlockRule, 'name' | 'pattern' | 'storeId'>) =>
  JSON.stringify([rule.name, blockPatternText(rule.pattern), rule.storeId ?? null]);

/** The rule protecting this cookie's identity, if any. */
export function protectionOf(rules: ProtectionRules, cookie: Cookie): ProtectRule | undefined {
  const key = identityKey(cookie);
  return rules.protect.find((rule) => identityKey(rule.cookie) === key);
}

/** The first block rule covering this cookie (name, domain pattern and store), if any. */
export function blockOf(rules: ProtectionRules, cookie: Cookie): BlockRule | undefined {
  return rules.block.find(
    (rule) =>
      rule.name === cookie.name &&
      (rule.storeId === undefined || rule.storeId === cookie.storeId) &&
      hostMatchesPattern(cookie.domain, rule.pattern),
  );
}

/** Protects a cookie as it is now; protecting it again keeps its new state. */
export function protectCookie(
  rules: ProtectionRules,
  cookie: Cookie,
  nowMs: number,
): ProtectionRules {
  const key = identityKey(cookie);
  return {
    ...rules,
    protect: [
      ...rules.protect.filter((rule) => identityKey(rule.cookie) !== key),
      { cookie: { ...cookie }, since: nowMs },
    ],
  };
}

export function unprotectCookie(rules: ProtectionRules, cookie: Cookie): ProtectionRules {
  const key = identityKey(cookie);
  return { ...rules, protect: rules.protect.filter((rule) => identityKey(rule.cookie) !== key) };
}

export function addBlockRule(
  rules: ProtectionRules,
  rule: Omit<BlockRule, 'since'>,
  nowMs: number,
): ProtectionRules {
  const key = blockKey(rule);
  if (rules.block.some((other) => blockKey(other) === key)) return rules;
  return { ...rules, block: [...rules.block, { ...rule, since: nowMs }] };
}

export function removeBlockRule(
  rules: ProtectionRules,
  rule: Pick<BlockRule, 'name' | 'pattern' | 'storeId'>,
): ProtectionRules {
  const key = blockKey(rule);
  return { ...rules, block: rules.block.filter((other) => blockKey(other) !== key) };
}

/**
 * The protected cookies a planned action (a snapshot restore, an import, a bulk delete) would
 * change: the page asks to unprotect them first, as for an edit, or the background would put
 * them back while the action runs and the action would report them as changed meanwhile.
 */
export function protectedAmong(
  rules: ProtectionRules,
  changes: readonly JournalChange[],
): ProtectRule[] {
  const touched = new Set(
    changes.flatMap((change) => {
      const cookie = change.before ?? change.after;
      return cookie ? [identityKey(cookie)] : [];
    }),
  );
  return rules.protect.filter((rule) => touched.has(identityKey(rule.cookie)));
}
