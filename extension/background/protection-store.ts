import type { RulesArea } from '../../src/background/protection-handlers';
import { protectionStorageKey } from '../../src/protection/protection-rules';
import { browser } from '../platform';

/**
 * `storage.local`: on disk, so protect and block rules survive a browser restart. A protected
 * cookie's value is kept there too (it is what is put back), which the UI says.
 */
export function protectionRulesArea(): RulesArea {
  return {
    read: async () => (await browser.storage.local.get(protectionStorageKey))[protectionStorageKey],
    write: (stored) => browser.storage.local.set({ [protectionStorageKey]: stored }),
  };
}
