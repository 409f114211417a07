import { siteOfHost } from '../cookies/cookie-site';
import { CookieWriteError } from '../cookies/cookie-write-error';
import { t } from '../i18n/t';
import { summarizeChanges } from './change-summary';
import { entriesToEvict, reservedBytes, storedBytes } from './journal-budget';
import {
  isFinished,
  type JournalChange,
  type JournalKind,
  type JournalSummary,
  noticeLifetimeMs,
  type RecoveryNotice,
} from './journal-entry';
import { redact } from './recorded-cookie';
import { createSerialQueue } from './serial-queue';
import { UndoTooBigError } from './undo-too-big-error';

/**
 * The part of `storage.session` the journal uses. In-memory storage of the browser: it survives
 * a stopped service worker and is gone when the browser closes, so no cookie value the journal
 * holds ever reaches the disk or outlives the browser session.
 */
export interface SessionArea {
  get(keys: string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, string>): Promise<void>;
  remove(keys: string[]): Promise<void>;
  /** Bytes the whole area holds, as the browser counts them against its quota. */
  bytesInUse(): Promise<number>;
  /** Every key in the area, to drop records no journal entry points at. */
  keys(): Promise<string[]>;
  readonly quotaBytes: number;
}

interface JournalIndex {
  nextId: number;
  entries: JournalSummary[];
  /** What recovery did after a stopped worker, until dismissed or expired. */
  notices: RecoveryNotice[];
}

export interface NewAction {
  kind: JournalKind;
  label: string;
  changes: JournalChange[];
  /** ms since the epoch. */
  time: number;
}

const indexKey = 'journal';
const dataKey = (id: number) => `journal/${id}`;
const emptyIndex = (): JournalIndex => ({ nextId: 1, entries: [], notices: [] });

/**
 * The undo journal as a write-ahead log: an action's record (its cookies before and after) is
 * stored before its first write, its progress noted while it runs, and its end marked; a worker
 * stopped midway leaves a `running` record that the next start finishes. The index (summaries)
 * and each action's cookies are separate keys, so progress updates never rewrite megabytes.
 * Every method runs alone: the index is read, changed and written without interleaving.
 */
export class JournalStore {
  private readonly serial = createSerialQueue();

  constructor(private readonly area: SessionArea) {}

  private async index(): Promise<JournalIndex> {
    const text = (await this.area.get([indexKey]))[indexKey];
    if (typeof text !== 'string') return emptyIndex();
    try {
      const parsed = JSON.parse(text) as Partial<JournalIndex>;
      return {
        nextId: typeof parsed.nextId === 'number' ? parsed.nextId : 1,
        entries: Array.isArray(parsed.entries) ? parsed.entries : [],
        notices: Array.isArray(parsed.notices)
          ? parsed.notices.filter((n) => typeof n?.text === 'string')
          : [],
      };
    } catch {
      return emptyIndex();
    }
  }

  private async saveIndex(index: JournalIndex): Promise<void> {
    await this.area.set({ [indexKey]: JSON.stringify(index) });
  }

  private update(
    id: number,
    change: (entry: JournalSummary) => JournalSummary,
  ): Promise<JournalSummary | undefined> {
    return this.serial(async () => {
      const index = await this.index();
      const at = index.entries.findIndex((e) => e.id === id);
      const entry = index.entries[at];
      if (!entry) return undefined;
      const updated = change(entry);
      index.entries[at] = updated;
      await this.saveIndex(index);
      return updated;
    });
  }

  /** Oldest first. */
  list(): Promise<JournalSummary[]> {
    return this.serial(async () => (await this.index()).entries);
  }

  async entry(id: number): Promise<JournalSummary | undefined> {
    return (await this.list()).find((e) => e.id === id);
  }

  async changes(id: number): Promise<JournalChange[]> {
    const text = (await this.area.get([dataKey(id)]))[dataKey(id)];
    if (typeof text !== 'string') return [];
    return JSON.parse(text) as JournalChange[];
  }

  /**
   * Records an action before it writes anything. Older finished entries make room if needed;
   * if the record cannot fit at all, nothing is stored and UndoTooBigError says so. Without
   * undo, only identities and value fingerprints are kept: enough to finish a delete cut off
   * by a stopped worker and to tell what changed meanwhile, no cookie value.
   */
  begin(action: NewAction, options: { withoutUndo?: boolean } = {}): Promise<JournalSummary> {
    return this.serial(async () => {
      const index = await this.index();
      const id = index.nextId;
      const recorded = options.withoutUndo
        ? action.changes.map((c) => ({
            ...(c.before ? { before: redact(c.before) } : {}),
            ...(c.after ? { after: redact(c.after) } : {}),
          }))
        : action.changes;
      const text = JSON.stringify(recorded);
      const entry: JournalSummary = {
        id,
        time: action.time,
        kind: action.kind,
        label: action.label,
        // Computed from the recorded changes: an action without undo names no value.
        summary: summarizeChanges(recorded, siteOfHost),
        state: 'running',
        count: action.changes.length,
        undoable: !options.withoutUndo,
        progress: 0,
        bytes: storedBytes(dataKey(id), text),
      };
      // The index grows by this entry's summary too.
      const needed = entry.bytes + storedBytes('', JSON.stringify(entry));
      const free = this.area.quotaBytes - reservedBytes - (await this.area.bytesInUse());
      const evict = entriesToEvict(index.entries, needed, free);
      if (!evict) {
        const evictable = index.entries.filter(isFinished).reduce((sum, e) => sum + e.bytes, 0);
        if (options.withoutUndo) {
          throw new CookieWriteError(t('journal_recordTooBig'));
        }
        throw new UndoTooBigError(needed, Math.max(0, free + evictable));
      }
      if (evict.length > 0) {
        await this.area.remove(evict.map(dataKey));
        index.entries = index.entries.filter((e) => !evict.includes(e.id));
      }
      // The cookies first, then the index that points at them: a stop in between leaves an
      // orphan key (dropped on the next start), never an entry without its cookies.
      await this.area.set({ [dataKey(id)]: text });
      index.entries.push(entry);
      index.nextId = id + 1;
      await this.saveIndex(index);
      return entry;
    });
  }

  async setProgress(id: number, progress: number): Promise<void> {
    await this.update(id, (entry) => ({ ...entry, progress }));
  }

  /**
   * Marks an action done, keeping only the changes it made (`made`: their positions in the
   * changes it began with). A cookie it could not write or found changed by someone else has
   * nothing to undo; an action that changed nothing leaves no entry.
   */
  async finish(id: number, made: readonly number[]): Promise<JournalSummary | undefined> {
    if (made.length === 0) {
      await this.discard(id);
      return undefined;
    }
    const entry = await this.entry(id);
    if (!entry) return undefined;
    let { bytes } = entry;
    if (made.length !== entry.count) {
      const stored = await this.changes(id);
      const text = JSON.stringify(made.flatMap((i) => stored[i] ?? []));
      bytes = storedBytes(dataKey(id), text);
      await this.area.set({ [dataKey(id)]: text });
    }
    // Only what was made is undone, so only that is described.
    const summary =
      made.length === entry.count
        ? entry.summary
        : summarizeChanges(await this.changes(id), siteOfHost);
    return this.update(id, ({ progress: _, ...rest }) => ({
      ...rest,
      state: 'done',
      count: made.length,
      bytes,
      ...(summary ? { summary } : {}),
    }));
  }

  /** Forgets an action that changed nothing. */
  discard(id: number): Promise<void> {
    return this.serial(async () => {
      const index = await this.index();
      index.entries = index.entries.filter((e) => e.id !== id);
      await this.area.remove([dataKey(id)]);
      await this.saveIndex(index);
    });
  }

  /** Notes that an undo starts, so that a stopped worker's next start finishes it. */
  async beginUndo(id: number): Promise<void> {
    await this.update(id, (entry) => ({ ...entry, state: 'undoing', progress: 0 }));
  }

  /** Records which changes are undone now; those not undone can be tried again. */
  async finishUndo(id: number, changes: JournalChange[]): Promise<JournalSummary | undefined> {
    const text = JSON.stringify(changes);
    await this.area.set({ [dataKey(id)]: text });
    const notUndone = changes.filter((c) => !c.undone).length;
    return this.update(id, ({ progress: _, notUndone: __, ...rest }) => ({
      ...rest,
      state: notUndone === 0 ? 'undone' : 'partly-undone',
      ...(notUndone > 0 ? { notUndone } : {}),
      bytes: storedBytes(dataKey(id), text),
    }));
  }

  /** Entries a stopped worker left running or undoing. */
  async unfinished(): Promise<JournalSummary[]> {
    return (await this.list()).filter((e) => !isFinished(e));
  }

  /**
   * Forgets every finished action, cookies included (their keys are removed, not just unlisted),
   * and drops keys no entry points at. Returns how many actions were forgotten.
   */
  clear(): Promise<number> {
    return this.serial(async () => {
      const index = await this.index();
      const keep = index.entries.filter((e) => !isFinished(e));
      const gone = index.entries.filter((e) => !keep.includes(e));
      await this.area.remove(gone.map((e) => dataKey(e.id)));
      await this.saveIndex({ ...index, entries: keep });
      return gone.length;
    });
  }

  /** Removes cookie records no entry points at (a worker stopped between the two writes). */
  removeOrphans(allKeys: string[]): Promise<void> {
    return this.serial(async () => {
      const listed = new Set((await this.index()).entries.map((e) => dataKey(e.id)));
      const orphans = allKeys.filter((k) => k.startsWith(`${indexKey}/`) && !listed.has(k));
      if (orphans.length > 0) await this.area.remove(orphans);
    });
  }

  addNotices(texts: string[], time: number): Promise<void> {
    return this.serial(async () => {
      if (texts.length === 0) return;
      const index = await this.index();
      let id = Math.max(0, ...index.notices.map((n) => n.id)) + 1;
      const added = texts.map((text) => ({ id: id++, time, text }));
      index.notices = [...index.notices.filter((n) => n.time > time - noticeLifetimeMs), ...added];
      await this.saveIndex(index);
    });
  }

  /** Notices not dismissed and at most ten minutes old: every open page shows them. */
  async listNotices(now: number): Promise<RecoveryNotice[]> {
    const { notices } = await this.serial(() => this.index());
    return notices.filter((n) => n.time > now - noticeLifetimeMs);
  }

  /** Dismissed in one page: no page shows them again. */
  dismissNotices(ids: readonly number[]): Promise<void> {
    return this.serial(async () => {
      const index = await this.index();
      const left = index.notices.filter((n) => !ids.includes(n.id));
      if (left.length !== index.notices.length) await this.saveIndex({ ...index, notices: left });
    });
  }
}
