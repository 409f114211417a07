// The audit as one chunk (load-audit.ts): what the list, the details pane, `has:` and the site
// summary need, fetched after the list's first render so the popup's first load stays small.
export { auditCookies } from './audit-index';
export { auditSite } from './audit-site';
