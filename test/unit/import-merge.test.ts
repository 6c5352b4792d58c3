import { describe, expect, it } from 'vitest';
import { GroupProfileSchema, type GroupPerson } from '@/lib/profile/group-profile';
import { mergeImport, type MergeChange } from '@/lib/sharing/import-merge';
import { ProfileInputSchema, splitSecrets, type ProfileData } from '@/lib/profile/profile';
import { groupFile, personFile } from '@/lib/profile/profile-file';

const PIN = '4417-secret-pin';
const GROUP = GroupProfileSchema.parse({
  groupName: 'Cole County Children’s Division',
  pin: PIN,
  mailingAddress: { line1: '1716 Four Seasons Dr', city: 'Jefferson City', zip: '65101' },
  billingAddress: { line1: 'PO Box 88', city: 'Jefferson City', zip: '65102' },
  phone: '573-555-0142',
  department: 'Children’s Division',
  supervisor: 'Ann Smith',
  note: 'Ask Ann if the PIN is refused.',
  rules: [{ screen: 'name-email', signature: 'nom de famille', field: 'lastName' }],
});
const PERSON: GroupPerson = {
  firstName: 'José',
  lastName: 'Ñúñez',
  email: 'jose.nunez@dss.mo.gov',
  position: 'Case clerk',
  department: '',
  supervisor: 'Bo Chen',
};

/** What the person already saved (never with secrets: ProfileData has none). */
const saved = (over: Record<string, unknown> = {}): ProfileData =>
  splitSecrets(
    ProfileInputSchema.parse({
      label: 'Me at work',
      username: 'jnunez_dss',
      firstName: 'Joe',
      lastName: 'Nunez',
      email: 'joe@home.example',
      phone: '573-555-0199',
      mailingAddress: { line1: '1 Old Rd', city: 'Fulton', zip: '65251' },
      securityQuestions: [{ question: 'First pet?' }],
      group: { name: 'Old group', position: 'Intern', department: 'Old dept', supervisor: 'Old boss', notes: 'n' },
      ...over,
    }),
  ).data;

const byField = (changes: MergeChange[]) => Object.fromEntries(changes.map((c) => [c.field, c]));

describe('merging an imported group profile', () => {
  it('makes a new profile from a group file and its personal part', () => {
    const { merged, changes, rules, note, needsConfirmation } = mergeImport(null, groupFile(GROUP, PERSON));
    expect(ProfileInputSchema.safeParse(merged).success).toBe(true);
    expect(merged).toMatchObject({
      label: 'José Ñúñez at Cole County Children’s Division',
      firstName: 'José',
      lastName: 'Ñúñez',
      email: 'jose.nunez@dss.mo.gov',
      phone: '573-555-0142',
      mailingAddress: { line1: '1716 Four Seasons Dr', city: 'Jefferson City', state: 'MO', zip: '65101' },
      billingAddress: { line1: 'PO Box 88', zip: '65102' },
      group: {
        name: 'Cole County Children’s Division',
        pin: PIN,
        position: 'Case clerk',
        department: 'Children’s Division', // the group's default: the roster gave none
        supervisor: 'Bo Chen', // the roster's, over the group's default
      },
    });
    expect(rules).toEqual(GROUP.rules);
    expect(note).toBe('Ask Ann if the PIN is refused.');
    expect(needsConfirmation).toBe(false);
    expect(changes.every((c) => c.applied)).toBe(true);
    expect(byField(changes)['E-mail address']).toEqual({
      path: 'email',
      field: 'E-mail address',
      from: 'not given',
      to: 'jose.nunez@dss.mo.gov',
      personal: true,
      applied: true,
    });
    expect(byField(changes)['Taught fields']).toBeUndefined(); // the preview lists each rule itself
  });

  it('never puts a secret in the changes: it says the PIN will be set', () => {
    for (const current of [null, saved()]) {
      const { changes } = mergeImport(current, groupFile(GROUP, PERSON));
      expect(JSON.stringify(changes)).not.toContain(PIN);
      expect(byField(changes)['Group PIN']).toMatchObject({ to: 'will be set', personal: false, applied: true });
    }
    const answer = 'Rexford-secret-answer';
    const file = personFile(
      ProfileInputSchema.parse({
        label: 'x',
        securityQuestions: [{ question: 'First pet?', answer }],
        group: { pin: PIN },
      }),
    );
    const { changes, merged } = mergeImport(null, file);
    expect(JSON.stringify(changes)).not.toMatch(new RegExp(`${PIN}|${answer}`));
    expect(byField(changes)['Answer to security question 1']?.to).toBe('will be set');
    expect(merged.securityQuestions[0]?.answer).toBe(answer); // the secret itself is in what is saved
  });

  it('takes the group fields but never overwrites what the person entered, listing those for confirmation', () => {
    const current = saved();
    const { merged, changes, needsConfirmation } = mergeImport(current, groupFile(GROUP, PERSON));
    // Personal: kept as the person entered them.
    expect(merged).toMatchObject({
      label: 'Me at work',
      username: 'jnunez_dss',
      firstName: 'Joe',
      lastName: 'Nunez',
      email: 'joe@home.example',
      group: { position: 'Intern', notes: 'n' },
      securityQuestions: [{ question: 'First pet?' }],
    });
    // Group fields: from the group profile.
    expect(merged).toMatchObject({
      phone: '573-555-0142',
      mailingAddress: { line1: '1716 Four Seasons Dr', city: 'Jefferson City' },
      billingAddress: { line1: 'PO Box 88' },
      group: {
        name: 'Cole County Children’s Division',
        pin: PIN,
        department: 'Children’s Division',
        supervisor: 'Bo Chen',
      },
    });
    expect(needsConfirmation).toBe(true);
    const pending = changes.filter((c) => !c.applied);
    expect(pending).toEqual([
      { path: 'firstName', field: 'First name', from: 'Joe', to: 'José', personal: true, applied: false },
      { path: 'lastName', field: 'Last name', from: 'Nunez', to: 'Ñúñez', personal: true, applied: false },
      {
        path: 'email',
        field: 'E-mail address',
        from: 'joe@home.example',
        to: 'jose.nunez@dss.mo.gov',
        personal: true,
        applied: false,
      },
      { path: 'group.position', field: 'Position', from: 'Intern', to: 'Case clerk', personal: true, applied: false },
    ]);
    expect(byField(changes)['Mailing address']).toEqual({
      path: 'mailingAddress',
      field: 'Mailing address',
      from: '1 Old Rd, Fulton, MO 65251',
      to: '1716 Four Seasons Dr, Jefferson City, MO 65101',
      personal: false,
      applied: true,
    });
    expect(byField(changes)['Phone number']).toMatchObject({ from: '573-555-0199', to: '573-555-0142', applied: true });
    expect(byField(changes)['Profile name']).toBeUndefined(); // a group file does not rename a saved profile
  });

  it('overwrites personal fields only when told to', () => {
    const { merged, changes, needsConfirmation } = mergeImport(saved(), groupFile(GROUP, PERSON), {
      overwritePersonal: true,
    });
    expect(merged).toMatchObject({
      label: 'Me at work',
      firstName: 'José',
      lastName: 'Ñúñez',
      email: 'jose.nunez@dss.mo.gov',
      username: 'jnunez_dss', // the file has no user name: nothing to overwrite it with
      group: { position: 'Case clerk' },
    });
    expect(needsConfirmation).toBe(false);
    expect(changes.filter((c) => c.personal).every((c) => c.applied)).toBe(true);
  });

  it('fills personal fields that were empty without asking', () => {
    const { merged, needsConfirmation, changes } = mergeImport(
      saved({ firstName: '', email: '', group: { position: '' } }),
      groupFile(GROUP, PERSON),
    );
    expect(merged).toMatchObject({
      firstName: 'José',
      email: 'jose.nunez@dss.mo.gov',
      group: { position: 'Case clerk' },
    });
    expect(merged.lastName).toBe('Nunez');
    expect(needsConfirmation).toBe(true); // the last name alone differs
    expect(changes.filter((c) => !c.applied).map((c) => c.field)).toEqual(['Last name']);
  });

  it('leaves what a group file does not give as it was (no address, phone or defaults)', () => {
    const bare = GroupProfileSchema.parse({ groupName: 'DSS' });
    const current = saved();
    const { merged, changes } = mergeImport(current, groupFile(bare));
    expect(merged).toMatchObject({
      phone: current.phone,
      mailingAddress: current.mailingAddress,
      group: { name: 'DSS', department: 'Old dept', supervisor: 'Old boss', position: 'Intern' },
    });
    expect(merged.group.pin).toBeUndefined(); // absent: the saved PIN, if any, is kept
    expect(changes.map((c) => c.field)).toEqual(['Group name']);
  });

  it('says "same as mailing address" for a billing address the group leaves as the mailing one', () => {
    const { merged, changes } = mergeImport(
      saved({ billingAddress: { line1: '2 Elm', city: 'Fulton', zip: '65251' } }),
      groupFile({ ...GROUP, billingAddress: null }),
    );
    expect(merged.billingAddress).toBeNull();
    expect(byField(changes)['Billing address']).toMatchObject({
      from: '2 Elm, Fulton, MO 65251',
      to: 'same as mailing address',
    });
  });

  it('does not change its arguments', () => {
    const current = saved();
    const file = groupFile(GROUP, PERSON);
    const before = JSON.stringify([current, file]);
    const { merged } = mergeImport(current, file, { overwritePersonal: true });
    merged.mailingAddress.line1 = 'changed';
    merged.group.name = 'changed';
    expect(JSON.stringify([current, file])).toBe(before);
  });

  it('keeps a generated profile name within 80 characters', () => {
    const long = GroupProfileSchema.parse({ groupName: 'G'.repeat(200) });
    const { merged } = mergeImport(null, groupFile(long, PERSON));
    expect(merged.label.length).toBeLessThanOrEqual(80);
    expect(merged.label.startsWith('José Ñúñez at GGG')).toBe(true);
    expect(mergeImport(null, groupFile(long)).merged.label).toBe('G'.repeat(80));
  });
});

describe('merging an imported person’s file', () => {
  const FILE_PROFILE = ProfileInputSchema.parse({
    label: 'Me at work',
    username: 'jnunez_2',
    firstName: 'Joe',
    lastName: 'Nunez',
    email: 'joe@dss.mo.gov',
    phone: '573-555-0100',
    mailingAddress: { line1: '221 W High St', city: 'Jefferson City', zip: '65101' },
    securityQuestions: [{ question: 'First car?', answer: 'Pinto-secret' }],
    group: { name: 'DSS', department: 'CD', supervisor: 'Ann', position: 'Clerk' },
  });

  it('takes everything for a new profile', () => {
    const { merged, needsConfirmation } = mergeImport(null, personFile(FILE_PROFILE));
    expect(merged).toEqual(FILE_PROFILE);
    expect(needsConfirmation).toBe(false);
  });

  it('takes shared fields, keeps the person’s own (security questions and their answers too) until confirmed', () => {
    const current = saved();
    const first = mergeImport(
      current,
      personFile(FILE_PROFILE, [{ screen: 'name-email', signature: 'given', field: 'firstName' }]),
    );
    expect(first.merged).toMatchObject({
      username: 'jnunez_dss',
      email: 'joe@home.example',
      group: { name: 'DSS', department: 'CD', supervisor: 'Ann', position: 'Intern' },
      phone: '573-555-0100',
      securityQuestions: [{ question: 'First pet?' }],
    });
    expect(first.merged.securityQuestions[0]).not.toHaveProperty('answer');
    expect(first.rules).toHaveLength(1);
    expect(first.changes.filter((c) => !c.applied).map((c) => c.field)).toEqual([
      'User name',
      'E-mail address',
      'Position',
      'Notes for your administrator',
      'Security question 1',
      'Answer to security question 1',
    ]);
    const confirmed = mergeImport(current, personFile(FILE_PROFILE), { overwritePersonal: true });
    expect(confirmed.merged).toEqual({ ...FILE_PROFILE, group: { ...FILE_PROFILE.group, notes: '' } });
    expect(confirmed.needsConfirmation).toBe(false);
  });

  it('reports nothing when the file holds what is saved', () => {
    const { data } = splitSecrets(FILE_PROFILE);
    const { changes, merged } = mergeImport(
      data,
      personFile({ ...FILE_PROFILE, securityQuestions: [{ question: 'First car?' }] }),
    );
    expect(changes).toEqual([]);
    expect(merged).toEqual(splitSecrets({ ...FILE_PROFILE, securityQuestions: [{ question: 'First car?' }] }).data);
  });
});
