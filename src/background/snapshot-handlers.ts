import type { Cookie } from '../cookies/cookie';
import { identityKey } from '../cookies/cookie-identity';
import { t, tn } from '../i18n/t';
import type { ActionContext } from '../journal/action-context';
import type { JournalChange } from '../journal/journal-entry';
import type { SessionArea } from '../journal/journal-store';
import { isMade, runRecorded } from '../journal/run-recorded';
import type { ProtocolHandlers } from '../protocol/dispatch-request';
import { ProtocolError } from '../protocol/protocol-error';
import type { SnapshotListItem, SnapshotProtocol } from '../protocol/snapshot-protocol';
import { diffSnapshots, diffSnapshotWithCurrent } from '../snapshots/diff-cookies';
import { planRestore, type RestorePlan, restoreAction } from '../snapshots/plan-restore';
import { planSwitch } from '../snapshots/plan-switch';
import {
  createSnapshot,
  renameSnapshot,
  type SiteOf,
  type Snapshot,
  sitesOfCookies,
} from '../snapshots/snapshot';
import { exportSnapshotFile, readSnapshotFile } from '../snapshots/snapshot-file';
import {
  readStoredSnapshot,
  snapshotIds,
  snapshotStorageKey,
  storedSnapshot,
  summarizeSnapshot,
} from '../snapshots/snapshot-storage';
import { cookieLabel } from '../text/cookie-label';

/**
 * `storage.local`: snapshots hold live login sessions, so they stay in this browser's profile
 * and are never synced. The journal's area interface, less what only the journal needs.
 */
export type LocalArea = Pick<SessionArea, 'get' | 'set' | 'remove' | 'keys'>;

export interface SnapshotParts {
  actions: ActionContext;
  area: LocalArea;
  siteOf: SiteOf;
  /** A new snapshot's id. */
  newId?: () => string;
  /** The protected cookies among a restore's changes (protection-handlers.ts). */
  protectedAmong?: (changes: readonly JournalChange[]) => Promise<readonly { cookie: Cookie }[]>;
}

type SnapshotHandlers = Pick<ProtocolHandlers, keyof SnapshotProtocol>;

/** Which snapshot each set of sites is in now, by store and sites (`SnapshotListItem.active`). */
const activeKey = 'snapshot-active';
interface ActiveMarker {
  id: string;
  /** The restore that made it current: once undone, `before` is current again. */
  journalId?: number;
  before?: string;
}
const scopeOf = (snapshot: Pick<Snapshot, 'storeId' | 'sites'>) =>
  `${snapshot.storeId}\n${snapshot.sites.join(' ')}`;

/** A file name from a snapshot's name: letters, digits and dashes, never empty. */
function fileNameOf(snapshot: Snapshot): string {
  const base = snapshot.name
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  const date = new Date(snapshot.savedAt).toISOString().slice(0, 10);
  return `snapshot-${base || 'cookies'}-${date}.json`;
}

export function createSnapshotHandlers({
  actions,
  area,
  siteOf,
  newId = () => crypto.randomUUID(),
  protectedAmong,
}: SnapshotParts): SnapshotHandlers {
  const { port, now } = actions;

  /** The stored markers: which snapshot each scope is in, and how it got there. */
  const readMarkers = async (): Promise<Record<string, ActiveMarker>> => {
    const text = (await area.get([activeKey]))[activeKey];
    if (typeof text !== 'string') return {};
    try {
      const parsed: unknown = JSON.parse(text);
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return {};
      const markers: Record<string, ActiveMarker> = {};
      for (const [scope, value] of Object.entries(parsed)) {
        const marker = value as Partial<ActiveMarker>;
        if (typeof marker?.id !== 'string') continue;
        markers[scope] = {
          id: marker.id,
          ...(typeof marker.journalId === 'number' ? { journalId: marker.journalId } : {}),
          ...(typeof marker.before === 'string' ? { before: marker.before } : {}),
        };
      }
      return markers;
    } catch {
      return {};
    }
  };
  /**
   * Which snapshot each scope is in now: the last saved or restored, unless that restore was
   * undone since (then the one before it).
   */
  const readActive = async (): Promise<Record<string, string>> => {
    const markers = await readMarkers();
    const undone = new Set(
      (await actions.journal.list())
        .filter((entry) => entry.state === 'undone')
        .map((entry) => entry.id),
    );
    const active: Record<string, string> = {};
    for (const [scope, marker] of Object.entries(markers)) {
      const id =
        marker.journalId !== undefined && undone.has(marker.journalId) ? marker.before : marker.id;
      if (id !== undefined) active[scope] = id;
    }
    return active;
  };
  const setActive = async (snapshot: Snapshot, journalId?: number) => {
    const markers = await readMarkers();
    const before = (await readActive())[scopeOf(snapshot)];
    markers[scopeOf(snapshot)] = {
      id: snapshot.id,
      ...(journalId !== undefined ? { journalId } : {}),
      ...(journalId !== undefined && before !== undefined ? { before } : {}),
    };
    await area.set({ [activeKey]: JSON.stringify(markers) });
  };
  const item = async (snapshot: Snapshot): Promise<SnapshotListItem> => ({
    ...summarizeSnapshot(snapshot),
    active: (await readActive())[scopeOf(snapshot)] === snapshot.id,
  });

  const load = async (id: string): Promise<Snapshot> => {
    const key = snapshotStorageKey(id);
    const stored = (await area.get([key]))[key];
    if (stored === undefined) throw new ProtocolError(t('bg_snapshotGone'));
    const read = readStoredSnapshot(stored, id);
    if (!read.ok) throw new ProtocolError(read.error);
    return read.snapshot;
  };
  const store = async (snapshot: Snapshot) => {
    try {
      await area.set({ [snapshotStorageKey(snapshot.id)]: storedSnapshot(snapshot) });
    } catch (error) {
      // Most likely the 10 MB of storage.local are used up.
      throw new ProtocolError(
        t('bg_snapshotNotStored', error instanceof Error ? error.message : String(error)),
      );
    }
  };

  /** Every cookie of the store, once per identity: a restore may touch any of them. */
  const currentOf = async (storeId: string): Promise<Cookie[]> => {
    const cookies = await port.getAll({ storeId, partitionKey: {} });
    return [...new Map(cookies.map((cookie) => [identityKey(cookie), cookie])).values()];
  };
  const context = () => ({ nowMs: now(), hostRules: actions.hostRules, siteOf });

  const run = async (snapshot: Snapshot, plan: RestorePlan, withoutUndo: boolean) => {
    const action = restoreAction(snapshot, plan, now());
    // A protected cookie would be put back by the protection the moment the restore changed it:
    // the two would fight. The restore asks for those to be unprotected first, as an edit does.
    const guarded = (await protectedAmong?.(action.changes)) ?? [];
    if (guarded.length > 0) {
      const labels = guarded.map((rule) => cookieLabel(rule.cookie)).join(', ');
      throw new ProtocolError(tn('bg_restoreProtected', guarded.length, labels));
    }
    const { outcomes, entry } = await runRecorded(
      actions,
      action,
      withoutUndo ? { withoutUndo } : {},
    );
    let written = 0;
    let removed = 0;
    const failed: string[] = [];
    outcomes.forEach((outcome, index) => {
      if (!isMade(outcome)) {
        failed.push(outcome.reason ?? t('bg_cookieLeftAsIs'));
      } else if (action.changes[index]?.after) written++;
      else removed++;
    });
    await setActive(snapshot, entry?.id);
    return {
      name: snapshot.name,
      written,
      removed,
      failed,
      expired: plan.expired,
      invalid: plan.invalid,
      notes: plan.notes,
      ...(entry ? { journalId: entry.id } : {}),
    };
  };

  return {
    listSnapshots: async () => {
      const ids = snapshotIds(await area.keys());
      const stored = await area.get(ids.map(snapshotStorageKey));
      const active = await readActive();
      const snapshots: SnapshotListItem[] = [];
      const unreadable: string[] = [];
      for (const id of ids) {
        const read = readStoredSnapshot(stored[snapshotStorageKey(id)], id);
        if (!read.ok) unreadable.push(read.error);
        else {
          const summary = summarizeSnapshot(read.snapshot);
          snapshots.push({ ...summary, active: active[scopeOf(read.snapshot)] === id });
        }
      }
      // Newest first.
      snapshots.sort((a, b) => b.savedAt - a.savedAt || a.name.localeCompare(b.name));
      return { snapshots, unreadable };
    },
    saveSnapshot: async ({ name, storeId, site, cookies }) => {
      // A host typed in the manager ("www.a.test") saves its site, as the popup does.
      const wholeSite = site === undefined ? undefined : siteOf(site.trim().toLowerCase());
      const saved =
        wholeSite !== undefined
          ? createSnapshot({
              id: newId(),
              name,
              storeId,
              cookies: await port.getAll({ domain: wholeSite, storeId, partitionKey: {} }),
              sites: [wholeSite],
              nowMs: now(),
            })
          : createSnapshot({
              id: newId(),
              name,
              storeId,
              cookies: cookies ?? [],
              sites: sitesOfCookies(
                (cookies ?? []).filter((cookie) => cookie.storeId === storeId),
                siteOf,
              ),
              scope: 'cookies',
              nowMs: now(),
            });
      // One per identity, as listed.
      const unique = new Map(saved.cookies.map((cookie) => [identityKey(cookie), cookie]));
      const snapshot = { ...saved, cookies: [...unique.values()] };
      await store(snapshot);
      await setActive(snapshot);
      return { snapshot: await item(snapshot) };
    },
    renameSnapshot: async ({ id, name }) => {
      const snapshot = renameSnapshot(await load(id), name);
      await store(snapshot);
      return { snapshot: await item(snapshot) };
    },
    deleteSnapshot: async ({ id }) => {
      await area.remove([snapshotStorageKey(id)]);
      return {};
    },
    exportSnapshot: async ({ id }) => {
      const snapshot = await load(id);
      return {
        text: exportSnapshotFile(snapshot, new Date(now())),
        fileName: fileNameOf(snapshot),
      };
    },
    importSnapshot: async ({ text, storeId }) => {
      const read = readSnapshotFile(text, { id: newId(), storeId });
      if (!read.ok) throw new ProtocolError(read.error);
      await store(read.snapshot);
      return { snapshot: await item(read.snapshot), notes: read.notes };
    },
    previewRestore: async ({ id }) => {
      const snapshot = await load(id);
      const current = await currentOf(snapshot.storeId);
      const plan = planRestore(snapshot, current, context());
      return {
        diff: diffSnapshotWithCurrent(snapshot, current, siteOf),
        unchanged: plan.unchanged,
        expired: plan.expired,
        invalid: plan.invalid,
        notes: plan.notes,
      };
    },
    compareSnapshots: async ({ fromId, toId }) => ({
      diff: diffSnapshots(await load(fromId), await load(toId)),
    }),
    // Planned from the cookies as they are when it runs, behind any other action.
    restoreSnapshot: ({ id, switchFrom, withoutUndo }) =>
      actions.exclusive(async () => {
        const snapshot = await load(id);
        const current = await currentOf(snapshot.storeId);
        if (switchFrom === undefined || switchFrom === id) {
          return run(snapshot, planRestore(snapshot, current, context()), withoutUndo === true);
        }
        const from = await load(switchFrom);
        if (from.storeId !== snapshot.storeId) {
          throw new ProtocolError(t('bg_switchOtherStore', from.name, snapshot.name));
        }
        const plan = planSwitch(from, snapshot, current, context());
        // Saved first: a restore cut off midway loses nothing, `from` holds what was there.
        await store(plan.saved);
        const report = await run(snapshot, plan.restore, withoutUndo === true);
        return { ...report, savedAs: from.name };
      }),
  };
}
