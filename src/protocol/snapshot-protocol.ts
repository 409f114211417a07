import type { Cookie } from '../cookies/cookie';
import type { CookieDiff } from '../snapshots/diff-cookies';
import type { RestoreNote } from '../snapshots/plan-restore';
import type { SnapshotSummary } from '../snapshots/snapshot-storage';

/** A snapshot in the list: its summary, and whether it is the state its sites are in now. */
export interface SnapshotListItem extends SnapshotSummary {
  /**
   * The last snapshot saved or restored for its sites and store: "Switch to…" another of the
   * same sites saves the current cookies under this one first.
   */
  active: boolean;
}

/** What a restore would change, read from the browser's cookies as they are now. */
export interface RestorePreview {
  /** From the current cookies to the snapshot's (`removed`: current cookies it deletes). */
  diff: CookieDiff;
  /** Snapshot cookies the browser already has as saved. */
  unchanged: number;
  expired: RestoreNote[];
  invalid: RestoreNote[];
  notes: string[];
}

export interface RestoreReport {
  /** The snapshot restored. */
  name: string;
  written: number;
  removed: number;
  /** Cookies left as they are, each with why (the browser refused, a site changed it). */
  failed: string[];
  expired: RestoreNote[];
  invalid: RestoreNote[];
  notes: string[];
  /** For a switch: the snapshot the state before was saved under. */
  savedAs?: string;
  journalId?: number;
}

/**
 * The snapshot requests: saved states of a site's cookies, kept in `storage.local` only. Part
 * of `CookieProtocol`.
 */
export interface SnapshotProtocol {
  listSnapshots(params: Record<string, never>): {
    snapshots: SnapshotListItem[];
    /** Stored snapshots that could not be read back, each with why. */
    unreadable: string[];
  };
  /** A site's cookies as they are (`site`), or the given cookies (the manager's selection). */
  saveSnapshot(params: { name: string; storeId: string; site?: string; cookies?: Cookie[] }): {
    snapshot: SnapshotListItem;
  };
  renameSnapshot(params: { id: string; name: string }): { snapshot: SnapshotListItem };
  deleteSnapshot(params: { id: string }): Record<string, never>;
  exportSnapshot(params: { id: string }): { text: string; fileName: string };
  /** A snapshot file's text, stored as a new snapshot in `storeId`. */
  importSnapshot(params: { text: string; storeId: string }): {
    snapshot: SnapshotListItem;
    notes: string[];
  };
  previewRestore(params: { id: string }): RestorePreview;
  /** From one snapshot's cookies to another's, per cookie (what switching between them changes). */
  compareSnapshots(params: { fromId: string; toId: string }): { diff: CookieDiff };
  /**
   * Makes the snapshot's sites exactly the snapshot, as one undoable history entry.
   * `switchFrom`: first save the cookies there are now under that snapshot (a switch).
   */
  restoreSnapshot(params: {
    id: string;
    switchFrom?: string;
    withoutUndo?: boolean;
  }): RestoreReport;
}
