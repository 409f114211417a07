import { type Cookie, cookieHost, draftFromCookie } from '../cookies/cookie';
import { identityKey } from '../cookies/cookie-identity';
import { siteOfHost } from '../cookies/cookie-site';
import type { CookieStorePort } from '../cookies/cookie-store-port';
import { CookieWriteError } from '../cookies/cookie-write-error';
import { deleteAllExactly } from '../cookies/delete-exactly';
import { readExact } from '../cookies/read-exact';
import { setDetailsFor } from '../cookies/set-details';
import { t } from '../i18n/t';
import { applyChanges } from '../journal/apply-changes';
import type { JournalChange } from '../journal/journal-entry';
import type { SessionArea } from '../journal/journal-store';
import { createSerialQueue } from '../journal/serial-queue';
import { blockPatternText, parseBlockPattern } from '../protection/block-pattern';
import { decideOnChange } from '../protection/decide-on-change';
import {
  emptyFixLimiter,
  type FixLimiterState,
  limitFix,
  pausedLoops,
} from '../protection/fix-limiter';
import { planWake } from '../protection/plan-wake';
import {
  addBlockRule,
  blockOf,
  type ProtectionRules,
  type ProtectRule,
  protectCookie,
  protectedAmong,
  type RulesRead,
  readProtectionRules,
  removeBlockRule,
  storedRules,
  unprotectCookie,
} from '../protection/protection-rules';
import type {
  BlockRuleText,
  CookieChange,
  ProtectionState,
  ProtectionVerdict,
} from '../protocol/cookie-protocol';
import type { ProtocolHandlers } from '../protocol/dispatch-request';
import { cookieLabel } from '../text/cookie-label';

/** `storage.local` under `protectionStorageKey`: the rules outlive the browser. */
export interface RulesArea {
  read(): Promise<unknown>;
  write(stored: unknown): Promise<void>;
}

export interface ProtectionParts {
  /** The cookie store, noting the extension's own writes. */
  port: CookieStorePort;
  rules: RulesArea;
  /** `storage.session`: the fix limiter's counts and whether this browser session has begun. */
  sessionArea: SessionArea;
  /** The cookie stores there are now. */
  storeIds: () => Promise<string[]>;
  now: () => number;
}

const limiterKey = 'protection-limiter';
// Set on the first wake of a browser session: a later wake is the worker's, not the browser's.
const sessionBegunKey = 'protection-session-begun';

type ProtectionMethods =
  | 'listProtection'
  | 'protectCookie'
  | 'unprotectCookie'
  | 'addBlockRule'
  | 'removeBlockRule';

export interface Protection {
  handlers: Pick<ProtocolHandlers, ProtectionMethods>;
  /**
   * The rules as they are now, without waiting behind queued fixes or the start-up scan
   * (`wake`, which reads every cookie store): for a first render, which must not wait for
   * them. listProtection is the ordered read.
   */
  peek(): Promise<ProtectionState>;
  /**
   * Decides one cookie change the browser reported and makes the fix (put the protected
   * cookie back, remove a blocked one); says what it did, for the timeline.
   */
  onChange(
    change: Pick<CookieChange, 'removed' | 'cause' | 'cookie'>,
  ): Promise<ProtectionVerdict | undefined>;
  /** On worker start: fixes what changed while no event could be seen. */
  wake(): Promise<void>;
  /** The protected cookies a set of changes would touch (a snapshot restore asks first). */
  protectedAmong(changes: readonly JournalChange[]): Promise<ProtectRule[]>;
}

function blockRuleOf(text: BlockRuleText) {
  const pattern = parseBlockPattern(text.domain);
  if (!pattern.ok) throw new CookieWriteError(pattern.error);
  return {
    name: text.name,
    pattern: pattern.pattern,
    ...(text.storeId === undefined ? {} : { storeId: text.storeId }),
  };
}

/** The protect and block rules: kept, changed on request, and acted on for every change. */
export function createProtection(parts: ProtectionParts): Protection {
  const { port, now } = parts;
  // Every rule change and every fix runs in order: a fix acts on the rules as they are then,
  // and two rule changes never lose one another.
  const queue = createSerialQueue();
  let loaded: RulesRead | undefined;
  let limiter: FixLimiterState | undefined;

  const rules = async (): Promise<RulesRead> => {
    loaded ??= readProtectionRules(await parts.rules.read());
    return loaded;
  };
  const limiterState = async (): Promise<FixLimiterState> => {
    if (limiter) return limiter;
    const raw = (await parts.sessionArea.get([limiterKey]))[limiterKey];
    try {
      const parsed = typeof raw === 'string' ? (JSON.parse(raw) as FixLimiterState) : undefined;
      limiter = parsed && typeof parsed.cookies === 'object' ? parsed : emptyFixLimiter();
    } catch {
      limiter = emptyFixLimiter();
    }
    return limiter;
  };
  const change = async (update: (current: ProtectionRules) => ProtectionRules) => {
    const read = await rules();
    if (read.newer) throw new CookieWriteError(read.problems[0] ?? t('bg_rulesNewer'));
    const next = update(read.rules);
    await parts.rules.write(storedRules(next));
    loaded = { ...read, rules: next };
    return next;
  };

  const readState = async (): Promise<ProtectionState> => {
    const read = await rules();
    const stored = storedRules(read.rules);
    return {
      protect: stored.protect,
      block: stored.block,
      loops: pausedLoops(await limiterState(), now()),
      problems: read.problems,
    };
  };

  const handlers: Protection['handlers'] = {
    listProtection: () => queue(readState),
    protectCookie: ({ cookie }) =>
      queue(async () => {
        const current = await readExact(port, cookie);
        if (!current) {
          throw new CookieWriteError(t('bg_nothingToProtect', cookieLabel(cookie)));
        }
        const next = await change((r) => protectCookie(r, current, now()));
        const key = identityKey(current);
        const rule = next.protect.find((p) => identityKey(p.cookie) === key);
        return { rule: rule ?? { cookie: current, since: now() } };
      }),
    unprotectCookie: ({ cookie }) =>
      queue(async () => {
        await change((r) => unprotectCookie(r, cookie));
        return {};
      }),
    addBlockRule: (text) =>
      queue(async () => {
        const rule = blockRuleOf(text);
        const next = await change((r) => addBlockRule(r, rule, now()));
        const present = (
          await Promise.all(
            (
              await parts.storeIds()
            ).map((storeId) => port.getAll({ storeId, name: rule.name, partitionKey: {} })),
          )
        ).flat();
        const covered = present.filter(
          (cookie) => blockOf(next, cookie) && !next.protect.some((p) => sameIdentity(p, cookie)),
        );
        const { deleted } = await deleteAllExactly(port, covered, now() / 1000);
        return {
          rule: { ...text, domain: blockPatternText(rule.pattern) },
          removed: deleted,
        };
      }),
    removeBlockRule: (text) =>
      queue(async () => {
        await change((r) => removeBlockRule(r, blockRuleOf(text)));
        return {};
      }),
  };

  const fix = async (
    changeSeen: Pick<CookieChange, 'removed' | 'cause' | 'cookie'>,
  ): Promise<ProtectionVerdict | undefined> => {
    const read = await rules();
    if (read.rules.protect.length === 0 && read.rules.block.length === 0) return undefined;
    const at = now();
    const decision = decideOnChange(read.rules, changeSeen, at);
    if (decision.action === 'leave') return undefined;
    const { cookie } = changeSeen;
    const limited = limitFix(
      await limiterState(),
      {
        key: identityKey(cookie),
        site: siteOfHost(cookieHost(cookie)),
        cookie: cookieLabel(cookie),
      },
      at,
    );
    limiter = limited.state;
    await parts.sessionArea.set({ [limiterKey]: JSON.stringify(limiter) });
    if (!limited.verdict.fix) return 'left-looping';
    try {
      if (decision.action === 'restore') {
        await port.set(setDetailsFor(draftFromCookie(decision.cookie)));
        return 'restored';
      }
      const { failures } = await deleteAllExactly(port, [decision.cookie], at / 1000);
      return failures.length === 0 ? 'blocked' : undefined;
    } catch (error) {
      console.error('Cookie Workbench: a protection fix failed', error);
      return undefined;
    }
  };

  return {
    handlers,
    peek: readState,
    protectedAmong: async (changes) => protectedAmong((await rules()).rules, changes),
    onChange: (changeSeen) => queue(() => fix(changeSeen)),
    wake: () =>
      queue(async () => {
        const read = await rules();
        const begun = (await parts.sessionArea.get([sessionBegunKey]))[sessionBegunKey];
        if (begun === undefined) await parts.sessionArea.set({ [sessionBegunKey]: '1' });
        if (read.rules.protect.length === 0 && read.rules.block.length === 0) return;
        const storeIds = await parts.storeIds();
        const current = (
          await Promise.all(storeIds.map((storeId) => port.getAll({ storeId, partitionKey: {} })))
        ).flat();
        const nowMs = now();
        const plan = planWake(read.rules, current, {
          nowMs,
          browserStarted: begun === undefined,
          storeIds,
        });
        const changes = [...plan.restores, ...plan.removals];
        if (changes.length === 0) return;
        await applyChanges(port, changes, { nowSeconds: nowMs / 1000, since: nowMs / 1000 });
      }),
  };
}

const sameIdentity = (rule: { cookie: Cookie }, cookie: Cookie) =>
  identityKey(rule.cookie) === identityKey(cookie);
