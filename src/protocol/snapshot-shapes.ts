import type { ParamsOf } from './cookie-protocol';
import { requestLimits } from './request-limits';
import {
  type Guard,
  isArrayOf,
  isBoolean,
  isCookie,
  isRecord,
  isStringUpTo,
  optional,
} from './shape-guards';
import type { SnapshotProtocol } from './snapshot-protocol';

/** Ids are the background's (UUIDs); anything longer is not one. */
const isId = isStringUpTo(100);
/** Names are cut to 100 characters when kept; a longer one is refused unread. */
const isName = isStringUpTo(1_000);
const isAttribute = isStringUpTo(requestLimits.attribute);
// The import's 32 MB file limit (import-file-text.ts), written out: the pages check requests
// before sending, and importing that module would pull the cookie limits into the popup.
const isFileText = isStringUpTo(32 * 1024 * 1024);
const isEmptyRecord = (value: unknown): value is Record<string, never> =>
  isRecord(value) && Object.keys(value).length === 0;

/** The declared shapes of the snapshot requests (`requestShapes` takes them in). */
export const snapshotShapes: { [M in keyof SnapshotProtocol]: Guard<ParamsOf<M>> } = {
  listSnapshots: (p): p is ParamsOf<'listSnapshots'> => isEmptyRecord(p),
  saveSnapshot: (p): p is ParamsOf<'saveSnapshot'> =>
    isRecord(p) &&
    isName(p.name) &&
    isAttribute(p.storeId) &&
    optional(isAttribute)(p.site) &&
    optional(isArrayOf(isCookie, requestLimits.cookies))(p.cookies) &&
    // One or the other: a site's cookies, or those given.
    (p.site === undefined) !== (p.cookies === undefined),
  renameSnapshot: (p): p is ParamsOf<'renameSnapshot'> =>
    isRecord(p) && isId(p.id) && isName(p.name),
  deleteSnapshot: (p): p is ParamsOf<'deleteSnapshot'> => isRecord(p) && isId(p.id),
  exportSnapshot: (p): p is ParamsOf<'exportSnapshot'> => isRecord(p) && isId(p.id),
  importSnapshot: (p): p is ParamsOf<'importSnapshot'> =>
    isRecord(p) && isFileText(p.text) && isAttribute(p.storeId),
  previewRestore: (p): p is ParamsOf<'previewRestore'> => isRecord(p) && isId(p.id),
  compareSnapshots: (p): p is ParamsOf<'compareSnapshots'> =>
    isRecord(p) && isId(p.fromId) && isId(p.toId),
  restoreSnapshot: (p): p is ParamsOf<'restoreSnapshot'> =>
    isRecord(p) && isId(p.id) && optional(isId)(p.switchFrom) && optional(isBoolean)(p.withoutUndo),
};
