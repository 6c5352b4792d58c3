import { describe, expect, it } from 'vitest';
import {
  GroupPersonSchema,
  GroupProfileSchema,
  MAX_NOTE,
  describeGroupPath,
  describeIssuesWith,
  parseGroupProfile,
} from '@/lib/profile/group-profile';
import { ProfileInputSchema } from '@/lib/profile/profile';
import { MAX_RULES } from '@/lib/recognise/taught-rules';

describe('the group profile', () => {
  it('needs only a group name; the rest has the person profile’s defaults', () => {
    expect(GroupProfileSchema.parse({ groupName: ' DSS ' })).toEqual({
      groupName: 'DSS',
      mailingAddress: ProfileInputSchema.parse({ label: 'x' }).mailingAddress,
      billingAddress: null,
      phone: '',
      department: '',
      supervisor: '',
      position: '',
      note: '',
      adminEmail: '',
      rules: [],
    });
  });

  it('checks each member with the person profile’s own rules, naming the field', () => {
    const parsed = parseGroupProfile({
      groupName: '',
      pin: 'p'.repeat(51),
      phone: '12',
      mailingAddress: { zip: 'abc' },
      note: 'n'.repeat(MAX_NOTE + 1),
      rules: Array.from({ length: MAX_RULES + 1 }, () => ({ screen: 'name-email', signature: 's', field: 'lastName' })),
    });
    expect(parsed).toEqual({
      ok: false,
      errors: [
        'Group name is missing: give the group’s name as the court’s “Group Name” shows it.',
        'Group PIN must be 50 characters or fewer.',
        'Mailing address, ZIP code must be 5 digits, or ZIP+4 like 65101-1234.',
        'Phone number should have 10 digits, like 573-555-0100.',
        'Note to users must be 500 characters or fewer.',
        'Taught fields has room for 200 taught fields only.',
      ],
    });
  });

  it('is strict: an unknown member is refused by name, and a long or many names are cut short', () => {
    const parsed = parseGroupProfile({ groupName: 'DSS', colour: 'blue' });
    expect(parsed).toEqual({
      ok: false,
      errors: ['Unknown item: colour. Remove it or check the file is a profile file.'],
    });
    const many = Object.fromEntries(Array.from({ length: 8 }, (_, i) => [`${'k'.repeat(60)}${i}`, 1]));
    const refused = GroupProfileSchema.safeParse({ groupName: 'DSS', ...many });
    expect(refused.success).toBe(false);
    if (refused.success) return;
    const [message] = describeIssuesWith(refused.error, describeGroupPath);
    expect(message).toBe(
      `Unknown items: ${Array(5)
        .fill(`${'k'.repeat(40)}…`)
        .join(', ')} and 3 more. Remove them or check the file is a profile file.`,
    );
  });

  it('says zod’s own size messages plainly', () => {
    const parsed = parseGroupProfile({
      groupName: 'DSS',
      rules: [{ screen: 'name-email', signature: '', field: 'lastName' }],
    });
    expect(parsed).toEqual({ ok: false, errors: ['Taught field 1 (signature) is empty.'] });
    const long = parseGroupProfile({
      groupName: 'DSS',
      rules: [{ screen: 'name-email', signature: 's'.repeat(201), field: 'lastName' }],
    });
    expect(long).toEqual({ ok: false, errors: ['Taught field 1 (signature) must be 200 characters or fewer.'] });
  });

  it('has a personal part with the person profile’s checks', () => {
    expect(GroupPersonSchema.parse({})).toEqual({
      firstName: '',
      lastName: '',
      email: '',
      position: '',
      department: '',
      supervisor: '',
    });
    expect(GroupPersonSchema.safeParse({ email: 'not an address' }).success).toBe(false);
    expect(GroupPersonSchema.safeParse({ firstName: 'x'.repeat(51) }).success).toBe(false);
  });

  it('names places in plain words', () => {
    expect(describeGroupPath(['groupName'])).toBe('Group name');
    expect(describeGroupPath(['billingAddress', 'city'])).toBe('Billing address, city');
    expect(describeGroupPath(['rules', 4, 'field'])).toBe('Taught field 5 (field)');
    expect(describeGroupPath([])).toBe('Group profile');
  });
});
