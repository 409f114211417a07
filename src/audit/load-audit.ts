import { lazyModule } from '../lazy-module';

/**
 * The audit's rules (a few KB) as their own chunk: the list renders first, its markers and the
 * site summary a moment later. The popup's JS is budgeted (README).
 */
export const auditEngine = lazyModule(() => import('./audit-engine'));
