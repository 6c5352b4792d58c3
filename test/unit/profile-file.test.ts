import { describe, expect, it } from 'vitest';
import {
  PROFILE_FILE_VERSION,
  PROFILE_FORMAT,
  fileText,
  groupFileText,
  parseProfileFile,
  profileFileText,
} from '@/lib/profile/profile-file';
import { ProfileInputSchema } from '@/lib/profile/profile';

const file = (profile: unknown, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ format: PROFILE_FORMAT, version: 1, profile, ...extra });

const README_EXAMPLE = {
  label: 'Jane at DSS',
  username: 'jdoe_dss',
  firstName: 'Jane',
  lastName: 'Doe',
  email: 'jane.doe@example.org',
  phone: '573-555-0100',
  noMobarNumber: true,
  mailingAddress: { line1: '221 W High St', line2: '', city: 'Jefferson City', state: 'MO', zip: '65101' },
  billingAddress: null,
  securityQuestions: [{ question: 'In what city were you born?', answer: 'Springfield' }],
  group: {
    name: 'Department of Social Services',
    pin: '4417',
    position: 'Clerk',
    department: 'CD',
    supervisor: 'Ann',
    notes: '',
  },
};

describe('the profile file', () => {
  it('reads the documented example and writes it back the same', () => {
    const parsed = parseProfileFile(file(README_EXAMPLE));
    expect(parsed).toMatchObject({ ok: true, value: { profile: README_EXAMPLE } });
    if (!parsed.ok || parsed.value.kind !== 'person') throw new Error('expected a person file');
    // Written back as version 3: the same profile, saying what kind of file it is, and naming no administrator yet.
    expect(JSON.parse(profileFileText(parsed.value.profile))).toEqual({
      ...JSON.parse(file(README_EXAMPLE)),
      version: 3,
      kind: 'person',
      profile: { ...README_EXAMPLE, group: { ...README_EXAMPLE.group, adminEmail: '' } },
    });
  });

  it('allows secrets to be absent', () => {
    const { pin: _pin, ...group } = README_EXAMPLE.group;
    expect(parseProfileFile(file({ ...README_EXAMPLE, group, securityQuestions: [{ question: 'Q?' }] })).ok).toBe(true);
  });

  it.each([
    ['not JSON', '{ nope', /not in the expected format/],
    ['another kind of file', JSON.stringify({ hello: 1 }), /not a Missouri eFiling profile file/],
    [
      'a newer version',
      JSON.stringify({ format: PROFILE_FORMAT, version: 4, kind: 'person', profile: {} }),
      /newer version of the extension \(file version 4\)/,
    ],
    ['an unknown member', file({ ...README_EXAMPLE, favouriteColour: 'blue' }), /Unknown item: favouriteColour/],
    [
      'an unknown member in the address',
      file({ ...README_EXAMPLE, mailingAddress: { ...README_EXAMPLE.mailingAddress, county: 'Cole' } }),
      /Unknown item in Mailing address: county/,
    ],
    [
      'a prototype key',
      `{"format":"${PROFILE_FORMAT}","version":1,"profile":{"label":"x","__proto__":{"admin":true}}}`,
      /"__proto__"/,
    ],
    ['a constructor key', file({ ...README_EXAMPLE, group: { constructor: { prototype: 1 } } }), /"constructor"/],
    ['deep nesting', file({ ...README_EXAMPLE, label: JSON.parse('['.repeat(20) + ']'.repeat(20)) }), /nested/],
    ['a huge file', file({ ...README_EXAMPLE, label: 'x'.repeat(300_000) }), /too large/],
    ['a long label', file({ ...README_EXAMPLE, label: 'x'.repeat(81) }), /Profile name must be 80 characters or fewer/],
    [
      'a wrong type',
      file({ ...README_EXAMPLE, noMobarNumber: 'yes' }),
      /"I do not have a MOBAR number" has the wrong kind of value/,
    ],
    [
      'a bad ZIP',
      file({ ...README_EXAMPLE, mailingAddress: { ...README_EXAMPLE.mailingAddress, zip: '6510' } }),
      /Mailing address, ZIP code must be 5 digits/,
    ],
    [
      'four questions',
      file({ ...README_EXAMPLE, securityQuestions: [1, 2, 3, 4].map(() => ({ question: 'q' })) }),
      /Security questions has room for three questions only/,
    ],
  ])('refuses %s with a message that says what is wrong', (_what, text, message) => {
    const parsed = parseProfileFile(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.errors.join(' ')).toMatch(message);
  });

  it('defaults the state to MO and the billing address to "same as mailing"', () => {
    const p = ProfileInputSchema.parse({ label: 'x' });
    expect(p.mailingAddress.state).toBe('MO');
    expect(p.billingAddress).toBeNull();
    expect(p.noMobarNumber).toBe(true);
  });
});

const GROUP = {
  groupName: 'Cole County Children’s Division',
  pin: '4417',
  mailingAddress: {
    line1: '1716 Four Seasons Dr',
    line2: 'Suite 200',
    city: 'Jefferson City',
    state: 'MO',
    zip: '65101',
  },
  billingAddress: null,
  phone: '573-555-0142',
  department: 'Children’s Division',
  supervisor: 'Ann Smith',
  position: '',
  note: 'Use your work e-mail. Ask Ann if the PIN is refused.',
  rules: [{ screen: 'name-email', signature: 'nom de famille', field: 'lastName' }],
};
const PERSON = {
  firstName: 'José',
  lastName: 'Ñúñez',
  email: 'jose.nunez@dss.mo.gov',
  position: 'Clerk',
  department: '',
  supervisor: '',
};
const v2 = (body: Record<string, unknown>) => JSON.stringify({ format: PROFILE_FORMAT, version: 2, ...body });
const v3 = (body: Record<string, unknown>) => JSON.stringify({ format: PROFILE_FORMAT, version: 3, ...body });
const groupText = (group: unknown, extra: Record<string, unknown> = {}) => v2({ kind: 'group', group, ...extra });

/** What versions 1 and 2 become: version 3, naming no administrator. */
const WITH_NO_ADMIN = { ...README_EXAMPLE, group: { ...README_EXAMPLE.group, adminEmail: '' } };

describe('versions 2 and 3 of the profile file', () => {
  it('reads a version 1 file as a version 3 file of kind "person", rules kept', () => {
    const rules = [{ screen: 'name-email', signature: 'given', field: 'firstName' }];
    const parsed = parseProfileFile(file(README_EXAMPLE, { rules }));
    expect(parsed).toEqual({
      ok: true,
      value: { format: PROFILE_FORMAT, version: 3, kind: 'person', profile: WITH_NO_ADMIN, rules },
    });
  });

  it('reads a version 2 person file as version 3, with no administrator named', () => {
    expect(parseProfileFile(v2({ kind: 'person', profile: README_EXAMPLE }))).toEqual({
      ok: true,
      value: { format: PROFILE_FORMAT, version: 3, kind: 'person', profile: WITH_NO_ADMIN },
    });
  });

  it('reads the administrator’s e-mail in version 3, in both kinds', () => {
    const person = { ...README_EXAMPLE, group: { ...README_EXAMPLE.group, adminEmail: 'ann.smith@dss.mo.gov' } };
    expect(parseProfileFile(v3({ kind: 'person', profile: person }))).toEqual({
      ok: true,
      value: { format: PROFILE_FORMAT, version: 3, kind: 'person', profile: person },
    });
    const parsed = parseProfileFile(v3({ kind: 'group', group: { ...GROUP, adminEmail: 'ann.smith@dss.mo.gov' } }));
    expect(parsed.ok && parsed.value.kind === 'group' && parsed.value.group.adminEmail).toBe('ann.smith@dss.mo.gov');
  });

  it('writes version 3, and reads back exactly what it wrote (person)', () => {
    const profile = ProfileInputSchema.parse(README_EXAMPLE);
    const rules = [{ screen: 'name-email' as const, signature: 'given', field: 'firstName' as const }];
    const text = profileFileText(profile, rules);
    expect(JSON.parse(text)).toMatchObject({ format: PROFILE_FORMAT, version: PROFILE_FILE_VERSION, kind: 'person' });
    expect(PROFILE_FILE_VERSION).toBe(3);
    expect(parseProfileFile(text)).toEqual({ ok: true, value: JSON.parse(text) });
  });

  it('reads a group file with a personal part, and writes it back the same', () => {
    const parsed = parseProfileFile(groupText(GROUP, { person: PERSON }));
    expect(parsed).toEqual({
      ok: true,
      value: { format: PROFILE_FORMAT, version: 3, kind: 'group', group: { ...GROUP, adminEmail: '' }, person: PERSON },
    });
    if (!parsed.ok || parsed.value.kind !== 'group') throw new Error('expected a group file');
    expect(JSON.parse(groupFileText(parsed.value.group, parsed.value.person))).toEqual(parsed.value);
    expect(JSON.parse(fileText(parsed.value))).toEqual(parsed.value);
  });

  it('fills in what a group file leaves out: no PIN, billing same as mailing, state MO, no rules', () => {
    const parsed = parseProfileFile(groupText({ groupName: '  DSS  ' }));
    expect(parsed).toEqual({
      ok: true,
      value: {
        format: PROFILE_FORMAT,
        version: 3,
        kind: 'group',
        group: {
          groupName: 'DSS',
          mailingAddress: { line1: '', line2: '', city: '', state: 'MO', zip: '' },
          billingAddress: null,
          phone: '',
          department: '',
          supervisor: '',
          position: '',
          note: '',
          adminEmail: '',
          rules: [],
        },
      },
    });
  });

  it('keeps script-like text as plain data', () => {
    const evil = '<img src=x onerror=alert(1)>';
    const parsed = parseProfileFile(
      groupText({ ...GROUP, groupName: evil, note: evil }, { person: { ...PERSON, firstName: evil } }),
    );
    expect(
      parsed.ok &&
        parsed.value.kind === 'group' && [
          parsed.value.group.groupName,
          parsed.value.group.note,
          parsed.value.person?.firstName,
        ],
    ).toEqual([evil, evil, evil]);
  });

  it.each([
    ['no kind', v2({ profile: README_EXAMPLE }), /does not say what kind it is: "kind" should be "person"/],
    ['an unknown kind', v2({ kind: 'team', profile: README_EXAMPLE }), /"kind" should be "person" .* or "group"/],
    [
      'a version that is text',
      JSON.stringify({ format: PROFILE_FORMAT, version: '2', kind: 'group', group: GROUP }),
      /"version" is missing or is not one this extension knows/,
    ],
    ['no version', JSON.stringify({ format: PROFILE_FORMAT, kind: 'group', group: GROUP }), /"version" is missing/],
    [
      'version 0',
      JSON.stringify({ format: PROFILE_FORMAT, version: 0, kind: 'group', group: GROUP }),
      /should be 1, 2 or 3/,
    ],
    [
      'a much newer version',
      JSON.stringify({ format: PROFILE_FORMAT, version: 17, kind: 'group', group: GROUP }),
      /newer version of the extension \(file version 17\)/,
    ],
    ['"kind" in a version 1 file', file(README_EXAMPLE, { kind: 'person' }), /Unknown item: kind/],
    ['a group in a person file', v2({ kind: 'person', profile: README_EXAMPLE, group: GROUP }), /Unknown item: group/],
    ['a profile in a group file', groupText(GROUP, { profile: README_EXAMPLE }), /Unknown item: profile/],
    ['rules beside the group', groupText(GROUP, { rules: [] }), /Unknown item: rules/],
    [
      'an unknown member in the group',
      groupText({ ...GROUP, favouriteColour: 'blue' }),
      /Unknown item in Group profile: favouriteColour/,
    ],
    [
      'an unknown member in the group’s address',
      groupText({ ...GROUP, mailingAddress: { ...GROUP.mailingAddress, county: 'Cole' } }),
      /Unknown item in Mailing address: county/,
    ],
    [
      'an unknown member in the personal part',
      groupText(GROUP, { person: { ...PERSON, phone: '1' } }),
      /Unknown item in Personal details: phone/,
    ],
    ['no group name', groupText({ ...GROUP, groupName: '   ' }), /Group name is missing/],
    ['no group at all', v2({ kind: 'group' }), /^Group profile is missing\.$/],
    ['a group that is text', groupText('DSS'), /Group profile has the wrong kind of value/],
    ['a long note', groupText({ ...GROUP, note: 'x'.repeat(501) }), /Note to users must be 500 characters or fewer/],
    ['a long PIN', groupText({ ...GROUP, pin: '1'.repeat(51) }), /Group PIN must be 50 characters or fewer/],
    ['a bad phone', groupText({ ...GROUP, phone: '555' }), /Phone number should have 10 digits/],
    [
      'a bad ZIP in the group',
      groupText({ ...GROUP, mailingAddress: { ...GROUP.mailingAddress, zip: '651' } }),
      /Mailing address, ZIP code must be 5 digits/,
    ],
    [
      'a wrong billing address',
      groupText({ ...GROUP, billingAddress: 'same' }),
      /Billing address has the wrong kind of value/,
    ],
    [
      'too many rules',
      groupText({
        ...GROUP,
        rules: Array.from({ length: 201 }, (_, i) => ({ screen: 'name-email', signature: `s${i}`, field: 'lastName' })),
      }),
      /Taught fields has room for 200 taught fields only/,
    ],
    [
      'a rule for an unknown screen',
      groupText({ ...GROUP, rules: [{ screen: 'elsewhere', signature: 'x', field: 'lastName' }] }),
      /Taught field 1 \(screen\) is not one this extension knows/,
    ],
    [
      'a bad e-mail in the personal part',
      groupText(GROUP, { person: { ...PERSON, email: 'jose at dss' } }),
      /E-mail address \(personal details\) is not an e-mail address/,
    ],
    [
      'a long first name in the personal part',
      groupText(GROUP, { person: { ...PERSON, firstName: 'J'.repeat(51) } }),
      /First name \(personal details\) must be 50 characters or fewer/,
    ],
    [
      'a bad e-mail in a version 2 person file',
      v2({ kind: 'person', profile: { ...README_EXAMPLE, email: 'nope' } }),
      /^E-mail address is not an e-mail address/,
    ],
    [
      'the administrator’s e-mail in a version 2 group file',
      groupText({ ...GROUP, adminEmail: 'ann.smith@dss.mo.gov' }),
      /^Unknown item in Group profile: adminEmail\./,
    ],
    [
      'the administrator’s e-mail in a version 1 file',
      file({ ...README_EXAMPLE, group: { ...README_EXAMPLE.group, adminEmail: 'ann.smith@dss.mo.gov' } }),
      /^Unknown item in Group: adminEmail\./,
    ],
    [
      'a bad administrator’s e-mail in a version 3 group file',
      v3({ kind: 'group', group: { ...GROUP, adminEmail: 'ann at dss' } }),
      /^Administrator’s e-mail is not an e-mail address/,
    ],
    [
      'a bad administrator’s e-mail in a version 3 person file',
      v3({ kind: 'person', profile: { ...README_EXAMPLE, group: { ...README_EXAMPLE.group, adminEmail: 'ann@' } } }),
      /^Administrator’s e-mail is not an e-mail address/,
    ],
    [
      'a prototype key in the group',
      `{"format":"${PROFILE_FORMAT}","version":2,"kind":"group","group":{"groupName":"x","__proto__":{"admin":true}}}`,
      /"__proto__"/,
    ],
    [
      'a prototype key in the personal part',
      `{"format":"${PROFILE_FORMAT}","version":2,"kind":"group","group":{"groupName":"x"},"person":{"constructor":{"prototype":{"admin":true}}}}`,
      /"constructor"/,
    ],
  ])('refuses %s with a message that names what is wrong', (_what, text, message) => {
    const parsed = parseProfileFile(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.errors.join(' ')).toMatch(message);
  });

  it('names every problem of a file, one sentence each', () => {
    const parsed = parseProfileFile(
      groupText({ ...GROUP, phone: '555', note: 'x'.repeat(501) }, { person: { ...PERSON, email: 'x' } }),
    );
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors).toHaveLength(3);
    for (const e of parsed.errors) expect(e).toMatch(/^[A-Z"].*\.$/);
  });
});
