import type { Response } from 'express';
import { escapeHtml } from './html-page';

/**
 * The CSRF token every POST form carries, as Django's {% csrf_token %} puts it there: a hidden
 * `csrfmiddlewaretoken` field. The CSRF middleware registers how to get a token for a response;
 * asking for one sets the `csrftoken` cookie, so only pages with a form set it.
 */
export const csrfFieldName = 'csrfmiddlewaretoken';

const tokenSources = new WeakMap<Response, () => string>();

export function setFormTokenSource(res: Response, source: () => string): void {
  tokenSources.set(res, source);
}

const postFormTag = /<form method="post"[^>]*>/g;

/**
 * The page's markup with the token field in each POST form, and whether that (re)set the
 * csrftoken cookie. Call before the head is written. Pages without a POST form stay as they are.
 */
export function withFormTokens(res: Response, markup: string): { markup: string; set: boolean } {
  const source = tokenSources.get(res);
  if (source === undefined || !markup.includes('<form method="post"')) {
    return { markup, set: false };
  }
  const field = `<input type="hidden" name="${csrfFieldName}" value="${escapeHtml(source())}">`;
  return { markup: markup.replace(postFormTag, (tag) => tag + field), set: true };
}
