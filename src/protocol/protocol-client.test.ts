import { describe, expect, it } from 'vitest';
import { requestTag } from './cookie-protocol';
import { createProtocolClient } from './protocol-client';

describe('createProtocolClient', () => {
  it('sends any method the protocol names, tagged, and returns its value', async () => {
    const sent: unknown[] = [];
    const client = createProtocolClient(async (message) => {
      sent.push(message);
      return { ok: true, value: { entries: [] } };
    });
    expect(await client.listHistory({})).toEqual({ entries: [] });
    expect(sent).toEqual([{ tag: requestTag, method: 'listHistory', params: {} }]);
  });

  it('is not a thenable: awaiting it gives the client, not a call to a "then" method', async () => {
    const client = createProtocolClient(async () => ({ ok: true, value: {} }));
    expect(await Promise.resolve(client)).toBe(client);
    expect((client as unknown as { then?: unknown }).then).toBeUndefined();
  });
});
