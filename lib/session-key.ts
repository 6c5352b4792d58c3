/**
 * Keeps the passphrase's key for this browser session only: in memory, and
 * in storage.session (memory too, never written to disk, cleared when the
 * browser closes) so that a restarted background worker still has it.
 */
import { browser } from 'wxt/browser';
import type { KeyKeeper } from './profile-handler';
import { exportKey, importKey } from './secret-box';

const SESSION_KEY = 'vaultKey';

export function sessionKeyKeeper(): KeyKeeper {
  let cached: CryptoKey | null | undefined;
  return {
    async get() {
      if (cached !== undefined) return cached;
      const raw = (await browser.storage.session.get(SESSION_KEY))[SESSION_KEY];
      cached = typeof raw === 'string' ? await importKey(raw) : null;
      return cached;
    },
    async set(key) {
      cached = key;
      if (key) await browser.storage.session.set({ [SESSION_KEY]: await exportKey(key) });
      else await browser.storage.session.remove(SESSION_KEY);
    },
  };
}
