import type { Cookie, CookieDraft } from '../cookies/cookie';
import type { WriteErrorCode } from '../cookies/cookie-write-error';
import type { SaveRequest, SaveResult } from '../cookies/save-cookie';
import type { FieldIssue } from '../cookies/validate-cookie';
import type { DeleteReport } from '../journal/delete-action';
import type { JournalSummary, RecoveryNotice } from '../journal/journal-entry';
import type { ExistingPolicy, ImportResult } from '../journal/plan-import';
import type { UndoReport } from '../journal/undo-action';
import type { LoopReport } from '../protection/fix-limiter';
import type { ProtectRule } from '../protection/protection-rules';
import type { SnapshotProtocol } from './snapshot-protocol';
import type { StoreKind } from './store-kind';

/** Which cookies to list. A site is a registrable domain and takes in all its subdomains. */
export type CookieScope = { site: string } | { url: string } | { allOfStore: true };

/**
 * Whether the extension can read the cookies of a tab's page, and why not. `hidden-page`: the
 * browser did not tell the extension the page's address (it has no `tabs` permission), which
 * happens for browser pages and for sites the user has not allowed it to read.
 */
export type TabAccess = 'ok' | 'unsupported-page' | 'no-host-permission' | 'hidden-page';

export interface TabDescription {
  tabId: number;
  url: string;
  /** The registrable domain of the page (the background holds the public suffix list). */
  site: string;
  storeId: string;
  /** Which store that is, in the user's words: the header says so when it is not the default. */
  store: StoreKind;
  access: TabAccess;
}

/** A tab's description with what was asked to come with it (describeTab). */
export type DescribedTab = TabDescription & {
  cookies?: Cookie[];
  protection?: ProtectionState;
  notices?: RecoveryNotice[];
};

/**
 * Every request a page of the extension can make of the background: one interface, so a
 * missing or mistyped handler is a compile error (the background's handler object satisfies it).
 */
export interface CookieProtocol extends SnapshotProtocol {
  /**
   * With `includeCookies`, the site's cookies come in the same answer; with `includeProtection`
   * and `includeNotices`, the protection rules and recovery notices too: everything the popup's
   * first render shows, in one round trip.
   */
  describeTab(params: {
    tabId: number;
    includeCookies?: boolean;
    includeProtection?: boolean;
    includeNotices?: boolean;
  }): DescribedTab;
  listCookies(params: { scope: CookieScope; storeId: string }): { cookies: Cookie[] };
  /** A conflict (`plan: 'conflict'`) wrote nothing: the editor shows both values. */
  saveCookie(params: SaveRequest): SaveResult & Undoable;
  /**
   * Destructive actions act on the cookies as the browser has them when they run, and are
   * recorded for undo before their first write. `withoutUndo`: the user was told the undo data
   * would not fit (error code `undo-too-big`) and chose to go on without it.
   */
  deleteCookies(params: { cookies: Cookie[]; withoutUndo?: boolean }): DeleteReport;
  importCookies(params: {
    drafts: CookieDraft[];
    onExisting: ExistingPolicy;
    /** The existing cookies the preview showed at the drafts' identities. */
    seen: Cookie[];
    withoutUndo?: boolean;
  }): {
    results: ImportResult[];
    /** Cookies that were there before and the browser evicted during the import. */
    evicted?: string[];
  } & Undoable;
  listCookieStores(params: Record<string, never>): { stores: CookieStoreInfo[] };
  /**
   * Whether Firefox's first-party isolation is on, so a cookie written without a first party
   * joins its own site's (an import's preview must compare it so). Its own request: the manager
   * lists the stores after every burst of changes, and needs this only to import.
   */
  describeFirstParties(params: Record<string, never>): { isolated: boolean };
  /** Newest first. */
  listHistory(params: Record<string, never>): { entries: JournalSummary[] };
  undo(params: { entryId: number }): UndoReport;
  clearHistory(params: Record<string, never>): { cleared: number };
  /** What the background did on start about actions a stopped worker left unfinished. */
  listNotices(params: Record<string, never>): { notices: RecoveryNotice[] };
  /** The user read them: no page shows them again. */
  dismissNotices(params: { ids: number[] }): Record<string, never>;
  /** The site of each url (for the frames of an inspected page) and whether it can be read. */
  describeSites(params: { urls: string[] }): { sites: SiteDescription[] };
  /** The protect and block rules, and the cookies the background has given up on for now. */
  listProtection(params: Record<string, never>): ProtectionState;
  /**
   * Protects the cookie at this identity as the browser has it now (its state then is what
   * is put back); an error when the browser has no such cookie.
   */
  protectCookie(params: { cookie: Cookie }): { rule: ProtectRule };
  unprotectCookie(params: { cookie: Cookie }): Record<string, never>;
  /**
   * Blocks a cookie name on a domain (`a.test`, or `*.a.test` with its subdomains); cookies
   * it covers that are there now are removed too (`removed` says how many).
   */
  addBlockRule(params: BlockRuleText): { rule: BlockRuleText; removed: number };
  removeBlockRule(params: BlockRuleText): Record<string, never>;
}

/** A block rule as pages see and send it: the domain pattern as its text. */
export interface BlockRuleText {
  name: string;
  domain: string;
  /** Absent: in every store. */
  storeId?: string;
}

export interface ProtectionState {
  protect: ProtectRule[];
  block: (BlockRuleText & { since: number })[];
  /** Cookies a site kept changing back: left alone until `pausedUntil`. */
  loops: LoopReport[];
  /** Stored rules that could not be read back, in words. */
  problems: string[];
}

/** What the background did about a change because of a protect or block rule. */
export type ProtectionVerdict = 'restored' | 'blocked' | 'left-looping';

/** A destructive action's entry in the undo journal, when one was recorded. */
export interface Undoable {
  journalId?: number;
}

export interface CookieStoreInfo {
  id: string;
  incognito: boolean;
  tabIds: number[];
  kind: StoreKind;
}

export interface SiteDescription {
  url: string;
  site: string;
  access: TabAccess;
}

export type Method = keyof CookieProtocol;
export type ParamsOf<M extends Method> = Parameters<CookieProtocol[M]>[0];
export type ResultOf<M extends Method> = ReturnType<CookieProtocol[M]>;

export const requestTag = 'cookie-workbench/request';

export interface RequestMessage<M extends Method = Method> {
  tag: typeof requestTag;
  method: M;
  params: ParamsOf<M>;
}

/** An error as it crosses the message boundary: the message, and the fields at fault. */
export interface SerializedError {
  message: string;
  issues?: FieldIssue[];
  code?: WriteErrorCode;
  detail?: Record<string, number>;
}

export type ResponseMessage<T = unknown> =
  | { ok: true; value: T }
  | { ok: false; error: SerializedError };

/** The port over which the background relays cookie changes to open pages. */
export const changeFeedPort = 'cookie-workbench/changes';

export type ChangeCause = 'explicit' | 'overwrite' | 'expired' | 'evicted' | 'expired_overwrite';

export interface CookieChange {
  removed: boolean;
  cause: ChangeCause;
  cookie: Cookie;
  /** When the browser reported it (ms since the epoch), before any batching. */
  time: number;
  /** Caused by this extension's own write (an edit, a delete, an import). */
  byExtension: boolean;
  /**
   * The background undid this change: put the protected cookie back (`restored`) or removed
   * a blocked one (`blocked`); or left it because the site keeps at it (`left-looping`).
   */
  protection?: ProtectionVerdict;
}

export interface ChangeFeedMessage {
  tag: 'cookie-workbench/changes';
  changes: CookieChange[];
}
