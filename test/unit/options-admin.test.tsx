import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import Papa from 'papaparse';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { GroupProfileSchema } from '@/lib/profile/group-profile';
import { parseProfileFile } from '@/lib/profile/profile-file';
import { ROSTER_CSV_COLUMNS } from '@/lib/sharing/roster';
import { toBase64 } from '@/lib/storage/secret-box';
import { SHARE_CODE_MESSAGES, decodeShareCode } from '@/lib/sharing/share-code';
import { renderOptions } from '../support/options';

afterEach(cleanup);

/** A vault with few rounds, so setting and unlocking it in a test is quick. */
const FAST_VAULT = { salt: toBase64(new Uint8Array(16)), iterations: 1_000 };
const adminRegion = () => screen.getByRole('region', { name: 'For group administrators' });
const admin = () => within(adminRegion());

/** Press "I am a group administrator" and wait for the group profile to load. */
async function openAdmin() {
  const opener = admin().getByRole('button', { name: 'I am a group administrator' });
  expect(opener.getAttribute('aria-expanded')).toBe('false');
  expect(admin().queryByLabelText('Group name')).toBeNull();
  fireEvent.click(opener);
  expect(opener.getAttribute('aria-expanded')).toBe('true');
  await admin().findByLabelText('Group name');
}

const box = (label: string) => admin().getByLabelText(label) as HTMLInputElement | HTMLTextAreaElement;
function type(label: string, value: string, blur = false) {
  const el = box(label);
  fireEvent.input(el, { target: { value } });
  if (blur) fireEvent.blur(el);
}

const GROUP = {
  groupName: 'Cole County DSS',
  mailingAddress: { line1: '1716 Four Seasons Dr', line2: '', city: 'Jefferson City', state: 'MO', zip: '65101' },
  billingAddress: null,
  phone: '573-555-0142',
  department: 'Children’s Division',
  supervisor: 'Ann Smith',
  position: '',
  note: 'Questions? Call Ann at extension 4410.',
  adminEmail: 'ann.smith@dss.mo.gov',
  rules: [],
};

/** Fill the form with GROUP, as an administrator would. */
function fillGroup() {
  type('Group name', GROUP.groupName);
  type('Mailing address, street', GROUP.mailingAddress.line1);
  type('Mailing address, city', GROUP.mailingAddress.city);
  type('Mailing address, ZIP code', GROUP.mailingAddress.zip);
  type('Phone number', GROUP.phone);
  type('Department', GROUP.department);
  type('Supervisor', GROUP.supervisor);
  type('Note to users', GROUP.note);
  type('Your e-mail, for your users’ questions', GROUP.adminEmail);
}

const shareCodeBox = () => admin().findByLabelText('Share code for your users') as Promise<HTMLTextAreaElement>;
const PASSPHRASE = 'blue heron at noon';

function stubClipboard(writeText: (text: string) => Promise<void>) {
  const spy = vi.fn(writeText);
  Object.defineProperty(navigator, 'clipboard', { value: { writeText: spy }, configurable: true });
  return spy;
}

describe('the administrator section', () => {
  it('is closed until asked for, then checks each box and says what is wrong next to it', async () => {
    const { sent } = await renderOptions();
    await openAdmin();
    expect(sent('admin/get')).toHaveLength(1);
    expect(admin().getByText(/Their position is left for each user/)).toBeTruthy();
    expect(
      admin().getByText(
        'Optional. Saved on this computer only encrypted under your own passphrase, and only while it is unlocked. Share codes that hold it are locked with a passphrase, and the group profile file leaves it out.',
      ),
    ).toBeTruthy();

    type('Group name', '   ', true);
    type('Phone number', '555-01', true);
    type('Mailing address, ZIP code', '651', true);
    type('Note to users', 'x'.repeat(501), true);
    const message = (label: string) => document.getElementById(`${box(label).id}-error`)?.textContent ?? '(no message)';
    expect(message('Group name')).toBe(
      'Group name is missing: give the group’s name as the court’s “Group Name” shows it.',
    );
    expect(message('Phone number')).toBe('Phone number should have 10 digits, like 573-555-0100.');
    expect(message('Mailing address, ZIP code')).toBe(
      'Mailing address, ZIP code must be 5 digits, or ZIP+4 like 65101-1234.',
    );
    expect(message('Note to users')).toBe('Note to users must be 500 characters or fewer.');
    expect(box('Note to users').getAttribute('aria-describedby')).toContain(`${box('Note to users').id}-hint`);
    expect(admin().getByText(/^501 of 500 characters/)).toBeTruthy();
    expect(box('Phone number').getAttribute('aria-invalid')).toBe('true');
    // A box not yet visited shows nothing.
    expect(document.getElementById(`${box('Department').id}-error`)).toBeNull();

    fireEvent.click(admin().getByRole('button', { name: 'Save group profile' }));
    expect((await admin().findByRole('alert')).textContent).toBe(
      'Nothing was saved yet: 4 boxes need a change (marked above).',
    );
    expect(document.activeElement).toBe(box('Group name'));
    expect(sent('admin/save')).toHaveLength(0);

    // The download and the share code refuse too, with the same messages.
    fireEvent.click(admin().getByRole('button', { name: 'Make a share code' }));
    const share = admin().getByRole('group', { name: 'Share with your users' });
    expect(within(share).getByRole('alert').textContent).toContain('Fix the group profile above first:');
    expect(within(share).getByRole('alert').textContent).toContain('Phone number should have 10 digits');
    expect(admin().queryByLabelText('Share code for your users')).toBeNull();
  });

  it('saves the group profile without its PIN, and without a passphrase of the person’s own keeps no PIN at all', async () => {
    const { store, sent } = await renderOptions();
    await openAdmin();
    fillGroup();
    type('Group PIN', '4417');
    fireEvent.click(admin().getByRole('button', { name: 'Save group profile' }));
    await waitFor(() =>
      expect(
        admin().getByText(
          'Group profile saved on this computer, without the group PIN and the passphrase for share codes: they are kept only encrypted under your own passphrase, which is not unlocked. Unlock it (under “Passphrase”), then press “Save group profile” again.',
        ),
      ).toBeTruthy(),
    );
    expect(await store.adminSecrets(null)).toBeNull();
    const [request] = sent('admin/save');
    expect(request).toMatchObject({ group: GROUP });
    expect(JSON.stringify(request)).not.toContain('4417');
    const saved = await store.adminGroup();
    expect(saved).toEqual(GROUP);
    expect(saved).not.toHaveProperty('pin');
    expect(JSON.stringify(saved)).not.toContain('4417');

    // A new visit: the saved group profile fills the form; the PIN box starts empty.
    cleanup();
    const again = await renderOptions();
    await openAdmin();
    expect(again.sent('admin/get')).toHaveLength(1);
    expect(box('Group name').value).toBe('Cole County DSS');
    expect(box('Mailing address, ZIP code').value).toBe('65101');
    expect(box('Note to users').value).toBe(GROUP.note);
    expect(box('Group PIN').value).toBe('');
    expect((admin().getByLabelText('Same as mailing address') as HTMLInputElement).checked).toBe(true);
    expect(admin().getByText('Your saved group profile. Change what you need, then save it again.')).toBeTruthy();
  });

  it('keeps the PIN and the code passphrase encrypted under the unlocked passphrase, and puts them back next visit', async () => {
    const MINE = 'purple tractor morning';
    const { db } = await renderOptions(async (s, setKey) => setKey(await s.setPassphrase(MINE, null, FAST_VAULT)));
    await openAdmin();
    fillGroup();
    type('Group PIN', '4417');
    type('Passphrase for the share codes', 'blue heron at noon');
    type('Passphrase again', 'blue heron at noon');
    fireEvent.click(admin().getByRole('button', { name: 'Save group profile' }));
    await admin().findByText(
      'Group profile saved on this computer. The group PIN and the passphrase for share codes are kept too, encrypted under your own passphrase.',
    );
    // At rest: sealed, never in plain text.
    const raw = JSON.stringify(await (await db).get('settings', 'adminSecrets'));
    expect(raw).toMatch(/^\{"iv":"[^"]+","data":"[^"]+"\}$/);
    expect(raw).not.toContain('4417');
    expect(raw).not.toContain('blue heron');
    expect(JSON.stringify(await (await db).get('settings', 'adminGroup'))).not.toContain('4417');

    // A reload, unlocked: both are back in their boxes.
    cleanup();
    await renderOptions(async (s, setKey) => setKey(await s.unlock(MINE)));
    await openAdmin();
    await admin().findByText('Your group PIN and passphrase for share codes are back in their boxes.');
    expect(box('Group PIN').value).toBe('4417');
    expect(box('Passphrase for the share codes').value).toBe('blue heron at noon');
    expect(box('Passphrase again').value).toBe('blue heron at noon');
  });

  it('locked: says the PIN is kept, keeps it through a save, and unlocking in place puts it back', async () => {
    const MINE = 'purple tractor morning';
    let key: CryptoKey | null = null;
    const { store, sent } = await renderOptions(async (s) => {
      key = await s.setPassphrase(MINE, null, FAST_VAULT);
      await s.setAdminGroup(GROUP);
      await s.setAdminSecrets(key, { pin: '4417', codePassphrase: 'blue heron at noon' });
    });
    await openAdmin();
    const kept = await admin().findByRole('group', { name: 'Your group PIN is kept, locked' });
    expect(kept.textContent).toContain(
      'The group PIN and the passphrase for share codes you saved are kept encrypted under your own passphrase. Unlock it to have them back in their boxes.',
    );
    expect(box('Group PIN').value).toBe('');

    // Saving while locked leaves what is kept alone (its boxes were never filled).
    fireEvent.click(admin().getByRole('button', { name: 'Save group profile' }));
    await admin().findByText('Group profile saved on this computer.');
    expect(sent('admin/keep-secrets')).toHaveLength(0);
    expect(await store.adminSecrets(key)).toEqual({ pin: '4417', codePassphrase: 'blue heron at noon' });

    fireEvent.input(within(kept).getByLabelText('Passphrase'), { target: { value: MINE } });
    fireEvent.click(within(kept).getByRole('button', { name: 'Unlock' }));
    await waitFor(() => expect(box('Group PIN').value).toBe('4417'));
    expect(box('Passphrase for the share codes').value).toBe('blue heron at noon');
    expect(admin().queryByRole('group', { name: 'Your group PIN is kept, locked' })).toBeNull();
  });

  it('downloads the group profile file, which reads back as a group profile (without the PIN)', async () => {
    const { download } = await renderOptions((s) =>
      s.setAdminGroup({ ...GROUP, rules: [{ screen: 'name-email', signature: 'surname', field: 'lastName' }] }),
    );
    await openAdmin();
    expect(admin().getByText(/^Taught fields: 1/)).toBeTruthy();
    type('Group PIN', '4417');
    fireEvent.click(admin().getByRole('button', { name: 'Download group profile file' }));
    expect(download).toHaveBeenCalledTimes(1);
    const [filename, text] = download.mock.calls[0]!;
    expect(filename).toBe('Cole County DSS.mo-efiling-group.json');
    const parsed = parseProfileFile(text);
    expect(parsed.ok && parsed.value.kind).toBe('group');
    if (!parsed.ok || parsed.value.kind !== 'group') throw new Error('not a group file');
    expect(parsed.value.group).toEqual({
      ...GROUP,
      rules: [{ screen: 'name-email', signature: 'surname', field: 'lastName' }],
    });
    expect(text).not.toContain('4417');
    expect(admin().getByText(/was saved in your downloads\. .*It does not hold the PIN/)).toBeTruthy();
  });

  it('makes a share code without a PIN that reads back as the group, and copies it', async () => {
    await renderOptions();
    await openAdmin();
    fillGroup();
    expect(admin().queryByLabelText('Passphrase for the share codes')).toBeNull();
    fireEvent.click(admin().getByRole('button', { name: 'Make a share code' }));
    const code = await shareCodeBox();
    expect(code.readOnly).toBe(true);
    expect(code.value).toMatch(/^MOEF3-/);
    expect(code.value).toContain('\n'); // wrapped for an e-mail
    const oneLine = code.value.replace(/\n/g, '');
    expect(admin().getByText(`${oneLine.length.toLocaleString('en-US')} characters.`)).toBeTruthy();
    const decoded = await decodeShareCode(code.value);
    expect(decoded.ok && decoded.locked).toBe(false);
    expect(decoded.ok && decoded.file).toEqual({
      format: 'mo-efiling-profile',
      version: 3,
      kind: 'group',
      group: GroupProfileSchema.parse(GROUP),
    });

    const copied = stubClipboard(async () => {});
    fireEvent.click(admin().getByRole('button', { name: 'Copy share code' }));
    await waitFor(() => expect(admin().getByText(/^Copied\. Paste it into your message/)).toBeTruthy());
    expect(copied).toHaveBeenCalledWith(code.value);

    // Copying refused: the code is selected so the person can copy it by hand.
    stubClipboard(async () => {
      throw new Error('denied');
    });
    fireEvent.click(admin().getByRole('button', { name: 'Copy share code' }));
    await waitFor(() => expect(admin().getByText(/did not let the extension copy it/)).toBeTruthy());
    expect(document.activeElement).toBe(code);
    expect([code.selectionStart, code.selectionEnd]).toEqual([0, code.value.length]);

    // Changing the group profile makes the code out of date.
    type('Phone number', '573-555-0199');
    expect(admin().queryByLabelText('Share code for your users')).toBeNull();
    expect(admin().getByText(/You changed the group profile after making the share code/)).toBeTruthy();
  });

  it('with a PIN, requires a passphrase typed twice, and the code opens only with it', async () => {
    await renderOptions();
    await openAdmin();
    fillGroup();
    type('Group PIN', '4417');
    const share = within(admin().getByRole('group', { name: 'Share with your users' }));
    expect(share.getByText(/never in the same\s+e-mail as the code/)).toBeTruthy();
    // Where the code passphrase goes: kept with the group profile, only encrypted (never "not saved").
    expect(share.getByText(/^At least 8 characters\./).textContent).toBe(
      'At least 8 characters. A short sentence is easy to say over the phone. Saving the group profile keeps it, encrypted under your own passphrase, once that is set and unlocked.',
    );

    fireEvent.click(share.getByRole('button', { name: 'Make a share code' }));
    expect(share.getByRole('alert').textContent).toBe(
      'Passphrase for the share codes: use at least 8 characters (a short sentence is easy to remember).',
    );
    expect(share.getByLabelText('Passphrase for the share codes').getAttribute('aria-invalid')).toBe('true');
    expect(admin().queryByLabelText('Share code for your users')).toBeNull();

    type('Passphrase for the share codes', PASSPHRASE);
    type('Passphrase again', 'blue heron at nine');
    fireEvent.click(share.getByRole('button', { name: 'Make a share code' }));
    expect(share.getByRole('alert').textContent).toBe(
      'Passphrase again does not match: type the same passphrase twice.',
    );
    // The roster follows the same rule.
    fireEvent.input(admin().getByLabelText('Paste the roster (CSV)'), {
      target: { value: 'First name,Last name,E-mail\nJane,Doe,jane.doe@dss.mo.gov\n' },
    });
    await admin().findByRole('table', { name: /The roster: 1 person, all ready/ });
    fireEvent.click(admin().getByRole('button', { name: 'Make a code for each person' }));
    expect(
      admin()
        .getAllByRole('alert')
        .map((a) => a.textContent),
    ).toContain('Passphrase again does not match: type the same passphrase twice.');
    expect(admin().queryByRole('table', { name: 'Each person’s share code' })).toBeNull();

    type('Passphrase again', PASSPHRASE);
    fireEvent.click(share.getByRole('button', { name: 'Make a share code' }));
    const code = await waitFor(() => shareCodeBox(), { timeout: 5000 });
    expect(code.value).toMatch(/^MOEF3E-/);
    expect(share.getByText(/Locked with your passphrase/)).toBeTruthy();

    const closed = await decodeShareCode(code.value);
    expect(closed).toEqual({ ok: false, error: SHARE_CODE_MESSAGES.needsPassphrase, needsPassphrase: true });
    const opened = await decodeShareCode(code.value, PASSPHRASE);
    expect(opened.ok && opened.file.kind === 'group' && opened.file.group.pin).toBe('4417');
  });

  it('reads a pasted roster and marks each line with a problem, in words', async () => {
    await renderOptions();
    await openAdmin();
    fireEvent.input(admin().getByLabelText('Paste the roster (CSV)'), {
      target: {
        value:
          'First name,Last name,E-mail,Badge #\n' +
          'Jane,Doe,jane.doe@dss.mo.gov,17\n' +
          'Bob,,bob@dss.mo.gov,18\n' +
          'Ann,Lee,ann-at-dss,19\n',
      },
    });
    const table = await admin().findByRole('table', { name: 'The roster: 3 people, 2 need a fix' });
    expect(admin().getByText('Columns not used: Badge #.')).toBeTruthy();
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((th) => th.getAttribute('scope'));
    expect(new Set(headers)).toEqual(new Set(['col']));
    const line = (n: number) =>
      within(table)
        .getByRole('rowheader', { name: String(n) })
        .closest('tr')!;
    expect(line(2).textContent).toMatch(/Ready$/);
    expect(line(3).textContent).toContain('Needs a fix:');
    expect(line(3).textContent).toContain('Last name is missing.');
    expect(line(4).textContent).toContain('Needs a fix:');
    expect(line(4).textContent).toContain('E-mail address is not an e-mail address');
    expect(admin().getByText(/2 lines have a problem and will get no code until fixed/)).toBeTruthy();

    // Not a roster at all: the reason, as an alert.
    fireEvent.input(admin().getByLabelText('Paste the roster (CSV)'), { target: { value: 'Phone,Badge\n1,2\n' } });
    expect((await admin().findByRole('alert')).textContent).toMatch(
      /The roster’s first line \(line 1\) should name its columns, with at least First name, Last name and E-mail\. It has: Phone, Badge\./,
    );
  });

  it('makes a code for each ready person, showing progress, each code for the right person, and the mail-merge file', async () => {
    const { download } = await renderOptions((s) => s.setAdminGroup(GROUP));
    await openAdmin();
    fireEvent.change(admin().getByLabelText('Roster file (CSV)'), {
      target: {
        files: [
          new File(
            [
              'Last name,First name,Work e-mail,Job title\r\n' +
                'Doe,Jane,jane.doe@dss.mo.gov,Clerk\r\n' +
                'Núñez,José,jose.nunez@dss.mo.gov,\r\n' +
                'Lee,Ann,,Intake\r\n',
            ],
            'staff.csv',
            { type: 'text/csv' },
          ),
        ],
      },
    });
    await admin().findByRole('table', { name: 'The roster: 3 people, 1 needs a fix' });
    expect(admin().getByText(/Read from “staff\.csv”/)).toBeTruthy();

    fireEvent.click(admin().getByRole('button', { name: 'Make a code for each person' }));
    expect(admin().getByText('Making 2 codes…')).toBeTruthy();
    const codes = await admin().findByRole('table', { name: 'Each person’s share code' });
    expect(admin().queryByText('Making 2 codes…')).toBeNull();
    expect(admin().getByRole('heading', { name: 'Share codes for 2 people' })).toBeTruthy();
    expect(admin().getByText(/1 line of the roster got no code/)).toBeTruthy();
    expect(
      within(codes)
        .getAllByRole('rowheader')
        .map((th) => th.textContent),
    ).toEqual(['Jane Doe', 'José Núñez']);

    const copied = stubClipboard(async () => {});
    fireEvent.click(within(codes).getByRole('button', { name: 'Copy the code for José Núñez' }));
    await waitFor(() => expect(copied).toHaveBeenCalledTimes(1));
    const jose = await decodeShareCode(copied.mock.calls[0]![0]);
    if (!jose.ok || jose.file.kind !== 'group') throw new Error('the copied code does not open');
    expect(jose.file.person).toEqual({
      firstName: 'José',
      lastName: 'Núñez',
      email: 'jose.nunez@dss.mo.gov',
      position: '',
      department: '',
      supervisor: '',
    });
    expect(jose.file.group.groupName).toBe('Cole County DSS');
    await waitFor(() => expect(admin().getByText('Copied the share code for José Núñez.')).toBeTruthy());

    fireEvent.click(admin().getByRole('button', { name: 'Download for a mail merge (CSV)' }));
    expect(download).toHaveBeenCalledTimes(1);
    const [filename, csv] = download.mock.calls[0]!;
    expect(filename).toBe('Cole County DSS.share-codes.csv');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const table = Papa.parse<string[]>(csv.slice(1).trim()).data;
    expect(table[0]).toEqual([...ROSTER_CSV_COLUMNS]);
    expect(table.slice(1).map((r) => r.slice(0, 3))).toEqual([
      ['Jane', 'Doe', 'jane.doe@dss.mo.gov'],
      ['José', 'Núñez', 'jose.nunez@dss.mo.gov'],
    ]);
    const jane = await decodeShareCode(table[1]![3]!);
    expect(jane.ok && jane.file.kind === 'group' && jane.file.person).toMatchObject({
      firstName: 'Jane',
      email: 'jane.doe@dss.mo.gov',
      position: 'Clerk',
    });
    expect(admin().getByText(/“Cole County DSS\.share-codes\.csv” was saved in your downloads/)).toBeTruthy();
  });

  it('remembers that this person uses the tools: they open by themselves after a reload, until closed', async () => {
    await fakeBrowser.storage.local.clear();
    await renderOptions();
    await openAdmin();
    await waitFor(async () => expect(await fakeBrowser.storage.local.get('adminMode')).toEqual({ adminMode: true }));
    cleanup(); // the page reloaded
    await renderOptions();
    await admin().findByLabelText('Group name');
    const opener = admin().getByRole('button', { name: 'I am a group administrator' });
    expect(opener.getAttribute('aria-expanded')).toBe('true');
    fireEvent.click(opener);
    await waitFor(async () => expect(await fakeBrowser.storage.local.get('adminMode')).toEqual({}));
  });

  it('adds one person without a CSV, refuses the same address twice, and copies their ready e-mail', async () => {
    await fakeBrowser.storage.local.clear();
    await renderOptions((s) => s.setAdminGroup(GROUP));
    await openAdmin();
    const addForm = within(admin().getByRole('form', { name: 'Add one person' }));
    const add = (first: string, last: string, email: string) => {
      fireEvent.input(addForm.getByLabelText('First name'), { target: { value: first } });
      fireEvent.input(addForm.getByLabelText('Last name'), { target: { value: last } });
      fireEvent.input(addForm.getByLabelText('E-mail address'), { target: { value: email } });
      fireEvent.click(addForm.getByRole('button', { name: 'Add this person' }));
    };
    add('Li', 'Wei', 'li.wei@dss.mo.gov');
    const table = await admin().findByRole('table', { name: /The roster: 1 person/ });
    expect(within(table).getByRole('rowheader').textContent).toBe('added');
    expect(within(table).getByRole('cell', { name: 'li.wei@dss.mo.gov' })).toBeTruthy();
    expect((addForm.getByLabelText('First name') as HTMLInputElement).value).toBe('');

    add('Li', 'Wei', 'LI.WEI@dss.mo.gov');
    expect(addForm.getByRole('alert').textContent).toBe(
      'E-mail address LI.WEI@dss.mo.gov is already on the roster: you added it before.',
    );

    fireEvent.click(admin().getByRole('button', { name: 'Make a code for each person' }));
    const codes = await admin().findByRole('table', { name: 'Each person’s share code' });
    const copied = stubClipboard(async () => {});
    fireEvent.click(within(codes).getByRole('button', { name: 'Copy e-mail for Li Wei' }));
    await waitFor(() => expect(copied).toHaveBeenCalledTimes(1));
    const mail = copied.mock.calls[0]![0];
    const parts = mail.split('\n\n');
    expect(parts.slice(0, 2)).toEqual(['Subject: Your code to join Cole County DSS on Missouri eFiling', 'Hello Li,']);
    expect(parts).toContain('Questions? Call Ann at extension 4410.');
    const code = await decodeShareCode(parts[3]!);
    expect(code.ok && code.file.kind === 'group' && code.file.person?.email).toBe('li.wei@dss.mo.gov');
    await waitFor(() =>
      expect(
        admin().getByText(/Copied the e-mail for Li Wei: paste it into a new message to li\.wei@dss\.mo\.gov/),
      ).toBeTruthy(),
    );
  });
});
