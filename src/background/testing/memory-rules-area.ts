import type { RulesArea } from '../protection-handlers';

/** `storage.local`'s rules key in memory, cloned as the browser stores it. */
export class MemoryRulesArea implements RulesArea {
  stored: unknown;
  async read(): Promise<unknown> {
    return this.stored === undefined ? undefined : structuredClone(this.stored);
  }
  async write(stored: unknown): Promise<void> {
    this.stored = structuredClone(stored);
  }
}
