/**
 * Profiles, settings, the passphrase vault and taught rules in IndexedDB.
 *
 * Secrets are sealed before any transaction opens (an IndexedDB transaction
 * closes while WebCrypto runs), and each change is written in one
 * transaction: a failure leaves what was saved as it was. Without the
 * session key, secrets are neither read nor written. Profiles themselves are
 * written by profile-write.ts (compare-and-set, merges inside the transaction).
 */
import {
  abort,
  dbFrom,
  quiet,
  type DbSource,
  type Settings,
  type StoredProfile,
  type StoredRule,
  type Vault,
} from './db';
import { isEmpty, parseAdminSecrets, type AdminSecrets } from '../sharing/admin-secrets';
import { parseGroupProfile } from '../profile/group-profile';
import { t } from '../i18n';
import type { ScreenId } from '../procedure/procedure';
import { isIdleLock, type IdleLockMinutes } from './idle-lock';
import { guard, readSettings } from './store-access';
import { profileParts } from './store-profiles';
import { ruleId } from './profile-write';
import { deriveKey, newKeyParams, open, seal, WrongPassphraseError, type KeyParams, type Sealed } from './secret-box';
import { StoreError } from './store-error';
import { MAX_RULES, keptRule, ruleKey, type KeptRule, type TaughtRule } from '../recognise/taught-rules';

export type { ProfileSummary, ProfilesState } from './store-profiles';

const VAULT_CHECK = 'mo-efiling-vault';

export function createProfileStore(source: DbSource) {
  const db = dbFrom(source);

  return {
    ...profileParts(db),

    async adminGroup(): Promise<Settings['adminGroup']> {
      return guard(async () => (await readSettings(await db())).adminGroup);
    },

    /** Keep an administrator's group profile, never with its PIN (kept apart, sealed: setAdminSecrets). */
    async setAdminGroup(input: unknown): Promise<void> {
      const parsed = parseGroupProfile(input);
      if (!parsed.ok) throw new StoreError(parsed.errors.join(' '));
      const { pin: _pin, ...group } = parsed.value;
      return guard(async () => void (await (await db()).put('settings', group, 'adminGroup')));
    },

    /** The administrator's PIN and code passphrase: null when none are kept, 'locked' when kept but no key is given. */
    async adminSecrets(key: CryptoKey | null): Promise<AdminSecrets | 'locked' | null> {
      return guard(async () => {
        const sealed = await (await db()).get('settings', 'adminSecrets');
        if (!sealed) return null;
        return key ? parseAdminSecrets(await open(key, sealed as Sealed)) : 'locked';
      });
    },

    /** Keep them sealed under the passphrase's key (nothing typed: remove them). Never in plain text. */
    async setAdminSecrets(key: CryptoKey | null, secrets: AdminSecrets): Promise<void> {
      return guard(async () => {
        const d = await db();
        if (isEmpty(secrets)) return void (await d.delete('settings', 'adminSecrets'));
        if (!key) throw new StoreError(t('error_secrets_need_passphrase'));
        await d.put('settings', await seal(key, secrets), 'adminSecrets');
      });
    },

    async bookmarkId(): Promise<string | null> {
      return guard(async () => (await readSettings(await db())).bookmarkId);
    },

    async setBookmarkId(id: string | null): Promise<void> {
      return guard(async () => void (await (await db()).put('settings', id, 'bookmarkId')));
    },

    /** The court's own list of security questions, as the panel saved it (empty until then). */
    async courtQuestions(): Promise<string[]> {
      return guard(async () => {
        const saved = await (await db()).get('settings', 'courtQuestions');
        return Array.isArray(saved) ? saved.filter((q): q is string => typeof q === 'string') : [];
      });
    },

    async setCourtQuestions(questions: readonly string[]): Promise<void> {
      return guard(async () => void (await (await db()).put('settings', [...questions], 'courtQuestions')));
    },

    async setFillOnAppear(on: boolean): Promise<void> {
      return guard(async () => void (await (await db()).put('settings', on, 'fillOnAppear')));
    },

    /** How long the passphrase's key is kept without use of secrets. */
    async idleLockMinutes(): Promise<number> {
      return guard(async () => (await readSettings(await db())).idleLockMinutes);
    },

    async setIdleLockMinutes(minutes: IdleLockMinutes): Promise<void> {
      if (!isIdleLock(minutes)) throw new StoreError(t('error_store_failed'));
      return guard(async () => void (await (await db()).put('settings', minutes, 'idleLockMinutes')));
    },

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
        const resealed: StoredProfile[] = [];
        for (const p of profiles) {
          if (p.secrets) resealed.push({ ...p, secrets: await seal(key, await open(currentKey!, p.secrets)) });
        }
        const next: Vault = { params, check: await seal(key, VAULT_CHECK) };
        const adminSealed = (await d.get('settings', 'adminSecrets')) as Sealed | undefined;
        // Damaged (it does not open): dropped, rather than standing in the way of a new passphrase.
        const adminOpened = adminSealed && currentKey ? await open(currentKey, adminSealed).catch(() => null) : null;
        const adminResealed = adminOpened ? await seal(key, adminOpened) : null;
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
        if (adminResealed) await tx.objectStore('settings').put(adminResealed, 'adminSecrets');
        else if (adminSealed) await tx.objectStore('settings').delete('adminSecrets'); // sealed under no key there is
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

    async rules(screen: ScreenId): Promise<TaughtRule[]> {
      return guard(async () =>
        (await (await db()).getAllFromIndex('rules', 'screen', screen)).map(({ id: _id, ...r }) => r),
      );
    },

    /** Add taught rules; a rule for the same screen and label replaces the old one. */
    async addRules(rules: readonly TaughtRule[]): Promise<void> {
      return guard(async () => {
        const tx = (await db()).transaction('rules', 'readwrite');
        quiet(tx);
        for (const r of rules) await tx.store.put({ ...r, id: ruleId(r) } satisfies StoredRule);
        if ((await tx.store.count()) > MAX_RULES) {
          abort(tx);
          throw new StoreError(t('error_too_many_taught_add', MAX_RULES));
        }
        await tx.done;
      });
    },

    /** Everything the extension saved, gone: profiles, settings, rules and progress. */
    async deleteAll(): Promise<void> {
      return guard(async () => {
        const tx = (await db()).transaction(['profiles', 'settings', 'rules', 'progress'], 'readwrite');
        quiet(tx);
        await Promise.all([...tx.objectStoreNames].map((name) => tx.objectStore(name).clear()));
        await tx.done;
      });
    },

    // ---- Taught fields on the options page: list them with where they came from, delete one. ----

    /** Every taught field, with where it came from (rules kept before that was recorded: taught here, date unknown). */
    async listRules(): Promise<KeptRule[]> {
      return guard(async () => (await (await db()).getAll('rules')).map(keptRule));
    },

    /** Forget one taught field; one already gone is no error (another window may have deleted it). */
    async deleteRule(rule: Pick<TaughtRule, 'screen' | 'signature'>): Promise<void> {
      return guard(async () => void (await (await db()).delete('rules', ruleKey(rule))));
    },
  };
}

export type ProfileStore = ReturnType<typeof createProfileStore>;
