/**
 * Keeps the passphrase's key for this browser session only: in memory, and
 * in storage.session (memory too, never written to disk, cleared when the
 * browser closes) so that a restarted background worker still has it. It is
 * forgotten after the person's idle time (lib/storage/key-keeper.ts), and wrong
 * passphrases are counted there too, so a restart resets neither.
 */
import { browser } from 'wxt/browser';
import { idleKeyKeeper } from './key-keeper';
import type { KeyKeeper } from '../handlers/vault';

export function sessionKeyKeeper(idleMinutes: () => Promise<number>): KeyKeeper {
  return idleKeyKeeper({ area: browser.storage.session, now: Date.now, idleMinutes });
}
