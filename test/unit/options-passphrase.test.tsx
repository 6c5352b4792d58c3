import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { Request } from '@/lib/messaging/protocol';
import { toBase64 } from '@/lib/storage/secret-box';
import { renderOptions, type Store } from '../support/options';

afterEach(cleanup);

/** Deriving a key from a passphrase set through the page takes ~0.5 s (600,000 rounds): those tests get time. */
const SLOW = 30_000;
/** A vault made in the test with few rounds, so unlocking it through the page is quick. */
const FAST_PARAMS = () => ({ salt: toBase64(crypto.getRandomValues(new Uint8Array(16))), iterations: 1_000 });
const PASSPHRASE = 'purple tractor morning';

/** A vault with a fast key; `unlocked` leaves its key in the keeper as an unlocked session would. */
const withVault = (unlocked: boolean) => async (store: Store, setKey: (k: CryptoKey | null) => void) => {
  const k = await store.setPassphrase(PASSPHRASE, null, FAST_PARAMS());
  if (unlocked) setKey(k);
  return k;
};

const region = (name: string | RegExp) => screen.getByRole('region', { name });
const type = (label: string, value: string, within_: HTMLElement = document.body) => {
  const input = within(within_).getByLabelText(label);
  fireEvent.input(input, { target: { value } });
  return input;
};
const secretLabels = ['Password', 'Password again', 'Answer to security question 1', 'Group PIN'];

describe('the passphrase', () => {
  it(
    'is set through a form that checks length and repetition first, then unlocks the secret boxes',
    async () => {
      const { store, sent, key } = await renderOptions();
      const pass = region('Passphrase');
      expect(within(pass).getByText(/cannot be recovered if you forget it/)).toBeTruthy();
      expect(within(pass).getByText(/type it again after the browser restarts/)).toBeTruthy();
      expect(within(pass).queryByRole('button', { name: 'Lock now' })).toBeNull();

      type('Passphrase', 'short', pass);
      type('Passphrase again', 'short', pass);
      fireEvent.click(within(pass).getByRole('button', { name: 'Set passphrase' }));
      const first = within(pass).getByLabelText('Passphrase');
      expect(first.getAttribute('aria-invalid')).toBe('true');
      expect(document.getElementById('pp-set-first-error')?.textContent).toMatch(/at least 8 characters/);
      expect(document.activeElement).toBe(first);

      type('Passphrase', PASSPHRASE, pass);
      type('Passphrase again', `${PASSPHRASE}!`, pass);
      fireEvent.click(within(pass).getByRole('button', { name: 'Set passphrase' }));
      expect(within(pass).getByLabelText('Passphrase again').getAttribute('aria-invalid')).toBe('true');
      expect(document.getElementById('pp-set-again-error')?.textContent).toMatch(/does not match/);
      expect(sent('vault/set')).toHaveLength(0);

      type('Passphrase again', PASSPHRASE, pass);
      fireEvent.click(within(pass).getByRole('button', { name: 'Set passphrase' }));
      expect(await within(pass).findByRole('button', { name: 'Lock now' }, { timeout: SLOW })).toBeTruthy();
      expect(within(pass).getByRole('status').textContent).toMatch(/^Passphrase set/);
      expect((await store.state()).hasPassphrase).toBe(true);
      expect(key()).not.toBeNull();
      expect(within(pass).getByRole('heading', { name: 'Change passphrase' })).toBeTruthy();

      fireEvent.click(screen.getByRole('button', { name: 'Add a profile' }));
      const form = region('Add a profile');
      for (const label of secretLabels) {
        expect((within(form).getByLabelText(label) as HTMLInputElement).type, label).toBe('password');
      }
      expect(within(form).queryByText(/Without a passphrase/)).toBeNull();
    },
    SLOW,
  );

  it('unlocks with the right passphrase only, and hides the secret boxes again when locked', async () => {
    const { key } = await renderOptions(withVault(false));
    fireEvent.click(screen.getByRole('button', { name: 'Add a profile' }));
    const form = region('Add a profile');
    for (const label of secretLabels) expect(within(form).queryByLabelText(label)).toBeNull();
    expect(within(form).getByText(/Your passphrase is locked/)).toBeTruthy();

    const pass = region('Passphrase');
    expect(within(pass).getByRole('heading', { name: 'Unlock' })).toBeTruthy();
    type('Passphrase', 'not the one', pass);
    fireEvent.click(within(pass).getByRole('button', { name: 'Unlock' }));
    expect((await within(pass).findByRole('alert')).textContent).toMatch(/not the right one/);
    expect(key()).toBeNull();
    expect(within(form).queryByLabelText('Group PIN')).toBeNull();

    type('Passphrase', PASSPHRASE, pass);
    fireEvent.click(within(pass).getByRole('button', { name: 'Unlock' }));
    await within(pass).findByRole('button', { name: 'Lock now' });
    expect(key()).not.toBeNull();
    expect(within(pass).getByRole('status').textContent).toMatch(/Unlocked/);
    for (const label of secretLabels) expect(within(form).getByLabelText(label)).toBeTruthy();

    fireEvent.click(within(pass).getByRole('button', { name: 'Lock now' }));
    await within(pass).findByRole('heading', { name: 'Unlock' });
    expect(key()).toBeNull();
    expect(within(pass).getByRole('status').textContent).toMatch(/^Locked/);
    for (const label of secretLabels) expect(within(form).queryByLabelText(label)).toBeNull();
  });

  it('unlocking from the profile form keeps what was typed, then saves the secrets encrypted', async () => {
    const { store, key, sent } = await renderOptions(withVault(false));
    fireEvent.click(screen.getByRole('button', { name: 'Add a profile' }));
    const form = region('Add a profile');
    type('Profile name', 'Jane at DSS', form);
    type('Group name', 'Cole County DSS', form);
    type('Security question 1', 'First pet?', form);
    type('Passphrase', PASSPHRASE, form);
    fireEvent.click(within(form).getByRole('button', { name: 'Unlock' }));
    const pin = await within(form).findByLabelText('Group PIN');
    expect(document.activeElement).toBe(within(form).getByLabelText('Password'));
    expect((within(form).getByLabelText('Profile name') as HTMLInputElement).value).toBe('Jane at DSS');

    type('Password', 'Tr1cky!pass', form);
    type('Password again', 'Tr1cky!pass-typo', form);
    fireEvent.click(within(form).getByRole('button', { name: 'Save profile' }));
    expect(within(form).getByLabelText('Password again').getAttribute('aria-invalid')).toBe('true');
    expect(sent('profiles/save')).toHaveLength(0);

    type('Password again', 'Tr1cky!pass', form);
    fireEvent.input(pin, { target: { value: '4417' } });
    type('Answer to security question 1', 'Rex', form);
    fireEvent.click(within(form).getByRole('button', { name: 'Save profile' }));
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Add a profile' })).toBeNull());

    expect(sent('profiles/save')[0]).toMatchObject({
      password: 'Tr1cky!pass',
      profile: { group: { pin: '4417' }, securityQuestions: [{ question: 'First pet?', answer: 'Rex' }] },
    });
    const [saved] = (await store.state()).profiles;
    expect(saved?.hasSecrets).toBe(true);
    expect(JSON.stringify(saved?.data)).not.toMatch(/4417|Rex|Tr1cky/);
    expect((await store.valuesFor('group-authentication', key()))?.values['group.pin']).toBe('4417');
    expect((await store.valuesFor('credentials', key()))?.values.password).toBe('Tr1cky!pass');
    expect(screen.getByText('Password, answers or PIN saved (encrypted).')).toBeTruthy();
  });

  it('editing with empty secret boxes keeps the saved secrets ("saved" placeholders)', async () => {
    const { store, key, sent } = await renderOptions(async (s, setKey) => {
      const k = await withVault(true)(s, setKey);
      await s.save({ label: 'Jane', group: { name: 'DSS', pin: '4417' } }, k, { password: 'Tr1cky!pass' });
    });
    fireEvent.click(screen.getByRole('button', { name: 'Edit' }));
    const form = region('Edit “Jane”');
    expect(within(form).getByLabelText('Group PIN').getAttribute('placeholder')).toBe('saved — leave empty to keep');
    expect((within(form).getByLabelText('Group PIN') as HTMLInputElement).value).toBe('');
    type('Position', 'Clerk', form);
    fireEvent.click(within(form).getByRole('button', { name: 'Save profile' }));
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Edit “Jane”' })).toBeNull());
    const request = sent('profiles/save')[0] as Request<'profiles/save'>;
    expect(request).not.toHaveProperty('password');
    expect(request.profile).not.toHaveProperty('group.pin');
    expect((await store.valuesFor('group-authentication', key()))?.values).toMatchObject({
      'group.pin': '4417',
      'group.userInformation': 'Position: Clerk',
    });
  });

  it(
    'changes the passphrase when unlocked; the new one unlocks, the old one no longer does',
    async () => {
      const { store } = await renderOptions(async (s, setKey) => {
        const k = await withVault(true)(s, setKey);
        await s.save({ label: 'Jane', group: { pin: '4417' } }, k);
      });
      const pass = region('Passphrase');
      type('New passphrase', 'a brand new sentence', pass);
      type('New passphrase again', 'a brand new sentence', pass);
      fireEvent.click(within(pass).getByRole('button', { name: 'Change passphrase' }));
      await waitFor(() => expect(within(pass).getByRole('status').textContent).toMatch(/^Passphrase changed/), {
        timeout: SLOW,
      });
      expect((within(pass).getByLabelText('New passphrase') as HTMLInputElement).value).toBe('');
      await expect(store.unlock(PASSPHRASE)).rejects.toThrow(/not the right one/);
      const k = await store.unlock('a brand new sentence');
      expect((await store.valuesFor('group-authentication', k))?.values['group.pin']).toBe('4417');
    },
    SLOW,
  );
});
