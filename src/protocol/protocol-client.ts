import { describeBrowserError } from '../cookies/browser-error-text';
import { t } from '../i18n/t';
import { errorText } from '../text/error-text';
import { isRecord } from './basic-guards';
import { type Method, type ParamsOf, type ResultOf, requestTag } from './cookie-protocol';
import { deserializeError, ProtocolError } from './protocol-error';

export type ProtocolClient = {
  [M in Method]: (params: ParamsOf<M>) => Promise<ResultOf<M>>;
};

// Requests that change nothing: safe to send again when the background was stopped under them.
const readOnly: ReadonlySet<Method> = new Set<Method>([
  'describeTab',
  'listCookies',
  'listCookieStores',
  'describeFirstParties',
  'listHistory',
  'describeSites',
  'listNotices',
]);

// MV3 stops an idle service worker, and a stopped worker drops the requests it was answering:
// the browser then rejects with "message channel closed" or "Receiving end does not exist".
const workerGone =
  /message channel closed|message port closed|Receiving end does not exist|Could not establish connection/i;

const retries = 3;
const retryDelayMs = 250;

/** A typed client for the background's protocol over any `send` (runtime.sendMessage in pages). */
export function createProtocolClient(
  send: (message: unknown) => Promise<unknown>,
  wait: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
): ProtocolClient {
  const call = async (method: Method, params: unknown): Promise<unknown> => {
    let response: unknown;
    for (let attempt = 0; ; attempt++) {
      try {
        response = await send({ tag: requestTag, method, params });
        break;
      } catch (error) {
        const gone = workerGone.test(errorText(error));
        if (gone && readOnly.has(method) && attempt < retries) {
          await wait(retryDelayMs * (attempt + 1));
          continue;
        }
        if (gone) {
          throw new ProtocolError(t('protocol_backgroundRestarted'), [], 'background-restarted');
        }
        throw new ProtocolError(t('protocol_noAnswerBecause', describeBrowserError(error)));
      }
    }
    if (!isRecord(response) || typeof response.ok !== 'boolean') {
      throw new ProtocolError(t('protocol_noAnswer'));
    }
    if (!response.ok) throw deserializeError(response.error);
    return response.value;
  };
  // Any method name the type allows becomes a call; the background checks the name and the
  // shape (request-shapes.ts). Not listing the methods here keeps that table of guards, 3 KB
  // gzip, out of every page's first load (the popup's JS is budgeted, README).
  return new Proxy({} as ProtocolClient, {
    get: (_target, method) =>
      // `then` must stay absent: a thenable client would be unwrapped by `await`.
      typeof method === 'string' && method !== 'then'
        ? (params: unknown) => call(method as Method, params)
        : undefined,
  });
}
