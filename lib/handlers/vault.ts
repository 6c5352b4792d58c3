/** The passphrase: set, unlock (after the wait that wrong ones impose), lock, forget. */
import { t } from '../i18n';
import type { UnlockAttempts } from '../storage/key-keeper';
import type { HandlerTable } from '../messaging/router';
import type { Reply } from '../messaging/protocol';
import type { ProfileStore } from '../storage/profile-store';
import { isWrongPassphrase } from '../storage/store-error';

/** Keeps the passphrase's key for this browser session only. */
export interface KeyKeeper {
  /** The key, if unlocked: a use of secrets, which keeps it unlocked for another idle period. */
  get(): Promise<CryptoKey | null>;
  set(key: CryptoKey | null): Promise<void>;
  /** Whether unlocked, without counting as a use (absent: get). */
  peek?(): Promise<boolean>;
  /** Wrong passphrases and the growing wait after them (absent: no wait). */
  attempts?: UnlockAttempts;
}

const seconds = (ms: number) => Math.ceil(ms / 1000);
/** Said when an unlock is tried before the wait after wrong passphrases is over. */
export const unlockWait = (ms: number) =>
  seconds(ms) === 1 ? t('error_unlock_wait_one') : t('error_unlock_wait_other', seconds(ms));
const wrongThenWait = (ms: number) =>
  seconds(ms) === 1 ? t('error_unlock_wrong_wait_one') : t('error_unlock_wrong_wait_other', seconds(ms));

type VaultType = 'vault/set' | 'vault/unlock' | 'vault/forget' | 'vault/lock';

export function vaultHandlers(store: ProfileStore, keys: KeyKeeper): Pick<HandlerTable, VaultType> {
  /** Check a passphrase, after the wait that earlier wrong ones impose; a wrong one makes the next wait longer. */
  const unlock = async (passphrase: string): Promise<Reply<null>> => {
    const wait = (await keys.attempts?.begin()) ?? 0;
    if (wait > 0) return { ok: false, error: unlockWait(wait) };
    let key: CryptoKey;
    try {
      key = await store.unlock(passphrase);
    } catch (error) {
      const next = isWrongPassphrase(error) ? ((await keys.attempts?.waitMs()) ?? 0) : 0;
      if (next > 0) return { ok: false, error: wrongThenWait(next) };
      throw error;
    }
    await keys.attempts?.succeeded();
    await keys.set(key);
    return { ok: true, data: null };
  };
  return {
    'vault/set': async (request) => {
      const key = await store.setPassphrase(request.passphrase, await keys.get());
      await keys.set(key);
      return { ok: true, data: null };
    },
    'vault/unlock': async (request) => await unlock(request.passphrase),
    'vault/forget': async () => {
      await store.forgetPassphrase();
      await keys.set(null);
      return { ok: true, data: null };
    },
    'vault/lock': async () => {
      await keys.set(null);
      return { ok: true, data: null };
    },
  };
}
