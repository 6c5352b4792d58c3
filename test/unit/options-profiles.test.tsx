import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { ProfileInput } from '@/lib/profile/profile';
import { parseProfileFile } from '@/lib/profile/profile-file';
import { renderOptions } from '../support/options';

afterEach(cleanup);

const JANE = {
  label: 'Jane at DSS',
  username: 'jane_doe_dss',
  firstName: 'Jane',
  lastName: 'Doe',
  email: 'jane.doe@dss.mo.gov',
  phone: '573-555-0100',
  mailingAddress: { line1: '221 W High St', line2: 'Room 5', city: 'Jefferson City', state: 'MO', zip: '65101' },
  billingAddress: { line1: 'PO Box 88', line2: '', city: 'Jefferson City', state: 'MO', zip: '65102-0088' },
  securityQuestions: [{ question: 'First pet?' }, { question: 'Street you grew up on?' }],
  group: { name: 'Cole County DSS', position: 'Clerk', department: 'Records', supervisor: 'Ann Lee', notes: '', adminEmail: '' },
} satisfies Partial<ProfileInput>;

const region = (name: string) => screen.getByRole('region', { name });
const item = (label: string) =>
  within(region('Your profiles'))
    .getAllByRole('listitem')
    .find((li) => li.querySelector('.profile-label')?.textContent === label)!;
const type = (label: string, value: string) => {
  const input = screen.getByLabelText(label);
  fireEvent.input(input, { target: { value } });
  return input;
};
const save = () => fireEvent.click(screen.getByRole('button', { name: 'Save profile' }));

describe('the profile list', () => {
  it('explains what a profile is when there is none, and shows the sections in order', async () => {
    await renderOptions();
    expect(
      within(region('Your profiles')).getByText(/You have no profile yet\. A profile keeps your details/),
    ).toBeTruthy();
    expect(within(region('Your profiles')).queryByRole('listitem')).toBeNull();
    expect(screen.getByRole('button', { name: 'Add a profile' })).toBeTruthy();
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'Your profiles',
      'Passphrase',
      'Import a profile file',
      'Filling',
      'Taught fields',
      'For group administrators',
      'Delete all data',
    ]);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('marks the active profile and switches to another with "Use this profile"', async () => {
    const { store } = await renderOptions(async (s) => {
      await s.save(JANE, null);
      await s.save({ label: 'Sam at Probation', firstName: 'Sam' }, null);
    });
    const jane = item('Jane at DSS');
    const sam = item('Sam at Probation');
    expect(jane.getAttribute('aria-current')).toBe('true');
    expect(within(jane).getByText('In use')).toBeTruthy();
    expect(within(jane).queryByRole('button', { name: 'Use this profile' })).toBeNull();
    expect(sam.getAttribute('aria-current')).toBeNull();

    fireEvent.click(within(sam).getByRole('button', { name: 'Use this profile' }));
    await waitFor(() => expect(item('Sam at Probation').getAttribute('aria-current')).toBe('true'));
    expect(item('Jane at DSS').getAttribute('aria-current')).toBeNull();
    const state = await store.state();
    expect(state.profiles.find((p) => p.id === state.activeProfileId)?.data.label).toBe('Sam at Probation');
    expect(within(region('Your profiles')).getByRole('status').textContent).toMatch(
      /“Sam at Probation” is now the profile used/,
    );
  });

  it('deletes a profile only after a confirmation naming it; Escape and "Keep it" cancel', async () => {
    const { store, sent } = await renderOptions(async (s) => {
      await s.save(JANE, null);
      await s.save({ label: 'Sam at Probation' }, null);
    });
    const opener = within(item('Jane at DSS')).getByRole('button', { name: 'Delete…' });
    fireEvent.click(opener);
    const keep = within(item('Jane at DSS')).getByRole('button', { name: 'Keep it' });
    expect(within(item('Jane at DSS')).getByRole('group', { name: /Delete profile/ }).textContent).toContain(
      'Delete profile “Jane at DSS”? This cannot be undone.',
    );
    expect(document.activeElement).toBe(keep);
    fireEvent.keyDown(keep, { key: 'Escape' });
    expect(within(item('Jane at DSS')).queryByRole('button', { name: 'Yes, delete' })).toBeNull();
    expect(document.activeElement?.textContent).toBe('Delete…');
    expect(item('Jane at DSS').contains(document.activeElement)).toBe(true);

    fireEvent.click(within(item('Jane at DSS')).getByRole('button', { name: 'Delete…' }));
    fireEvent.click(within(item('Jane at DSS')).getByRole('button', { name: 'Keep it' }));
    expect(sent('profiles/delete')).toHaveLength(0);

    fireEvent.click(within(item('Jane at DSS')).getByRole('button', { name: 'Delete…' }));
    fireEvent.click(within(item('Jane at DSS')).getByRole('button', { name: 'Yes, delete' }));
    await waitFor(() => expect(item('Jane at DSS')).toBeUndefined());
    expect((await store.state()).profiles.map((p) => p.data.label)).toEqual(['Sam at Probation']);
    expect(within(region('Your profiles')).getByRole('status').textContent).toBe('Profile “Jane at DSS” was deleted.');
  });

  it('exports a file that parseProfileFile accepts, named after the profile', async () => {
    const { download } = await renderOptions((s) => s.save(JANE, null));
    fireEvent.click(within(item('Jane at DSS')).getByRole('button', { name: 'Export' }));
    await waitFor(() => expect(download).toHaveBeenCalledTimes(1));
    const [filename, text] = download.mock.calls[0]!;
    expect(filename).toBe('Jane at DSS.mo-efiling-profile.json');
    const parsed = parseProfileFile(text);
    expect(parsed.ok && parsed.value.profile).toMatchObject({
      label: 'Jane at DSS',
      email: 'jane.doe@dss.mo.gov',
      group: { name: 'Cole County DSS' },
    });
    expect(within(region('Your profiles')).getByRole('status').textContent).toMatch(
      /no password, security answers or PIN/,
    );
  });

  it('shows a failed action inside the profile it concerns', async () => {
    const { failures, download } = await renderOptions((s) => s.save(JANE, null));
    failures.set('profiles/export', 'That profile no longer exists.');
    fireEvent.click(within(item('Jane at DSS')).getByRole('button', { name: 'Export' }));
    expect((await within(item('Jane at DSS')).findByRole('alert')).textContent).toBe('That profile no longer exists.');
    expect(download).not.toHaveBeenCalled();
  });

  it('renders a script-like profile name as text only', async () => {
    const evil = '<img src=x onerror=alert(1)>';
    await renderOptions((s) => s.save({ label: evil, firstName: '<b>Bold</b>' }, null));
    expect(item(evil)).toBeTruthy();
    expect(within(region('Your profiles')).getByText('<b>Bold</b>')).toBeTruthy();
    expect(document.querySelector('img')).toBeNull();
    expect(document.querySelector('main b')).toBeNull();
    fireEvent.click(within(item(evil)).getByRole('button', { name: 'Delete…' }));
    expect(within(item(evil)).getByText(`Delete profile “${evil}”? This cannot be undone.`)).toBeTruthy();
    fireEvent.click(within(item(evil)).getByRole('button', { name: 'Edit' }));
    expect(screen.getByRole('heading', { name: `Edit “${evil}”` })).toBeTruthy();
    expect((screen.getByLabelText('Profile name') as HTMLInputElement).value).toBe(evil);
    expect(document.querySelector('img')).toBeNull();
  });
});

describe('the profile form', () => {
  it('checks fields on blur and on save, names each field, then saves once they are fixed', async () => {
    const { store, sent } = await renderOptions();
    fireEvent.click(screen.getByRole('button', { name: 'Add a profile' }));
    const heading = screen.getByRole('heading', { name: 'Add a profile' });
    expect(document.activeElement).toBe(heading);
    expect(screen.queryByRole('button', { name: 'Add a profile' })).toBeNull();
    expect(
      screen
        .getAllByRole('group')
        .map((g) => g.querySelector('legend')?.textContent)
        .filter(Boolean),
    ).toEqual(['About you', 'Mailing address', 'Billing address', 'Security questions', 'Your group']);
    expect((screen.getByLabelText('Mailing address, state') as HTMLInputElement).value).toBe('MO');
    expect((screen.getByLabelText('I do not have a MOBAR number') as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText('Same as mailing address') as HTMLInputElement).checked).toBe(true);
    expect(screen.queryByLabelText('Billing address, street')).toBeNull();

    const email = type('E-mail address', 'jane@');
    expect(email.getAttribute('aria-invalid')).toBeNull(); // not before the person leaves the box
    fireEvent.blur(email);
    const emailError = document.getElementById(email.getAttribute('aria-describedby')!.split(' ')[0]!)!;
    expect(email.getAttribute('aria-invalid')).toBe('true');
    expect(emailError.textContent).toBe(
      'E-mail address is not an e-mail address (it should look like name@agency.mo.gov).',
    );
    // Other untouched fields stay quiet until saving.
    expect(screen.getByLabelText('Profile name').getAttribute('aria-invalid')).toBeNull();

    type('Mailing address, ZIP code', '6510');
    save();
    await waitFor(() =>
      expect(screen.getByLabelText('Mailing address, ZIP code').getAttribute('aria-invalid')).toBe('true'),
    );
    const zip = screen.getByLabelText('Mailing address, ZIP code');
    expect(document.getElementById(`${zip.id}-error`)?.textContent).toBe(
      'Mailing address, ZIP code must be 5 digits, or ZIP+4 like 65101-1234.',
    );
    expect(document.getElementById('pf-label-error')?.textContent).toMatch(/^Profile name /);
    expect(document.activeElement).toBe(screen.getByLabelText('Profile name'));
    expect(within(region('Add a profile')).getByRole('alert').textContent).toMatch(
      /Nothing was saved yet: 3 boxes need a change/,
    );
    expect(sent('profiles/save')).toHaveLength(0);

    type('Profile name', 'Jane at DSS');
    type('E-mail address', 'jane.doe@dss.mo.gov');
    type('Mailing address, ZIP code', '65101');
    type('First name', 'Jane');
    type('Security question 1', 'First pet?');
    expect(screen.queryByRole('alert')).toBeNull();
    save();
    await waitFor(() => expect(item('Jane at DSS')).toBeTruthy());
    expect(screen.queryByRole('heading', { name: 'Add a profile' })).toBeNull();
    expect(within(region('Your profiles')).getByRole('status').textContent).toBe('Profile “Jane at DSS” saved.');
    const [saved] = (await store.state()).profiles;
    expect(saved?.data).toMatchObject({
      label: 'Jane at DSS',
      firstName: 'Jane',
      email: 'jane.doe@dss.mo.gov',
      noMobarNumber: true,
      billingAddress: null,
      mailingAddress: { zip: '65101', state: 'MO' },
      securityQuestions: [{ question: 'First pet?' }],
    });
    expect(saved?.hasSecrets).toBe(false);
    expect(sent('profiles/save')[0]).not.toHaveProperty('password');
    expect(sent('profiles/save')[0]).not.toHaveProperty('id');
  });

  it('shows warnings that do not stop saving', async () => {
    const { store } = await renderOptions();
    fireEvent.click(screen.getByRole('button', { name: 'Add a profile' }));
    type('Profile name', 'Short');
    fireEvent.blur(type('User name', 'jane'));
    expect(screen.getByText(/User name: the court may ask for 10 to 20 letters/)).toBeTruthy();
    expect(screen.getByLabelText('User name').getAttribute('aria-invalid')).toBeNull();
    save();
    await waitFor(() => expect(item('Short')).toBeTruthy());
    expect((await store.state()).profiles[0]?.data.username).toBe('jane');
  });

  it('edits a profile: every saved value is in the form, and only what changed is changed', async () => {
    const { store, sent } = await renderOptions((s) => s.save(JANE, null));
    const before = (await store.state()).profiles[0]!;
    fireEvent.click(within(item('Jane at DSS')).getByRole('button', { name: 'Edit' }));
    const value = (label: string) => (screen.getByLabelText(label) as HTMLInputElement).value;
    expect(value('Profile name')).toBe('Jane at DSS');
    expect(value('User name')).toBe('jane_doe_dss');
    expect(value('Last name')).toBe('Doe');
    expect(value('Phone number')).toBe('573-555-0100');
    expect(value('Mailing address, second line')).toBe('Room 5');
    expect((screen.getByLabelText('Same as mailing address') as HTMLInputElement).checked).toBe(false);
    expect(value('Billing address, ZIP code')).toBe('65102-0088');
    expect(value('Security question 2')).toBe('Street you grew up on?');
    expect(value('Security question 3')).toBe('');
    expect(value('Supervisor')).toBe('Ann Lee');

    type('Phone number', '(816) 555-0199');
    save();
    await waitFor(() => expect(screen.queryByRole('heading', { name: 'Edit “Jane at DSS”' })).toBeNull());
    expect(sent('profiles/save')[0]).toMatchObject({ id: before.id });
    const after = (await store.state()).profiles;
    expect(after).toHaveLength(1);
    expect(after[0]!.data).toEqual({ ...before.data, phone: '(816) 555-0199' });
  });

  it('saves a billing address of its own when "Same as mailing address" is unticked', async () => {
    const { store } = await renderOptions();
    fireEvent.click(screen.getByRole('button', { name: 'Add a profile' }));
    type('Profile name', 'Jane');
    fireEvent.click(screen.getByLabelText('Same as mailing address'));
    type('Billing address, street', 'PO Box 88');
    type('Billing address, ZIP code', '65102');
    fireEvent.click(screen.getByLabelText('I do not have a MOBAR number'));
    save();
    await waitFor(() => expect(item('Jane')).toBeTruthy());
    expect((await store.state()).profiles[0]?.data).toMatchObject({
      noMobarNumber: false,
      billingAddress: { line1: 'PO Box 88', zip: '65102', state: 'MO' },
    });
  });

  it('keeps everything typed when saving fails, and saves on the next try', async () => {
    const { store, failures } = await renderOptions();
    fireEvent.click(screen.getByRole('button', { name: 'Add a profile' }));
    type('Profile name', 'Jane at DSS');
    type('Notes for your administrator', 'Starts Monday');
    failures.set('profiles/save', 'Your browser has no room left to save this. Free some disk space, then try again.');
    save();
    expect((await within(region('Add a profile')).findByRole('alert')).textContent).toBe(
      'Your browser has no room left to save this. Free some disk space, then try again.',
    );
    expect((screen.getByLabelText('Profile name') as HTMLInputElement).value).toBe('Jane at DSS');
    expect((screen.getByLabelText('Notes for your administrator') as HTMLTextAreaElement).value).toBe('Starts Monday');
    expect((await store.state()).profiles).toHaveLength(0);
    save();
    await waitFor(() => expect(item('Jane at DSS')).toBeTruthy());
    expect((await store.state()).profiles[0]?.data.group.notes).toBe('Starts Monday');
  });

  it('Cancel returns to the list without saving', async () => {
    const { sent } = await renderOptions((s) => s.save(JANE, null));
    fireEvent.click(within(item('Jane at DSS')).getByRole('button', { name: 'Edit' }));
    type('First name', 'Janet');
    fireEvent.click(within(region('Edit “Jane at DSS”')).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('region', { name: 'Edit “Jane at DSS”' })).toBeNull();
    expect(sent('profiles/save')).toHaveLength(0);
    expect(item('Jane at DSS').textContent).toContain('Jane Doe');
  });

  it('without a passphrase, says secrets are not saved and has no boxes for them', async () => {
    await renderOptions();
    fireEvent.click(screen.getByRole('button', { name: 'Add a profile' }));
    expect(
      within(region('Add a profile')).getByText(
        'Without a passphrase, your password, security answers and PIN are not saved: you type them on the court site yourself.',
      ),
    ).toBeTruthy();
    expect(screen.queryByLabelText('Password')).toBeNull();
    expect(screen.queryByLabelText('Group PIN')).toBeNull();
    expect(screen.queryByLabelText('Answer to security question 1')).toBeNull();
    expect(region('Add a profile').querySelector('input[type="password"]')).toBeNull();
  });

  it('gives every control a visible label and every button a name', async () => {
    await renderOptions((s) => s.save(JANE, null));
    fireEvent.click(within(item('Jane at DSS')).getByRole('button', { name: 'Edit' }));
    const controls = [...document.querySelectorAll<HTMLElement>('input, textarea, select')];
    expect(controls.length).toBeGreaterThan(20);
    for (const c of controls) {
      const label = document.querySelector(`label[for="${c.id}"]`);
      expect(label, `label for #${c.id}`).toBeTruthy();
      const visible = [...label!.childNodes]
        .filter((n) => !(n instanceof HTMLElement && n.classList.contains('sr-only')))
        .map((n) => n.textContent)
        .join('')
        .trim();
      expect(visible, `visible label for #${c.id}`).not.toBe('');
    }
    for (const b of screen.getAllByRole('button')) expect(b.textContent?.trim()).toBeTruthy();
  });
});
