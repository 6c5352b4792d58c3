/**
 * The profile store's profiles: list them, save and merge them (through
 * profile-write.ts: compare-and-set, merges inside the transaction), remove
 * one, choose the active one, and read one for a screen or for export.
 */
import { quiet, type AppDb, type StoredProfile } from './db';
import { t } from '../i18n';
import type { ScreenId } from '../procedure/procedure';
import type { ProfileData, ProfileInput } from '../profile/profile';
import { valuesForScreen, type ScreenValues } from '../profile/profile-values';
import { openSecrets, prepare, revisionOf, writeProfile, type Draft, type Saved } from './profile-write';
import { guard, readSettings, type StoreDb } from './store-access';
import { StoreError } from './store-error';
import type { TaughtRule } from '../recognise/taught-rules';

export interface ProfileSummary {
  id: string;
  data: ProfileData;
  hasSecrets: boolean;
  updatedAt: number;
  /** The revision to name when saving a form loaded from this summary. */
  revision: number;
}

export interface ProfilesState {
  profiles: ProfileSummary[];
  activeProfileId: string | null;
  fillOnAppear: boolean;
  hasPassphrase: boolean;
  idleLockMinutes: number;
}

type SaveOptions = { id?: string; revision?: number; password?: string; rules?: readonly TaughtRule[] };

const summaryOf = (p: StoredProfile): ProfileSummary => ({
  id: p.id,
  data: p.data,
  hasSecrets: p.secrets !== null,
  updatedAt: p.updatedAt,
  revision: revisionOf(p),
});

/** Every profile (by label) and the settings that go with them. */
async function readState(d: AppDb): Promise<ProfilesState> {
  const [profiles, settings] = await Promise.all([d.getAll('profiles'), readSettings(d)]);
  return {
    profiles: profiles.sort((a, b) => a.data.label.localeCompare(b.data.label)).map(summaryOf),
    activeProfileId: settings.activeProfileId,
    fillOnAppear: settings.fillOnAppear,
    hasPassphrase: settings.vault !== null,
    idleLockMinutes: settings.idleLockMinutes,
  };
}

/** Remove one profile; when it was the active one, another (or none) becomes active. */
async function removeProfile(d: AppDb, id: string): Promise<void> {
  const tx = d.transaction(['profiles', 'settings'], 'readwrite');
  quiet(tx);
  await tx.objectStore('profiles').delete(id);
  if ((await tx.objectStore('settings').get('activeProfileId')) === id) {
    const rest = await tx.objectStore('profiles').getAllKeys();
    await tx.objectStore('settings').put(rest[0] ?? null, 'activeProfileId');
  }
  await tx.done;
}

async function setActiveProfile(d: AppDb, id: string): Promise<void> {
  const tx = d.transaction(['profiles', 'settings'], 'readwrite');
  quiet(tx);
  if (!(await tx.objectStore('profiles').get(id))) throw new StoreError(t('error_profile_gone_short'));
  await tx.objectStore('settings').put(id, 'activeProfileId');
  await tx.done;
}

async function activeValues(
  d: AppDb,
  screen: ScreenId,
  key: CryptoKey | null,
): Promise<{ label: string; values: ScreenValues } | null> {
  const { activeProfileId } = await readSettings(d);
  const profile = activeProfileId ? await d.get('profiles', activeProfileId) : undefined;
  if (!profile) return null;
  return {
    label: profile.data.label,
    values: valuesForScreen(profile.data, await openSecrets(key, profile.secrets), screen),
  };
}

async function exportProfile(d: AppDb, id: string): Promise<{ profile: ProfileInput; rules: TaughtRule[] }> {
  const p = await d.get('profiles', id);
  if (!p) throw new StoreError(t('error_profile_gone_short'));
  const rules = (await d.getAll('rules')).map(({ screen, signature, field }) => ({ screen, signature, field }));
  return { profile: p.data as ProfileInput, rules };
}

export function profileParts(db: StoreDb) {
  /**
   * Save a profile typed in a form. Its secrets are kept only with the
   * session key; given without one, nothing is saved. With `revision` (the
   * one the form was loaded from) a profile saved since is not overwritten.
   */
  const put = async (input: unknown, key: CryptoKey | null, options: SaveOptions = {}): Promise<Saved> => {
    const { id, revision, password, rules } = options;
    // Checked before the database is opened, so a wrong profile is named even when the store fails.
    prepare({ input, password, rules, result: undefined });
    return guard(async () =>
      writeProfile(await db(), key, { id, expected: revision }, () => ({ input, password, rules, result: undefined })),
    );
  };

  return {
    put,

    async state(): Promise<ProfilesState> {
      return guard(async () => readState(await db()));
    },

    async save(input: unknown, key: CryptoKey | null, options: SaveOptions = {}): Promise<string> {
      return (await put(input, key, options)).id;
    },

    /**
     * Merge something into a profile (or a new one) and save it: the merge is
     * built from the profile as saved inside the saving transaction, so a save
     * that lands meanwhile is merged, never lost.
     */
    async merge<R>(id: string | undefined, key: CryptoKey | null, build: (current: ProfileData | null) => Draft<R>) {
      return guard(async () => writeProfile(await db(), key, { id }, build));
    },

    async remove(id: string): Promise<void> {
      return guard(async () => removeProfile(await db(), id));
    },

    async setActive(id: string): Promise<void> {
      return guard(async () => setActiveProfile(await db(), id));
    },

    /** The active profile's values for one screen; secrets only when unlocked. */
    async valuesFor(screen: ScreenId, key: CryptoKey | null): Promise<{ label: string; values: ScreenValues } | null> {
      return guard(async () => activeValues(await db(), screen, key));
    },

    /** The full profile for export (file format), secrets left out. */
    async exportable(id: string): Promise<{ profile: ProfileInput; rules: TaughtRule[] }> {
      return guard(async () => exportProfile(await db(), id));
    },
  };
}
