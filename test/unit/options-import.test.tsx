import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { changedFields } from '@/components/options/ImportSection';
import { OptionsApp, type Ask } from '@/components/options/OptionsApp';
import { openAppDb } from '@/lib/db';
import { ProfileInputSchema, type ProfileInput } from '@/lib/profile';
import { profileFileText } from '@/lib/profile-file';
import { handleProfileRequest, type KeyKeeper } from '@/lib/profile-handler';
import type { ProfileRequest } from '@/lib/profile-messages';
import { createProfileStore } from '@/lib/profile-store';
import { toBase64 } from '@/lib/secret-box';

afterEach(cleanup);

type Store = ReturnType<typeof createProfileStore>;

async function renderOptions(seed?: (store: Store, setKey: (k: CryptoKey | null) => void) => Promise<unknown>) {
  const store = createProfileStore(openAppDb());
  let key: CryptoKey | null = null;
  const keys: KeyKeeper = { get: async () => key, set: async (k) => void (key = k) };
  const requests: ProfileRequest[] = [];
  const ask: Ask = async <T,>(request: ProfileRequest): Promise<T> => {
    requests.push(request);
    const r = await handleProfileRequest(
      store,
      keys,
      request,
      { from: 'extension-page' },
      {
        openOptions() {},
        allDeleted() {},
      },
    );
    if (!r.ok) throw new Error(r.error);
    return r.data as T;
  };
  if (seed) await seed(store, (k) => void (key = k));
  render(<OptionsApp ask={ask} download={() => {}} />);
  await screen.findByRole('heading', { name: 'Your profiles' });
  return { store, key: () => key, sent: (t: ProfileRequest['type']) => requests.filter((r) => r.type === t) };
}

const JANE: ProfileInput = ProfileInputSchema.parse({
  label: 'Jane at DSS',
  firstName: 'Jane',
  lastName: 'Doe',
  email: 'jane.doe@dss.mo.gov',
  phone: '573-555-0100',
  mailingAddress: { line1: '221 W High St', city: 'Jefferson City', zip: '65101' },
  securityQuestions: [{ question: 'First pet?' }],
  group: { name: 'Cole County DSS', position: 'Clerk' },
});

const importRegion = () => screen.getByRole('region', { name: 'Import a profile file' });

/** Choose a file in the "Profile file" box, as the person would. */
function chooseFile(text: string, name = 'jane.mo-efiling-profile.json') {
  const input = within(importRegion()).getByLabelText('Profile file') as HTMLInputElement;
  expect(input.type).toBe('file');
  expect(input.accept).toBe('.json,application/json');
  fireEvent.change(input, { target: { files: [new File([text], name, { type: 'application/json' })] } });
}

const preview = () => within(importRegion()).findByRole('group', { name: 'What the file holds' });
const dd = (box: HTMLElement, term: string) =>
  [...box.querySelectorAll('dt')].find((dt) => dt.textContent === term)?.nextElementSibling?.textContent;

describe('importing a profile file', () => {
  it('refuses a broken file with the reason, and changes nothing', async () => {
    const { store, sent } = await renderOptions((s) => s.save(JANE, null));
    const before = await store.state();
    chooseFile('{"format": "mo-efiling-profile", "version": 1, "profile": ');
    const alert = await within(importRegion()).findByRole('alert');
    expect(alert.textContent).toMatch(/nothing was changed/);
    expect(alert.textContent).toMatch(/not in the expected format \(JSON\)/);
    expect(within(importRegion()).queryByRole('button', { name: 'Import' })).toBeNull();
    expect(sent('profiles/import')).toHaveLength(0);
    expect(await store.state()).toEqual(before);
  });

  it('names the field when the file has a bad value', async () => {
    const { sent } = await renderOptions();
    chooseFile(profileFileText({ ...JANE, email: 'jane-at-dss' }));
    expect((await within(importRegion()).findByRole('alert')).textContent).toMatch(
      /E-mail address is not an e-mail address/,
    );
    expect(within(importRegion()).queryByRole('button', { name: 'Import' })).toBeNull();
    expect(sent('profiles/import')).toHaveLength(0);
  });

  it('shows a preview of a new profile, and adds it only when "Import" is pressed', async () => {
    const { store, sent } = await renderOptions();
    const text = profileFileText(JANE, [
      { screen: 'credentials', signature: 'login id', field: 'username' },
      { screen: 'name-email', signature: 'surname', field: 'lastName' },
    ]);
    chooseFile(text);
    const box = await preview();
    expect(dd(box, 'Profile name')).toBe('Jane at DSS');
    expect(dd(box, 'Name')).toBe('Jane Doe');
    expect(dd(box, 'E-mail address')).toBe('jane.doe@dss.mo.gov');
    expect(dd(box, 'Group name')).toBe('Cole County DSS');
    expect(box.textContent).toContain('Importing adds it as a new profile.');
    expect(box.textContent).toMatch(/Taught fields: 2/);
    expect(box.textContent).not.toMatch(/PIN/);
    expect((await store.state()).profiles).toHaveLength(0);

    fireEvent.click(within(box).getByRole('button', { name: 'Import' }));
    await waitFor(() =>
      expect(within(importRegion()).getByRole('status').textContent).toBe('Imported: profile “Jane at DSS” was added.'),
    );
    expect(sent('profiles/import')).toEqual([{ type: 'profiles/import', text }]);
    expect(within(importRegion()).queryByRole('group', { name: 'What the file holds' })).toBeNull();
    const state = await store.state();
    expect(state.profiles.map((p) => p.data)).toEqual([JANE]);
    expect(await store.rules('name-email')).toEqual([
      { screen: 'name-email', signature: 'surname', field: 'lastName' },
    ]);
    expect(within(screen.getByRole('region', { name: 'Your profiles' })).getByText('Jane at DSS')).toBeTruthy();
  });

  it('previews a file with the same profile name as a change, listing the fields, and replaces that profile', async () => {
    const { store, sent } = await renderOptions((s) => s.save(JANE, null));
    const [existing] = (await store.state()).profiles;
    const changed = {
      ...JANE,
      label: 'jane at dss',
      email: 'jane@dss.mo.gov',
      mailingAddress: { ...JANE.mailingAddress, zip: '65102' },
      group: { ...JANE.group, position: 'Senior clerk' },
    };
    chooseFile(profileFileText(changed));
    const box = await preview();
    expect(box.textContent).toContain('You already have a profile named “Jane at DSS”. Importing changes it:');
    expect(
      within(box)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Profile name', 'E-mail address', 'Mailing address, ZIP code', 'Position']);
    expect(box.textContent).not.toContain('adds it as a new profile');

    fireEvent.click(within(box).getByRole('button', { name: 'Import' }));
    await waitFor(() => expect(within(importRegion()).getByRole('status').textContent).toMatch(/was updated/));
    expect(sent('profiles/import')[0]).toMatchObject({ id: existing!.id });
    const after = (await store.state()).profiles;
    expect(after).toHaveLength(1);
    expect(after[0]).toMatchObject({ id: existing!.id, data: changed });
  });

  it('says a file’s PIN and answers are left out without an unlocked passphrase, and shows the importer’s note', async () => {
    const { store } = await renderOptions();
    chooseFile(
      profileFileText({
        ...JANE,
        securityQuestions: [{ question: 'First pet?', answer: 'Rex' }],
        group: { ...JANE.group, pin: '4417' },
      }),
    );
    const box = await preview();
    expect(box.textContent).toMatch(/The file also holds the group PIN and one security answer/);
    expect(box.textContent).toMatch(/yours is not unlocked, so they will be left out/);
    fireEvent.click(within(box).getByRole('button', { name: 'Import' }));
    const status = within(importRegion()).getByRole('status');
    await waitFor(() => expect(status.textContent).toMatch(/was added/));
    expect(status.textContent).toContain('The PIN and security answers in the file were not kept');
    expect((await store.state()).profiles[0]?.hasSecrets).toBe(false);
  });

  it('keeps a file’s PIN when the passphrase is unlocked', async () => {
    const { store, key } = await renderOptions(async (s, setKey) => {
      setKey(
        await s.setPassphrase('purple tractor morning', null, {
          salt: toBase64(new Uint8Array(16)),
          iterations: 1_000,
        }),
      );
    });
    chooseFile(profileFileText({ ...JANE, group: { ...JANE.group, pin: '4417' } }));
    const box = await preview();
    expect(box.textContent).toMatch(/yours is unlocked, so they will be kept, encrypted/);
    fireEvent.click(within(box).getByRole('button', { name: 'Import' }));
    await waitFor(() => expect(within(importRegion()).getByRole('status').textContent).toMatch(/was added/));
    expect((await store.valuesFor('group-authentication', key()))?.values['group.pin']).toBe('4417');
  });

  it('shows script-like text from a file as text only', async () => {
    await renderOptions();
    const evil = '<img src=x onerror=alert(1)>';
    chooseFile(profileFileText({ ...JANE, label: evil, group: { ...JANE.group, name: '<script>alert(2)</script>' } }));
    const box = await preview();
    expect(dd(box, 'Profile name')).toBe(evil);
    expect(dd(box, 'Group name')).toBe('<script>alert(2)</script>');
    expect(document.querySelector('img')).toBeNull();
    expect(document.querySelector('main script')).toBeNull();
    fireEvent.click(within(box).getByRole('button', { name: 'Import' }));
    await waitFor(() => expect(within(importRegion()).getByRole('status').textContent).toContain(`“${evil}”`));
    expect(document.querySelector('img')).toBeNull();
  });

  it('Cancel drops the preview without importing', async () => {
    const { store, sent } = await renderOptions();
    chooseFile(profileFileText(JANE));
    const box = await preview();
    fireEvent.click(within(box).getByRole('button', { name: 'Cancel' }));
    expect(within(importRegion()).queryByRole('group', { name: 'What the file holds' })).toBeNull();
    expect(sent('profiles/import')).toHaveLength(0);
    expect((await store.state()).profiles).toHaveLength(0);
  });
});

describe('changedFields', () => {
  it('lists nothing for the same profile, and the billing address when one side is "same as mailing"', () => {
    expect(changedFields(JANE, JANE)).toEqual([]);
    const billing = { ...JANE.mailingAddress, line1: 'PO Box 88' };
    expect(changedFields({ ...JANE, billingAddress: billing }, JANE)).toEqual([
      'Billing address (same as mailing or not)',
    ]);
    expect(
      changedFields(
        { ...JANE, billingAddress: billing },
        { ...JANE, billingAddress: { ...billing, city: 'Columbia' } },
      ),
    ).toEqual(['Billing address, city']);
    expect(
      changedFields(
        { ...JANE, noMobarNumber: false, securityQuestions: [...JANE.securityQuestions, { question: 'Car?' }] },
        JANE,
      ),
    ).toEqual(['"I do not have a MOBAR number"', 'Security question 2']);
  });
});
