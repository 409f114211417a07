import { type Method, type ParamsOf, type ResultOf, requestTag } from './cookie-protocol';
import { deserializeError, ProtocolError } from './protocol-error';
import { requestShapes } from './request-shapes';
import { isRecord } from './shape-guards';

export type ProtocolClient = {
  [M in Method]: (params: ParamsOf<M>) => Promise<ResultOf<M>>;
};

/** A typed client for the background's protocol over any `send` (runtime.sendMessage in pages). */
export function createProtocolClient(send: (message: unknown) => Promise<unknown>): ProtocolClient {
  const call = async (method: Method, params: unknown): Promise<unknown> => {
    const response = await send({ tag: requestTag, method, params });
    if (!isRecord(response) || typeof response.ok !== 'boolean') {
      throw new ProtocolError('The background did not answer. Reload the extension and try again.');
    }
    if (!response.ok) throw deserializeError(response.error);
    return response.value;
  };
  const client: Partial<Record<Method, (params: unknown) => Promise<unknown>>> = {};
  for (const method of Object.keys(requestShapes) as Method[]) {
    client[method] = (params) => call(method, params);
  }
  return client as ProtocolClient;
}
