import { describe, expect, it } from 'vitest';
import { openAppDb } from '@/lib/storage/db';
import { createProfileStore } from '@/lib/storage/profile-store';
import { toBase64 } from '@/lib/storage/secret-box';

const FAST = { salt: toBase64(new Uint8Array(16)), iterations: 1_000 };
const KEPT = { pin: '4417', codePassphrase: 'blue heron at noon' };

/** Everything in the settings, as text: what someone reading the disk would see. */
async function settingsText() {
  const db = await openAppDb();
  const all = await db.getAll('settings');
  db.close();
  return JSON.stringify(all);
}

describe('the administrator’s kept PIN and code passphrase', () => {
  it('are kept only sealed, and only with a key', async () => {
    const store = createProfileStore(openAppDb());
    await expect(store.setAdminSecrets(null, KEPT)).rejects.toThrow(
      'To keep a password, security answers or a PIN, set a passphrase first (or unlock it). Nothing was saved.',
    );
    expect(await store.adminSecrets(null)).toBeNull();
    const key = await store.setPassphrase('purple tractor morning', null, FAST);
    await store.setAdminSecrets(key, KEPT);
    expect(await settingsText()).not.toMatch(/4417|blue heron/);
    expect(await store.adminSecrets(null)).toBe('locked');
    expect(await store.adminSecrets(key)).toEqual(KEPT);
    // Nothing typed: what was kept is removed.
    await store.setAdminSecrets(null, { pin: '', codePassphrase: '' });
    expect(await store.adminSecrets(key)).toBeNull();
  });

  it('are sealed again under a new passphrase, and removed with a forgotten one', async () => {
    const store = createProfileStore(openAppDb());
    const first = await store.setPassphrase('purple tractor morning', null, FAST);
    await store.setAdminSecrets(first, KEPT);
    const next = await store.setPassphrase('green ladder evening', first, {
      salt: toBase64(new Uint8Array(16).fill(7)),
      iterations: 1_000,
    });
    expect(await store.adminSecrets(next)).toEqual(KEPT);
    await expect(store.adminSecrets(first)).rejects.toThrow();
    await store.forgetPassphrase();
    expect(await store.adminSecrets(null)).toBeNull();
    expect(await settingsText()).not.toMatch(/4417|blue heron/);
  });
});
