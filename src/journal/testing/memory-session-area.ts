import { utf8Length } from '../../text/utf8-length';
import { sessionQuotaBytes } from '../journal-budget';
import type { SessionArea } from '../journal-store';

/**
 * `storage.session` in memory, for unit tests: string values, Chromium's way of counting
 * (UTF-8 bytes of key and value plus a few), and its refusal past the quota.
 */
export class MemorySessionArea implements SessionArea {
  readonly items = new Map<string, string>();
  writes = 0;

  constructor(readonly quotaBytes = sessionQuotaBytes) {}

  async get(keys: string[]): Promise<Record<string, unknown>> {
    const found: Record<string, unknown> = {};
    for (const key of keys) if (this.items.has(key)) found[key] = this.items.get(key);
    return found;
  }

  async set(items: Record<string, string>): Promise<void> {
    const next = new Map(this.items);
    for (const [key, value] of Object.entries(items)) next.set(key, value);
    if (MemorySessionArea.bytesOf(next) > this.quotaBytes)
      throw new Error('Session storage quota bytes exceeded. Values were not stored.');
    this.writes++;
    for (const [key, value] of Object.entries(items)) this.items.set(key, value);
  }

  async remove(keys: string[]): Promise<void> {
    for (const key of keys) this.items.delete(key);
  }

  async keys(): Promise<string[]> {
    return [...this.items.keys()];
  }

  async bytesInUse(): Promise<number> {
    return MemorySessionArea.bytesOf(this.items);
  }

  private static bytesOf(items: Map<string, string>): number {
    let total = 0;
    for (const [key, value] of items) total += utf8Length(key) + utf8Length(value) + 8;
    return total;
  }
}
