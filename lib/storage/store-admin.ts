/**
 * The profile store's administrator part: the group profile an administrator
 * keeps (never with its PIN), and the PIN and code passphrase kept apart,
 * sealed under the passphrase's key.
 */
import type { Settings } from './db';
import { isEmpty, parseAdminSecrets, type AdminSecrets } from '../sharing/admin-secrets';
import { parseGroupProfile } from '../profile/group-profile';
import { t } from '../i18n';
import { guard, readSettings, type StoreDb } from './store-access';
import { open, seal, type Sealed } from './secret-box';
import { StoreError } from './store-error';

export function adminParts(db: StoreDb) {
  return {
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
  };
}
