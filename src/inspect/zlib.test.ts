import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { deflate, inflate } from './zlib';

describe('zlib', () => {
  it('inflates what Node’s zlib (like Python’s) writes, and what deflate writes', async () => {
    const data = new TextEncoder().encode('{"a":"b"}'.repeat(50));
    expect(await inflate(new Uint8Array(deflateSync(data)))).toEqual(data);
    expect(await inflate(await deflate(data))).toEqual(data);
  });

  it('stops a zip bomb at the limit', async () => {
    const bomb = new Uint8Array(deflateSync(new Uint8Array(8 * 1024 * 1024)));
    expect(bomb.length).toBeLessThan(10_000);
    expect(await inflate(bomb)).toBeNull();
    expect(await inflate(bomb, 16 * 1024 * 1024)).toHaveLength(8 * 1024 * 1024);
  });

  it('gives null for data that is not zlib, or cut short', async () => {
    expect(await inflate(new Uint8Array([1, 2, 3, 4]))).toBeNull();
    const cut = new Uint8Array(deflateSync(new Uint8Array(1000))).subarray(0, 5);
    expect(await inflate(cut)).toBeNull();
  });
});
