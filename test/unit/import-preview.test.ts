import { describe, expect, it } from 'vitest';
import { GroupProfileSchema } from '@/lib/profile/group-profile';
import { previewImport, rulesToSave, type PreviewInput } from '@/lib/sharing/import-preview';
import { ProfileInputSchema, splitSecrets, type ProfileData } from '@/lib/profile/profile';
import { groupFile, personFile } from '@/lib/profile/profile-file';
import type { KeptRule } from '@/lib/recognise/taught-rules';

const MINE: ProfileData = splitSecrets(
  ProfileInputSchema.parse({
    label: 'Jane at DSS',
    username: 'jdoe_dss',
    firstName: 'Jane',
    lastName: 'Doe',
    email: 'jane.doe@dss.mo.gov',
    group: { name: 'Cole County DSS', position: 'Clerk' },
  }),
).data;
const MY_RULE: KeptRule = {
  screen: 'name-email',
  signature: 'surname',
  field: 'lastName',
  origin: 'here',
  from: '',
  at: null,
};
const input = (over: Partial<PreviewInput>): PreviewInput => ({
  current: MINE,
  file: groupFile(GroupProfileSchema.parse({ groupName: 'Cole County DSS' })),
  rules: [MY_RULE],
  overwritePersonal: false,
  unlocked: false,
  source: 'code',
  ...over,
});

describe('the import preview', () => {
  it('lists a person code’s changes to my own details, kept until I confirm, e-mail and user name highlighted', () => {
    const file = personFile(
      ProfileInputSchema.parse({
        ...MINE,
        username: 'jdoe_dss2',
        email: 'jane.doe@dss-mo.gov',
        securityQuestions: [],
        group: { ...MINE.group },
      }),
    );
    const p = previewImport(input({ file }));
    expect(p.needsConfirmation).toBe(true);
    expect(p.confirmFields).toEqual(['User name', 'E-mail address']);
    expect(
      p.personal.map(({ path, from, to, applied, highlight }) => ({ path, from, to, applied, highlight })),
    ).toEqual([
      { path: 'username', from: 'jdoe_dss', to: 'jdoe_dss2', applied: false, highlight: true },
      { path: 'email', from: 'jane.doe@dss.mo.gov', to: 'jane.doe@dss-mo.gov', applied: false, highlight: true },
    ]);
    expect(p.merge.merged.email).toBe('jane.doe@dss.mo.gov');

    const confirmed = previewImport(input({ file, overwritePersonal: true }));
    expect(confirmed.personal.map((c) => c.applied)).toEqual([true, true]);
    expect(confirmed.merge.merged.email).toBe('jane.doe@dss-mo.gov');
    expect(confirmed.confirmFields).toEqual(['User name', 'E-mail address']);
    expect(confirmed.fingerprint).not.toBe(p.fingerprint); // what was shown differs: so does what is applied
  });

  it('says which taught field it adds, which of mine it replaces, which are mine already, and leaves out secret ones', () => {
    const group = GroupProfileSchema.parse({
      groupName: 'Cole County DSS',
      rules: [
        { screen: 'name-email', signature: 'surname', field: 'firstName' }, // replaces mine
        { screen: 'name-email', signature: 'nom de famille', field: 'lastName' }, // new
        { screen: 'group-authentication', signature: 'search', field: 'group.pin' }, // a secret: left out
        { screen: 'credentials', signature: 'search', field: 'password' }, // a secret: left out
        { screen: 'security-questions', signature: 'captcha', field: 'security1.answer' }, // a secret: left out
      ],
    });
    const p = previewImport(input({ file: groupFile(group) }));
    expect(p.rulesAdded).toEqual([{ screen: 'name-email', signature: 'nom de famille', field: 'lastName' }]);
    expect(p.rulesReplaced).toEqual([{ screen: 'name-email', signature: 'surname', field: 'firstName', was: MY_RULE }]);
    expect(p.rulesDropped).toEqual([
      { screen: 'group-authentication', signature: 'search', field: 'group.pin' },
      { screen: 'credentials', signature: 'search', field: 'password' },
      { screen: 'security-questions', signature: 'captcha', field: 'security1.answer' },
    ]);
    expect(p.rulesSame).toBe(0);
    expect(rulesToSave(p, 'code', 'Cole County DSS', 1_700_000_000_000)).toEqual([
      {
        screen: 'name-email',
        signature: 'nom de famille',
        field: 'lastName',
        origin: 'code',
        from: 'Cole County DSS',
        at: 1_700_000_000_000,
      },
      {
        screen: 'name-email',
        signature: 'surname',
        field: 'firstName',
        origin: 'code',
        from: 'Cole County DSS',
        at: 1_700_000_000_000,
      },
    ]);

    const same = previewImport(
      input({
        file: groupFile(
          GroupProfileSchema.parse({
            groupName: 'Cole County DSS',
            rules: [MY_RULE].map(({ screen, signature, field }) => ({ screen, signature, field })),
          }),
        ),
      }),
    );
    expect([same.rulesAdded, same.rulesReplaced, same.rulesSame]).toEqual([[], [], 1]);
    expect(rulesToSave(same, 'code', 'x', 1)).toEqual([]); // my own rule stays mine ("taught here")
  });

  it('names the secrets a file carries, kept only when unlocked, and never their values', () => {
    const file = personFile(
      ProfileInputSchema.parse({
        label: 'Jane at DSS',
        securityQuestions: [
          { question: 'First pet?', answer: 'Rex-secret' },
          { question: 'City?', answer: 'Fulton-secret' },
        ],
        group: { pin: '4417-secret' },
      }),
    );
    const locked = previewImport(input({ current: null, file, source: 'file' }));
    expect(locked.secrets).toEqual(['the group PIN', '2 security answers']);
    expect(locked.secretsKept).toBe(false);
    expect(previewImport(input({ current: null, file, source: 'file', unlocked: true })).secretsKept).toBe(true);
    // What is shown (and the fingerprint) holds none; only the merged profile to save does.
    const { personal, other, secrets, fingerprint } = locked;
    expect(JSON.stringify({ personal, other, secrets, fingerprint })).not.toMatch(
      /Rex-secret|Fulton-secret|4417-secret/,
    );
    expect(locked.merge.merged.group.pin).toBe('4417-secret');
  });

  it('says a secret will be left out, not set, while the passphrase is not unlocked', () => {
    const file = personFile(
      ProfileInputSchema.parse({
        label: 'Jane at DSS',
        securityQuestions: [{ question: 'First pet?', answer: 'Rex' }],
        group: { pin: '4417' },
      }),
    );
    const rows = (unlocked: boolean) =>
      [...previewImport(input({ current: null, file, source: 'file', unlocked })).personal]
        .concat(previewImport(input({ current: null, file, source: 'file', unlocked })).other)
        .filter((c) => c.path === 'group.pin' || c.path === 'securityQuestions.0.answer')
        .map(({ path, to, applied, leftOut }) => ({ path, to, applied, leftOut }));
    const leftOut = 'will be left out: it is kept only under your own passphrase, which is not unlocked';
    expect(rows(false)).toEqual([
      { path: 'securityQuestions.0.answer', to: leftOut, applied: false, leftOut: true },
      { path: 'group.pin', to: leftOut, applied: false, leftOut: true },
    ]);
    expect(rows(true)).toEqual([
      { path: 'securityQuestions.0.answer', to: 'will be set', applied: true, leftOut: false },
      { path: 'group.pin', to: 'will be set', applied: true, leftOut: false },
    ]);
  });

  it('warns when a group or person name mixes alphabets', () => {
    const file = groupFile(GroupProfileSchema.parse({ groupName: 'Cole C\u043Eunty DSS' }), {
      firstName: 'J\u0430ne',
      lastName: 'Doe',
      email: 'j@x.org',
      position: '',
      department: '',
      supervisor: '',
    });
    expect(previewImport(input({ file })).warnings).toEqual([
      { field: 'Group name', text: 'Cole C\u043Eunty DSS' },
      { field: 'First name', text: 'J\u0430ne' },
    ]);
    expect(previewImport(input({})).warnings).toEqual([]);
  });
});
