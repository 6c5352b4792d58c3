import { describe, expect, it } from 'vitest';
import { PROFILE_FORMAT, parseProfileFile, profileFileText } from '@/lib/profile-file';
import { ProfileInputSchema } from '@/lib/profile';

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
    if (!parsed.ok) return;
    expect(JSON.parse(profileFileText(parsed.value.profile))).toEqual(JSON.parse(file(README_EXAMPLE)));
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
      JSON.stringify({ format: PROFILE_FORMAT, version: 2, profile: {} }),
      /newer version of the extension \(file version 2\)/,
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
