import type { Cookie } from '../cookies/cookie';
import type { ChangeSummary } from './change-summary';

export type JournalKind = 'delete' | 'edit' | 'bulk-delete' | 'import' | 'restore';

/**
 * `running`: recorded, its writes under way (or cut off by a stopped worker: finished on the
 * next start). `undoing`: the same for its undo. `partly-undone`: some cookies could not be put
 * back; Undo retries those.
 */
export type EntryState = 'running' | 'done' | 'undoing' | 'undone' | 'partly-undone';

/** Not running nor being undone: its record may be dropped, and nothing needs finishing. */
export const isFinished = (entry: Pick<JournalSummary, 'state'>) =>
  entry.state !== 'running' && entry.state !== 'undoing';

/**
 * A cookie recorded without its value: what the journal keeps when the user went on without
 * undo. The digest still tells whether the browser's cookie is the recorded one.
 */
export interface RedactedCookie extends Omit<Cookie, 'value'> {
  valueDigest: string;
}

export type RecordedCookie = Cookie | RedactedCookie;

/**
 * One cookie identity an action touches: its state before and after (absent: no cookie). A
 * rename is two changes, the new identity created and the old one removed.
 */
export interface JournalChange {
  before?: RecordedCookie;
  after?: RecordedCookie;
  /** Put back by an undo (a partial undo retries only the others). */
  undone?: boolean;
}

/** What the history lists of an action: everything but the cookies. */
export interface JournalSummary {
  id: number;
  /** When the action started, ms since the epoch. */
  time: number;
  kind: JournalKind;
  label: string;
  /** Where and what it changed; absent in entries recorded by an older version. */
  summary?: ChangeSummary;
  state: EntryState;
  /** Cookies the action changed. */
  count: number;
  /** False when the undo data was too big and the user went on without it. */
  undoable: boolean;
  /** Changes applied so far while running or undoing. */
  progress?: number;
  /** Cookies a partial undo could not put back (Undo tries them again). */
  notUndone?: number;
  /** What the entry takes in storage, as counted against the quota. */
  bytes: number;
}

/**
 * What the background did on start about an action a stopped worker left unfinished. Pages
 * show it until someone dismisses it, for at most `noticeLifetimeMs`.
 */
export interface RecoveryNotice {
  id: number;
  /** ms since the epoch. */
  time: number;
  text: string;
}

export const noticeLifetimeMs = 10 * 60 * 1000;
