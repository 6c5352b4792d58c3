import { describe, expect, it } from 'vitest';
import { openAppDb } from '@/lib/storage/db';
import { createProfileStore } from '@/lib/storage/profile-store';
import { newKeyParams } from '@/lib/storage/secret-box';

const FAST = newKeyParams(100_000); // the real 600,000 iterations are checked in secret-box tests
const SECRETS = {
  password: 'Pw-Zq81!unique',
  answers: ['AnswerOne-x7', 'AnswerTwo-y8', 'AnswerThree-z9'],
  pin: '4417-pin-x',
};

const profile = (over: Record<string, unknown> = {}) => ({
  label: 'Jane at DSS',
  firstName: 'Jane',
  email: 'jane@example.org',
  securityQuestions: SECRETS.answers.map((answer, i) => ({ question: `Question ${i + 1}?`, answer })),
  group: { name: 'Department of Social Services', pin: SECRETS.pin },
  ...over,
});

/** Everything in the database, as text: what someone reading the disk would see. */
async function dump() {
  const db = await openAppDb();
  const stores = ['progress', 'profiles', 'settings', 'rules'] as const;
  const all = await Promise.all(stores.map(async (s) => [s, await db.getAll(s)]));
  db.close();
  return JSON.stringify(all);
}

describe('the profile store', () => {
  it('refuses to keep secrets without a passphrase, and saves nothing', async () => {
    const store = createProfileStore(openAppDb());
    await expect(store.save(profile(), null)).rejects.toThrow(/set a passphrase first.*Nothing was saved/);
    expect((await store.state()).profiles).toEqual([]);
  });

  it('saves a profile without secrets and makes the first one active', async () => {
    const store = createProfileStore(openAppDb());
    const id = await store.save(profile({ securityQuestions: [], group: { name: 'DSS' } }), null);
    const state = await store.state();
    expect(state.activeProfileId).toBe(id);
    expect(state.profiles[0]).toMatchObject({
      id,
      hasSecrets: false,
      data: { label: 'Jane at DSS', firstName: 'Jane' },
    });
  });

  it('names the field when a profile is wrong', async () => {
    const store = createProfileStore(openAppDb());
    await expect(
      store.save(profile({ email: 'not-an-address', mailingAddress: { zip: '651' } }), null),
    ).rejects.toThrow(/E-mail address is not an e-mail address.*Mailing address, ZIP code must be 5 digits/);
  });

  it('never stores the password, the answers or the PIN in plain text, and gives them back with the key', async () => {
    const store = createProfileStore(openAppDb());
    const key = await store.setPassphrase('correct horse battery', null, FAST);
    await store.save(profile(), key, { password: SECRETS.password });
    const text = await dump();
    for (const secret of [SECRETS.password, SECRETS.pin, ...SECRETS.answers]) expect(text).not.toContain(secret);
    expect(text).toContain('Jane at DSS'); // the dump really holds the profile

    const values = await store.valuesFor('credentials', key);
    expect(values?.values).toMatchObject({ password: SECRETS.password, passwordConfirm: SECRETS.password });
    expect((await store.valuesFor('group-authentication', key))?.values['group.pin']).toBe(SECRETS.pin);
    expect((await store.valuesFor('security-questions', key))?.values['security2.answer']).toBe('AnswerTwo-y8');
    // Without the key: the values of secrets are simply empty.
    expect((await store.valuesFor('credentials', null))?.values.password).toBe('');
  });

  it('checks the passphrase, and changing it re-seals every secret (all or nothing)', async () => {
    const store = createProfileStore(openAppDb());
    const first = await store.setPassphrase('first passphrase', null, FAST);
    await store.save(profile(), first, { password: SECRETS.password });
    await expect(store.unlock('wrong passphrase')).rejects.toThrow(/not the right one/);
    await expect(store.setPassphrase('second passphrase', null, FAST)).rejects.toThrow(
      /Unlock with the current passphrase/,
    );

    const second = await store.setPassphrase('second passphrase', first, FAST);
    await expect(store.unlock('first passphrase')).rejects.toThrow(/not the right one/);
    const again = await store.unlock('second passphrase');
    expect((await store.valuesFor('credentials', again))?.values.password).toBe(SECRETS.password);
    expect((await store.valuesFor('credentials', second))?.values.password).toBe(SECRETS.password);
  });

  it('keeps saved secrets when a profile is edited without retyping them, and removes one set to empty', async () => {
    const store = createProfileStore(openAppDb());
    const key = await store.setPassphrase('correct horse battery', null, FAST);
    const id = await store.save(profile(), key, { password: SECRETS.password });
    await store.save(
      profile({ firstName: 'Janet', securityQuestions: [], group: { name: 'Department of Social Services' } }),
      key,
      { id },
    );
    const v = await store.valuesFor('credentials', key);
    expect(v?.values.password).toBe(SECRETS.password);
    await store.save(profile({ securityQuestions: [], group: { name: 'DSS', pin: '' } }), key, { id, password: '' });
    expect((await store.valuesFor('credentials', key))?.values.password).toBe('');
    expect((await store.valuesFor('group-authentication', key))?.values['group.pin']).toBe('');
  });

  it('delete all erases profiles, settings, rules and progress', async () => {
    const store = createProfileStore(openAppDb());
    await store.save(profile({ securityQuestions: [], group: {} }), null);
    await store.addRules([{ screen: 'name-email', signature: 'given', field: 'firstName' }]);
    await store.deleteAll();
    expect(await dump()).toBe(
      JSON.stringify([
        ['progress', []],
        ['profiles', []],
        ['settings', []],
        ['rules', []],
      ]),
    );
  });

  it('forgetting the passphrase removes it and every saved secret, and keeps the profiles', async () => {
    const store = createProfileStore(openAppDb());
    const key = await store.setPassphrase('correct horse battery', null, FAST);
    await store.save(profile(), key, { password: SECRETS.password });
    await store.forgetPassphrase();
    const state = await store.state();
    expect(state).toMatchObject({
      hasPassphrase: false,
      profiles: [{ hasSecrets: false, data: { label: 'Jane at DSS' } }],
    });
    expect((await store.valuesFor('credentials', key))?.values.password).toBe('');
    await expect(store.unlock('correct horse battery')).rejects.toThrow(/No passphrase has been set/);
  });

  it('saves a profile and its taught fields in one transaction: too many fields, and neither is saved', async () => {
    const store = createProfileStore(openAppDb());
    const rules = Array.from({ length: 201 }, (_, i) => ({
      screen: 'name-email' as const,
      signature: `label ${i}`,
      field: 'firstName' as const,
    }));
    await expect(store.save(profile({ securityQuestions: [], group: {} }), null, { rules })).rejects.toThrow(
      /at most 200 taught fields. Nothing was imported/,
    );
    expect(await dump()).toBe(
      JSON.stringify([
        ['progress', []],
        ['profiles', []],
        ['settings', []],
        ['rules', []],
      ]),
    );
    await store.save(profile({ securityQuestions: [], group: {} }), null, { rules: rules.slice(0, 3) });
    expect(await store.rules('name-email')).toHaveLength(3);
  });
});
