/**
 * The profile store's passphrase vault: check a passphrase and return its key,
 * set or change the passphrase (re-sealing every secret under the new key),
 * and forget it with every secret it sealed.
 */
import { abort, quiet, type AppDb, type StoredProfile, type Vault } from './db';
import { t } from '../i18n';
import { guard, readSettings, type StoreDb } from './store-access';
import { deriveKey, newKeyParams, open, seal, WrongPassphraseError, type KeyParams, type Sealed } from './secret-box';
import { StoreError } from './store-error';

const VAULT_CHECK = 'mo-efiling-vault';

/** Every profile that has secrets, with them sealed again under the new key. */
async function resealProfiles(
  profiles: StoredProfile[],
  currentKey: CryptoKey | null,
  key: CryptoKey,
): Promise<StoredProfile[]> {
  const resealed: StoredProfile[] = [];
  for (const p of profiles) {
    if (p.secrets) resealed.push({ ...p, secrets: await seal(key, await open(currentKey!, p.secrets)) });
  }
  return resealed;
}

/** The administrator's secrets as kept now, and sealed again under the new key (null when there is nothing to keep). */
async function resealAdmin(d: AppDb, currentKey: CryptoKey | null, key: CryptoKey) {
  const sealed = (await d.get('settings', 'adminSecrets')) as Sealed | undefined;
  // Damaged (it does not open): dropped, rather than standing in the way of a new passphrase.
  const opened = sealed && currentKey ? await open(currentKey, sealed).catch(() => null) : null;
  return { sealed, resealed: opened ? await seal(key, opened) : null };
}

export function vaultParts(db: StoreDb) {
  return {
    /** Check a passphrase against the vault and return its key. */
    async unlock(passphrase: string): Promise<CryptoKey> {
      return guard(async () => {
        const { vault } = await readSettings(await db());
        if (!vault) throw new StoreError(t('error_no_passphrase'));
        const key = await deriveKey(passphrase, vault.params);
        if ((await open(key, vault.check)) !== VAULT_CHECK) throw new WrongPassphraseError();
        return key;
      });
    },

    /**
     * Set the passphrase, or change it (the current key is needed to re-seal
     * every profile's secrets). All or nothing, in one transaction.
     */
    async setPassphrase(
      passphrase: string,
      currentKey: CryptoKey | null,
      params: KeyParams = newKeyParams(),
    ): Promise<CryptoKey> {
      if (passphrase.length < 8) throw new StoreError(t('error_passphrase_short', 8));
      return guard(async () => {
        const d = await db();
        const [{ vault }, profiles] = await Promise.all([readSettings(d), d.getAll('profiles')]);
        if (vault && !currentKey) throw new StoreError(t('error_unlock_first'));
        const key = await deriveKey(passphrase, params);
        const resealed = await resealProfiles(profiles, currentKey, key);
        const next: Vault = { params, check: await seal(key, VAULT_CHECK) };
        const admin = await resealAdmin(d, currentKey, key);
        const tx = d.transaction(['profiles', 'settings'], 'readwrite');
        quiet(tx);
        for (const p of resealed) {
          const now = await tx.objectStore('profiles').get(p.id);
          if (JSON.stringify(now?.secrets) !== JSON.stringify(profiles.find((x) => x.id === p.id)?.secrets)) {
            abort(tx);
            throw new StoreError(t('error_profile_changed'));
          }
          await tx.objectStore('profiles').put(p);
        }
        await tx.objectStore('settings').put(next, 'vault');
        if (admin.resealed) await tx.objectStore('settings').put(admin.resealed, 'adminSecrets');
        else if (admin.sealed) await tx.objectStore('settings').delete('adminSecrets'); // sealed under no key there is
        await tx.done;
        return key;
      });
    },

    /**
     * The way out of a forgotten passphrase: remove it and every saved secret
     * (they cannot be opened without it). Profiles, taught fields and progress stay.
     */
    async forgetPassphrase(): Promise<void> {
      return guard(async () => {
        const tx = (await db()).transaction(['profiles', 'settings'], 'readwrite');
        quiet(tx);
        for (const p of await tx.objectStore('profiles').getAll()) {
          if (p.secrets) await tx.objectStore('profiles').put({ ...p, secrets: null, updatedAt: Date.now() });
        }
        await tx.objectStore('settings').delete('vault');
        await tx.objectStore('settings').delete('adminSecrets');
        await tx.done;
      });
    },
  };
}
