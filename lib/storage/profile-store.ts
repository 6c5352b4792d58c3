/**
 * Profiles, settings, the passphrase vault and taught rules in IndexedDB.
 *
 * Secrets are sealed before any transaction opens (an IndexedDB transaction
 * closes while WebCrypto runs), and each change is written in one
 * transaction: a failure leaves what was saved as it was. Without the
 * session key, secrets are neither read nor written. Profiles themselves are
 * written by profile-write.ts (compare-and-set, merges inside the transaction).
 *
 * This module puts the store together from its parts, one per domain:
 * store-profiles.ts, store-admin.ts, store-settings.ts, store-vault.ts and
 * store-rules.ts.
 */
import { dbFrom, quiet, type DbSource } from './db';
import { guard } from './store-access';
import { adminParts } from './store-admin';
import { profileParts } from './store-profiles';
import { ruleParts } from './store-rules';
import { settingsParts } from './store-settings';
import { vaultParts } from './store-vault';

export type { ProfileSummary, ProfilesState } from './store-profiles';

export function createProfileStore(source: DbSource) {
  const db = dbFrom(source);

  return {
    ...profileParts(db),
    ...adminParts(db),
    ...settingsParts(db),
    ...vaultParts(db),
    ...ruleParts(db),

    /** Everything the extension saved, gone: profiles, settings, rules and progress. */
    async deleteAll(): Promise<void> {
      return guard(async () => {
        const tx = (await db()).transaction(['profiles', 'settings', 'rules', 'progress'], 'readwrite');
        quiet(tx);
        await Promise.all([...tx.objectStoreNames].map((name) => tx.objectStore(name).clear()));
        await tx.done;
      });
    },
  };
}

export type ProfileStore = ReturnType<typeof createProfileStore>;
