import { t } from '../i18n/t';
import {
  type Method,
  type ParamsOf,
  type RequestMessage,
  type ResponseMessage,
  type ResultOf,
  requestTag,
} from './cookie-protocol';
import { serializeError } from './protocol-error';
import { requestLimits } from './request-limits';
import { requestShapes } from './request-shapes';
import { isRecord } from './shape-guards';

export type ProtocolHandlers = {
  [M in Method]: (params: ParamsOf<M>) => Promise<ResultOf<M>>;
};

const isMethod = (value: unknown): value is Method =>
  typeof value === 'string' && Object.hasOwn(requestShapes, value);

/** Whether a message is meant for this protocol at all (other messages are left alone). */
export function isProtocolMessage(message: unknown): message is { tag: string } {
  return isRecord(message) && message.tag === requestTag;
}

/**
 * Runs the handler a request names, after checking the request has the declared shape; the
 * handler's result or error goes back as a response message.
 */
export async function dispatchRequest(
  handlers: ProtocolHandlers,
  message: unknown,
): Promise<ResponseMessage> {
  if (!isProtocolMessage(message))
    return { ok: false, error: { message: t('protocol_notRequest') } };
  const { method, params } = message as Partial<RequestMessage>;
  if (!isMethod(method))
    return { ok: false, error: { message: t('protocol_unknownRequest', String(method)) } };
  if (!requestShapes[method](params)) {
    return {
      ok: false,
      error: {
        message: t('protocol_malformed', method, requestLimits.cookies),
      },
    };
  }
  try {
    const handler = handlers[method] as (p: unknown) => Promise<unknown>;
    return { ok: true, value: await handler(params) };
  } catch (error) {
    return { ok: false, error: serializeError(error) };
  }
}
