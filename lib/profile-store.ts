/**
 * Profiles, settings, the passphrase vault and taught rules in IndexedDB.
 *
 * Secrets are sealed before any transaction opens (an IndexedDB transaction
 * closes while WebCrypto runs), and each change is written in one
 * transaction: a failure leaves what was saved as it was. Without the
 * session key, secrets are neither read nor written.
 */
import {
  dbFrom,
  quiet,
  type AppDb,
  type DbSource,
  type Settings,
  type StoredProfile,
  type StoredRule,
  type Vault,
} from './db';
import { parseGroupProfile } from './group-profile';
import { t } from './i18n';
import type { ScreenId } from './procedure';
import {
  ProfileInputSchema,
  describeIssues,
  hasSecrets,
  splitSecrets,
  type ProfileData,
  type ProfileInput,
  type Secrets,
} from './profile';
import { valuesForScreen, type ScreenValues } from './profile-values';
import { deriveKey, newKeyParams, open, seal, WrongPassphraseError, type KeyParams } from './secret-box';
import { StoreError, describeStoreError } from './store-error';
import { MAX_RULES, keptRule, ruleKey, type KeptRule, type TaughtRule } from './taught-rules';

const VAULT_CHECK = 'mo-efiling-vault';

export interface ProfileSummary {
  id: string;
  data: ProfileData;
  hasSecrets: boolean;
  updatedAt: number;
}

export interface ProfilesState {
  profiles: ProfileSummary[];
  activeProfileId: string | null;
  fillOnAppear: boolean;
  hasPassphrase: boolean;
}

async function guard<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw describeStoreError(error);
  }
}

const ruleId = (r: TaughtRule) => `${r.screen}|${r.signature}`;

/** Abort a transaction we are giving up on; its rejected `done` is expected, not an error. */
function abort(tx: { abort(): void; done: Promise<void> }) {
  quiet(tx);
  tx.abort();
}

async function readSettings(db: AppDb): Promise<Settings> {
  const tx = db.transaction('settings');
  const [activeProfileId, fillOnAppear, vault, bookmarkId, adminGroup] = await Promise.all([
    tx.store.get('activeProfileId'),
    tx.store.get('fillOnAppear'),
    tx.store.get('vault'),
    tx.store.get('bookmarkId'),
    tx.store.get('adminGroup'),
  ]);
  return {
    activeProfileId: (activeProfileId as string | undefined) ?? null,
    fillOnAppear: (fillOnAppear as boolean | undefined) ?? false,
    vault: (vault as Vault | undefined) ?? null,
    bookmarkId: (bookmarkId as string | undefined) ?? null,
    adminGroup: (adminGroup as Settings['adminGroup'] | undefined) ?? null,
  };
}

async function openSecrets(key: CryptoKey | null, sealed: StoredProfile['secrets']): Promise<Secrets> {
  if (!sealed || !key) return {};
  return (await open(key, sealed)) as Secrets;
}

/** New secrets over old: a value typed replaces, an empty one removes, an absent one keeps. */
function mergeSecrets(old: Secrets, typed: Secrets): Secrets {
  const pick = (typed: string | undefined, old: string | undefined) => (typed === undefined ? old : typed || undefined);
  const answers = [0, 1, 2].map((i) => pick(typed.answers?.[i], old.answers?.[i]));
  return {
    password: pick(typed.password, old.password),
    pin: pick(typed.pin, old.pin),
    answers: answers.some(Boolean) ? answers : undefined,
  };
}

export function createProfileStore(source: DbSource) {
  const db = dbFrom(source);

  return {
    async state(): Promise<ProfilesState> {
      return guard(async () => {
        const d = await db();
        const [profiles, settings] = await Promise.all([d.getAll('profiles'), readSettings(d)]);
        return {
          profiles: profiles
            .sort((a, b) => a.data.label.localeCompare(b.data.label))
            .map((p) => ({ id: p.id, data: p.data, hasSecrets: p.secrets !== null, updatedAt: p.updatedAt })),
          activeProfileId: settings.activeProfileId,
          fillOnAppear: settings.fillOnAppear,
          hasPassphrase: settings.vault !== null,
        };
      });
    },

    /**
     * Save a profile typed in a form or read from a file. Its secrets are kept
     * only with the session key; given without one, nothing is saved.
     */
    async save(
      input: unknown,
      key: CryptoKey | null,
      options: { id?: string; password?: string; rules?: readonly TaughtRule[] } = {},
    ): Promise<string> {
      const { id, password, rules = [] } = options;
      const parsed = ProfileInputSchema.safeParse(input);
      if (!parsed.success) throw new StoreError(describeIssues(parsed.error).join(' '));
      const { data, secrets: typed } = splitSecrets(parsed.data);
      const typedAll: Secrets = { ...typed, ...(password !== undefined ? { password } : {}) };
      return guard(async () => {
        const d = await db();
        const existing = id ? await d.get('profiles', id) : undefined;
        if (id && !existing) throw new StoreError(t('error_profile_gone'));
        let sealed = existing?.secrets ?? null;
        if (hasSecrets(typedAll) || (sealed && key)) {
          if (!key) {
            throw new StoreError(t('error_secrets_need_passphrase'));
          }
          const merged = mergeSecrets(await openSecrets(key, sealed), typedAll);
          sealed = hasSecrets(merged) ? await seal(key, merged) : null;
        }
        const record: StoredProfile = { id: id ?? crypto.randomUUID(), data, secrets: sealed, updatedAt: Date.now() };
        // One transaction: the profile, its taught fields and the active choice land together or not at all.
        const tx = d.transaction(['profiles', 'settings', 'rules'], 'readwrite');
        quiet(tx);
        await tx.objectStore('profiles').put(record);
        for (const r of rules) await tx.objectStore('rules').put({ ...r, id: ruleId(r) });
        if (rules.length && (await tx.objectStore('rules').count()) > MAX_RULES) {
          abort(tx);
          throw new StoreError(t('error_too_many_taught_import', MAX_RULES));
        }
        // The first profile becomes the active one.
        if (!(await tx.objectStore('settings').get('activeProfileId'))) {
          await tx.objectStore('settings').put(record.id, 'activeProfileId');
        }
        await tx.done;
        return record.id;
      });
    },

    async remove(id: string): Promise<void> {
      return guard(async () => {
        const tx = (await db()).transaction(['profiles', 'settings'], 'readwrite');
        quiet(tx);
        await tx.objectStore('profiles').delete(id);
        if ((await tx.objectStore('settings').get('activeProfileId')) === id) {
          const rest = await tx.objectStore('profiles').getAllKeys();
          await tx.objectStore('settings').put(rest[0] ?? null, 'activeProfileId');
        }
        await tx.done;
      });
    },

    async setActive(id: string): Promise<void> {
      return guard(async () => {
        const tx = (await db()).transaction(['profiles', 'settings'], 'readwrite');
        quiet(tx);
        if (!(await tx.objectStore('profiles').get(id))) throw new StoreError(t('error_profile_gone_short'));
        await tx.objectStore('settings').put(id, 'activeProfileId');
        await tx.done;
      });
    },

    async adminGroup(): Promise<Settings['adminGroup']> {
      return guard(async () => (await readSettings(await db())).adminGroup);
    },

    /** Keep an administrator's group profile; its PIN never (it is typed again when sharing). */
    async setAdminGroup(input: unknown): Promise<void> {
      const parsed = parseGroupProfile(input);
      if (!parsed.ok) throw new StoreError(parsed.errors.join(' '));
      const { pin: _pin, ...group } = parsed.value;
      return guard(async () => void (await (await db()).put('settings', group, 'adminGroup')));
    },

    async bookmarkId(): Promise<string | null> {
      return guard(async () => (await readSettings(await db())).bookmarkId);
    },

    async setBookmarkId(id: string | null): Promise<void> {
      return guard(async () => void (await (await db()).put('settings', id, 'bookmarkId')));
    },

    async setFillOnAppear(on: boolean): Promise<void> {
      return guard(async () => void (await (await db()).put('settings', on, 'fillOnAppear')));
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
        await tx.done;
      });
    },

    /** The active profile's values for one screen; secrets only when unlocked. */
    async valuesFor(screen: ScreenId, key: CryptoKey | null): Promise<{ label: string; values: ScreenValues } | null> {
      return guard(async () => {
        const d = await db();
        const { activeProfileId } = await readSettings(d);
        const profile = activeProfileId ? await d.get('profiles', activeProfileId) : undefined;
        if (!profile) return null;
        return {
          label: profile.data.label,
          values: valuesForScreen(profile.data, await openSecrets(key, profile.secrets), screen),
        };
      });
    },

    /** The full profile for export (file format), secrets left out. */
    async exportable(id: string): Promise<{ profile: ProfileInput; rules: TaughtRule[] }> {
      return guard(async () => {
        const d = await db();
        const p = await d.get('profiles', id);
        if (!p) throw new StoreError(t('error_profile_gone_short'));
        const rules = (await d.getAll('rules')).map(({ screen, signature, field }) => ({ screen, signature, field }));
        return { profile: p.data as ProfileInput, rules };
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
