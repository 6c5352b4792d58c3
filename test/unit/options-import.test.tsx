import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { ProfileInputSchema, type ProfileInput } from '@/lib/profile/profile';
import { GroupProfileSchema } from '@/lib/profile/group-profile';
import { groupFile, groupFileText, profileFileText } from '@/lib/profile/profile-file';
import { newKeyParams, toBase64 } from '@/lib/storage/secret-box';
import { SHARE_CODE_MESSAGES, encodeShareCode, shareKey, wrapShareCode } from '@/lib/sharing/share-code';
import { renderOptions } from '../support/options';

afterEach(cleanup);

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
/** A row of the table of changes, its cells' text after the detail's name. */
const changeRow = (box: HTMLElement, field: string) =>
  [...box.querySelectorAll('table.changes tr')]
    .find((r) => r.querySelector('th')?.textContent === field)
    ?.textContent?.replace(field, '');
const LEFT_OUT_ROW = 'will be left out: it is kept only under your own passphrase, which is not unlocked';
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
    expect(
      within(box)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'Adds: on the screen “User name and password”, the box labelled “login id” gets your user name.',
      'Adds: on the screen “Name and e-mail”, the box labelled “surname” gets your last name.',
    ]);
    expect(box.textContent).not.toMatch(/PIN/);
    expect((await store.state()).profiles).toHaveLength(0);

    fireEvent.click(within(box).getByRole('button', { name: 'Import' }));
    await waitFor(() =>
      expect(within(importRegion()).getByRole('status').textContent).toBe('Imported: profile “Jane at DSS” was added.'),
    );
    expect(sent('profiles/import')).toEqual([
      {
        type: 'profiles/import',
        text,
        source: 'file',
        fileName: 'jane.mo-efiling-profile.json',
        seen: expect.any(String),
      },
    ]);
    expect(within(importRegion()).queryByRole('group', { name: 'What the file holds' })).toBeNull();
    const state = await store.state();
    expect(state.profiles.map((p) => p.data)).toEqual([JANE]);
    expect(await store.rules('name-email')).toEqual([
      {
        screen: 'name-email',
        signature: 'surname',
        field: 'lastName',
        origin: 'file',
        from: 'jane.mo-efiling-profile.json',
        at: expect.any(Number),
      },
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
    // Never ticked for the person, even for a file with the same profile name.
    const replace = within(box).getByLabelText("Replace my own details with the file's") as HTMLInputElement;
    expect(replace.checked).toBe(false);
    expect(box.textContent).toContain('You already have a profile named “Jane at DSS”. Importing changes it:');
    expect(
      within(box)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Mailing address']);
    fireEvent.click(replace);
    expect(
      within(box)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Profile name', 'E-mail address', 'Position', 'Mailing address']);
    expect(box.textContent).not.toContain('adds it as a new profile');

    fireEvent.click(within(box).getByRole('button', { name: 'Import' }));
    await waitFor(() => expect(within(importRegion()).getByRole('status').textContent).toMatch(/was updated/));
    expect(sent('profiles/import')[0]).toMatchObject({ id: existing!.id, overwritePersonal: true });
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
    expect(status.textContent).toContain('The PIN and security answers were not kept');
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

  it('offers to unlock the person’s own passphrase in the preview; unlocked, the PIN is kept', async () => {
    const { store, key, sent } = await renderOptions((s) =>
      s.setPassphrase('purple tractor morning', null, { salt: toBase64(new Uint8Array(16)), iterations: 1_000 }),
    );
    chooseFile(profileFileText({ ...JANE, group: { ...JANE.group, pin: '4417' } }));
    const box = await preview();
    expect(changeRow(box, 'Group PIN')).toBe(LEFT_OUT_ROW);
    const offer = within(box).getByRole('group', { name: 'Unlock your own passphrase to keep them' });
    expect(offer.textContent).toContain(
      'Your own passphrase keeps the PIN and security answers locked on this computer.',
    );
    expect(within(offer).queryByLabelText('Passphrase again')).toBeNull();
    fireEvent.input(within(offer).getByLabelText('Passphrase'), { target: { value: 'purple tractor morning' } });
    fireEvent.click(within(offer).getByRole('button', { name: 'Unlock' }));

    expect((await within(box).findByRole('status')).textContent).toBe(
      'Your passphrase is unlocked: the preview above now keeps them, encrypted.',
    );
    expect(changeRow(box, 'Group PIN')).toBe('will be set');
    expect(box.textContent).toContain(
      'The file also holds the group PIN. These are kept only with a passphrase that is set and unlocked: yours is unlocked, so they will be kept, encrypted.',
    );
    expect(within(box).queryByRole('group', { name: 'Unlock your own passphrase to keep them' })).toBeNull();
    expect(document.activeElement).toBe(within(box).getByRole('button', { name: 'Import' }));
    expect(sent('vault/unlock')).toHaveLength(1);

    fireEvent.click(within(box).getByRole('button', { name: 'Import' }));
    await waitFor(() => expect(within(importRegion()).getByRole('status').textContent).toMatch(/was added/));
    expect((await store.valuesFor('group-authentication', key()))?.values['group.pin']).toBe('4417');
  });

  it('offers no passphrase form when nothing secret is imported', async () => {
    await renderOptions();
    chooseFile(profileFileText(JANE));
    const box = await preview();
    expect(box.textContent).toContain('Importing adds it as a new profile.');
    expect(within(box).queryByLabelText('Passphrase')).toBeNull();
    expect(box.textContent).not.toContain('two passphrases');
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

describe('importing a share code', () => {
  const GROUP = GroupProfileSchema.parse({
    groupName: 'Cole County Children’s Division',
    mailingAddress: { line1: '1716 Four Seasons Dr', city: 'Jefferson City', zip: '65101' },
    phone: '573-555-0142',
    department: 'Children’s Division',
    supervisor: 'Ann Smith',
    note: 'Questions? Call Ann at extension 4410.',
  });
  /** Locks codes with the lowest cost a code may ask for: the real 600,000 iterations would slow every test. */
  const fastKey = (passphrase: string) => shareKey(passphrase, newKeyParams(100_000));

  const codeBox = () => within(importRegion()).getByLabelText('Share code') as HTMLTextAreaElement;
  function readCode(code: string) {
    fireEvent.input(codeBox(), { target: { value: code } });
    fireEvent.click(within(importRegion()).getByRole('button', { name: 'Read share code' }));
  }
  const codePreview = () => within(importRegion()).findByRole('group', { name: 'What the share code holds' });
  const status = () => within(importRegion()).getByRole('status');

  it('imports a group share code into the profile in use: group details set, the person’s own kept', async () => {
    const { store, sent } = await renderOptions((s) => s.save(JANE, null));
    const [jane] = (await store.state()).profiles;
    const code = await encodeShareCode(groupFile(GROUP));
    // As an e-mail program may pass it on: wrapped and quoted.
    readCode(
      wrapShareCode(code)
        .split('\n')
        .map((l) => `> ${l}`)
        .join('\n'),
    );
    const box = await codePreview();
    expect((within(box).getByLabelText('Add to') as HTMLSelectElement).value).toBe(jane!.id);
    expect(dd(box, 'Group name')).toBe('Cole County Children’s Division');
    expect(box.textContent).toContain('Note from your group administrator:');
    expect(box.textContent).toContain('Questions? Call Ann at extension 4410.');
    expect(box.textContent).toContain('The share code does not include the group PIN');
    expect(within(box).queryByLabelText("Replace my own details with the file's")).toBeNull();
    const changes = within(box).getByRole('table', { name: 'Before and after' });
    const row = (field: string) =>
      within(changes)
        .getAllByRole('row')
        .find((r) => r.querySelector('th')?.textContent === field)
        ?.textContent?.replace(field, '');
    expect(row('Group name')).toBe('Cole County DSSCole County Children’s Division');
    expect(row('Department')).toBe('not givenChildren’s Division');

    fireEvent.click(within(box).getByRole('button', { name: 'Import' }));
    await waitFor(() =>
      expect(status().textContent).toContain('Imported: profile “Jane at DSS” was updated from the share code.'),
    );
    expect(status().textContent).toContain('Note from your group administrator: Questions? Call Ann');
    // Decoded once, in the page: the background gets the file it held, and what the preview showed.
    expect(sent('profiles/import')).toEqual([
      { type: 'profiles/import', text: expect.any(String), source: 'code', seen: expect.any(String), id: jane!.id },
    ]);
    expect(sent('profiles/import-code')).toHaveLength(0);
    const [after] = (await store.state()).profiles;
    expect(after!.data).toMatchObject({
      label: 'Jane at DSS',
      firstName: 'Jane',
      lastName: 'Doe',
      email: 'jane.doe@dss.mo.gov',
      phone: '573-555-0142',
      mailingAddress: { line1: '1716 Four Seasons Dr', city: 'Jefferson City', zip: '65101' },
      group: { name: 'Cole County Children’s Division', position: 'Clerk', department: 'Children’s Division' },
    });
    expect(codeBox().value).toBe('');
  });

  it('replaces the person’s own details from a code only when they tick the box', async () => {
    const { store, sent } = await renderOptions((s) => s.save(JANE, null));
    const [jane] = (await store.state()).profiles;
    const code = await encodeShareCode(
      groupFile(GROUP, {
        firstName: 'Janet',
        lastName: 'Doe',
        email: 'janet.doe@dss.mo.gov',
        position: 'Senior clerk',
        department: '',
        supervisor: '',
      }),
    );

    readCode(code);
    let box = await codePreview();
    expect(dd(box, 'Name')).toBe('Janet Doe');
    const replace = within(box).getByLabelText("Replace my own details with the file's") as HTMLInputElement;
    expect(replace.checked).toBe(false);
    expect(box.textContent).toMatch(
      /These details of yours differ from the share code’s: First name, E-mail address, Position/,
    );
    expect(box.textContent).toContain('E-mail address (your own detail, kept unless you tick the box above)');
    fireEvent.click(within(box).getByRole('button', { name: 'Import' }));
    await waitFor(() => expect(status().textContent).toMatch(/was updated from the share code/));
    expect(status().textContent).toContain('Your own details that differ from the import were kept as you had them.');
    expect(sent('profiles/import')[0]).not.toHaveProperty('overwritePersonal');
    let data = (await store.state()).profiles[0]!.data;
    expect([data.firstName, data.email, data.group.position]).toEqual(['Jane', 'jane.doe@dss.mo.gov', 'Clerk']);
    expect(data.group.name).toBe('Cole County Children’s Division');

    readCode(code);
    box = await codePreview();
    fireEvent.click(within(box).getByLabelText("Replace my own details with the file's"));
    expect(box.textContent).toContain('E-mail address (your own detail, will be replaced)');
    expect(
      within(box)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['First name', 'E-mail address', 'Position']);
    fireEvent.click(within(box).getByRole('button', { name: 'Import' }));
    await waitFor(() => expect(sent('profiles/import')).toHaveLength(2));
    expect(sent('profiles/import')[1]).toMatchObject({ id: jane!.id, overwritePersonal: true });
    await waitFor(async () => expect((await store.state()).profiles[0]!.data.email).toBe('janet.doe@dss.mo.gov'));
    data = (await store.state()).profiles[0]!.data;
    expect([data.firstName, data.lastName, data.group.position]).toEqual(['Janet', 'Doe', 'Senior clerk']);
  });

  it('asks for the passphrase of a locked code, says when it is wrong or the code damaged, and changes nothing', async () => {
    const { store, sent } = await renderOptions((s) => s.save(JANE, null));
    const before = await store.state();
    const locked = await encodeShareCode(groupFile({ ...GROUP, pin: '4417' }), {
      key: await fastKey('blue heron at noon'),
    });

    readCode(locked);
    // The first read of a locked code asks for its passphrase, calmly: a note, not an error.
    const passphrase = (await within(importRegion()).findByLabelText('Passphrase for this code')) as HTMLInputElement;
    const codeForm = passphrase.closest('form')!;
    expect(within(codeForm).getByRole('status').textContent).toBe(
      'This share code is locked with a passphrase. Type the passphrase you were given in the box below (it is sent separately from the code), then press “Read share code” again.',
    );
    expect(within(importRegion()).queryByRole('alert')).toBeNull();
    expect(passphrase.type).toBe('password');
    expect(passphrase.getAttribute('aria-invalid')).toBeNull();
    expect(codeBox().getAttribute('aria-invalid')).toBeNull();
    expect(document.activeElement).toBe(passphrase);

    fireEvent.input(passphrase, { target: { value: 'blue heron at nine' } });
    fireEvent.click(within(importRegion()).getByRole('button', { name: 'Read share code' }));
    const wrong =
      'That passphrase does not open this share code. Check it (capital letters count) and try again, or ask for it again.';
    // Said once, at the passphrase's box, which describes it and has the focus again.
    await waitFor(() => expect(passphrase.getAttribute('aria-invalid')).toBe('true'));
    expect(within(importRegion()).getAllByText(wrong)).toHaveLength(1);
    expect(passphrase.getAttribute('aria-describedby')).toContain(within(importRegion()).getByText(wrong).id);
    expect(document.activeElement).toBe(passphrase);
    expect(within(importRegion()).queryByRole('alert')).toBeNull();
    expect(within(importRegion()).queryByRole('group', { name: 'What the share code holds' })).toBeNull();

    // One character changed on the way.
    const plain = await encodeShareCode(groupFile(GROUP));
    const at = 20;
    readCode(plain.slice(0, at) + (plain[at] === 'A' ? 'B' : 'A') + plain.slice(at + 1));
    await waitFor(() =>
      expect(within(importRegion()).getByRole('alert').textContent).toBe(SHARE_CODE_MESSAGES.damaged),
    );
    expect(codeBox().getAttribute('aria-invalid')).toBe('true');
    readCode(plain.slice(0, -3));
    await waitFor(() =>
      expect(within(importRegion()).getByRole('alert').textContent).toBe(SHARE_CODE_MESSAGES.truncated),
    );
    readCode('hello');
    await waitFor(() =>
      expect(within(importRegion()).getByRole('alert').textContent).toBe(SHARE_CODE_MESSAGES.notACode),
    );

    expect(within(importRegion()).queryByRole('button', { name: 'Import' })).toBeNull();
    expect(sent('profiles/import')).toHaveLength(0);
    expect(await store.state()).toEqual(before);
  });

  it('opens a locked code with the right passphrase, says the PIN is left out when not unlocked, and sends the passphrase', async () => {
    const { store, sent } = await renderOptions((s) => s.save(JANE, null));
    const locked = await encodeShareCode(groupFile({ ...GROUP, pin: '4417' }), {
      key: await fastKey('blue heron at noon'),
    });
    readCode(locked);
    fireEvent.input(await within(importRegion()).findByLabelText('Passphrase for this code'), {
      target: { value: 'blue heron at noon' },
    });
    fireEvent.click(within(importRegion()).getByRole('button', { name: 'Read share code' }));
    const box = await codePreview();
    expect(box.textContent).toMatch(/The share code also holds the group PIN\. These are kept only with a passphrase/);
    expect(box.textContent).toMatch(/yours is not unlocked, so they will be left out/);
    expect(box.textContent).not.toContain('4417');
    fireEvent.click(within(box).getByRole('button', { name: 'Import' }));
    await waitFor(() => expect(status().textContent).toContain('The PIN and security answers were not kept'));
    // The passphrase opened the code in the page; the background never needs it.
    expect(sent('profiles/import')[0]).toMatchObject({ source: 'code' });
    expect(JSON.stringify(sent('profiles/import')[0])).not.toContain('blue heron at noon');
    expect((await store.state()).profiles[0]!.hasSecrets).toBe(false);
  });

  it('never promises a locked code’s PIN without the person’s own passphrase: says why, and offers to set one', async () => {
    await renderOptions((s) => s.save(JANE, null));
    const locked = await encodeShareCode(groupFile({ ...GROUP, pin: '4417' }), {
      key: await fastKey('blue heron at noon'),
    });
    readCode(locked);
    fireEvent.input(await within(importRegion()).findByLabelText('Passphrase for this code'), {
      target: { value: 'blue heron at noon' },
    });
    fireEvent.click(within(importRegion()).getByRole('button', { name: 'Read share code' }));
    const box = await codePreview();
    expect(changeRow(box, 'Group PIN')).toBe(`not shown${LEFT_OUT_ROW}`);
    expect(box.textContent).not.toContain('will be set');
    expect(box.textContent).toContain(
      'The share code also holds the group PIN. These are kept only with a passphrase that is set and unlocked: yours is not unlocked, so they will be left out. To keep them, set or unlock your own passphrase below before you press “Import”.',
    );
    const offer = within(box).getByRole('group', { name: 'Set your own passphrase to keep them' });
    expect(offer.textContent).toContain(
      'There are two passphrases: your administrator’s, which only opens this code, and your own, which keeps the PIN locked on this computer.',
    );
    expect((within(offer).getByLabelText('Passphrase') as HTMLInputElement).type).toBe('password');
    expect((within(offer).getByLabelText('Passphrase again') as HTMLInputElement).type).toBe('password');
    expect(within(offer).getByRole('button', { name: 'Set passphrase' })).toBeTruthy();
    // Its boxes have ids of their own: the Passphrase section's form is on the page too.
    expect(within(offer).getByLabelText('Passphrase').id).toBe('import-own-first');
    expect(within(offer).queryByRole('button', { name: 'Unlock' })).toBeNull();
  });

  it('shows script-like text from a code as text only', async () => {
    await renderOptions();
    const code = await encodeShareCode(
      groupFile({ ...GROUP, groupName: '<script>alert(2)</script>', note: '<img src=x onerror=alert(1)>' }),
    );
    readCode(code);
    const box = await codePreview();
    expect(dd(box, 'Group name')).toBe('<script>alert(2)</script>');
    expect(box.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(document.querySelector('img')).toBeNull();
    expect(document.querySelector('main script')).toBeNull();
    // A group profile goes into a new profile when there is none.
    expect((within(box).getByLabelText('Add to') as HTMLSelectElement).value).toBe('');
    fireEvent.click(within(box).getByRole('button', { name: 'Import' }));
    await waitFor(() =>
      expect(status().textContent).toContain('Imported: profile “<script>alert(2)</script>” was added.'),
    );
    expect(document.querySelector('img')).toBeNull();
    expect(document.querySelector('main script')).toBeNull();
  });
});

describe('importing a group profile file', () => {
  it('goes into the profile in use by default, or into the profile chosen under "Add to"', async () => {
    const { store, sent } = await renderOptions(async (s) => {
      await s.save(JANE, null);
      await s.save({ ...JANE, label: 'Bob at DSS', firstName: 'Bob', email: 'bob@dss.mo.gov' }, null);
    });
    const { profiles, activeProfileId } = await store.state();
    const bob = profiles.find((p) => p.data.label === 'Bob at DSS')!;
    const text = groupFileText(GroupProfileSchema.parse({ groupName: 'Cole County Children’s Division' }));
    chooseFile(text, 'Cole County.mo-efiling-group.json');
    const box = await preview();
    const target = within(box).getByLabelText('Add to') as HTMLSelectElement;
    expect(target.value).toBe(activeProfileId);
    expect([...target.options].map((o) => o.textContent)).toEqual([
      'A new profile',
      'Bob at DSS',
      'Jane at DSS (in use)',
    ]);
    fireEvent.change(target, { target: { value: bob.id } });
    expect(box.textContent).toContain('Importing changes your profile “Bob at DSS”:');
    fireEvent.click(within(box).getByRole('button', { name: 'Import' }));
    await waitFor(() => expect(sent('profiles/import')).toHaveLength(1));
    expect(sent('profiles/import')[0]).toEqual({
      type: 'profiles/import',
      text,
      source: 'file',
      fileName: 'Cole County.mo-efiling-group.json',
      seen: expect.any(String),
      id: bob.id,
    });
    await waitFor(async () =>
      expect((await store.state()).profiles.find((p) => p.id === bob.id)?.data.group.name).toBe(
        'Cole County Children’s Division',
      ),
    );
    expect((await store.state()).profiles.find((p) => p.id === activeProfileId)?.data.group.name).toBe(
      'Cole County DSS',
    );
  });
});

describe('options.html#import', () => {
  afterEach(() => {
    history.replaceState(null, '', location.pathname);
  });

  it('brings the import section into view with its heading focused', async () => {
    location.hash = '#import';
    await renderOptions();
    const heading = within(importRegion()).getByRole('heading', { name: 'Import a profile file' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
  });

  it('leaves the focus alone without it', async () => {
    await renderOptions();
    const heading = within(importRegion()).getByRole('heading', { name: 'Import a profile file' });
    await new Promise((r) => setTimeout(r, 20));
    expect(document.activeElement).not.toBe(heading);
  });
});
