/**
 * Broken and hostile imports, one case per behaviour, each sent to the
 * background's real import handler (a profile file's text, or a share code
 * with its passphrase) while a profile, its secrets and a taught field are
 * saved. Each case is refused with its own exact message, nothing reaches
 * Object.prototype, and the whole IndexedDB is the same after as before.
 * Script-like text in a free-text field is not refused: it is kept verbatim,
 * as data. A small seeded random-bytes fuzz (which cannot know its messages)
 * checks only that each input is refused in a plain sentence, without
 * throwing, pollution or change.
 */
import { describe, expect, it } from 'vitest';
import { openAppDb } from '@/lib/storage/db';
import { GroupProfileSchema } from '@/lib/profile/group-profile';
import { ProfileInputSchema } from '@/lib/profile/profile';
import { PROFILE_FORMAT, groupFile, parseProfileFile, personFile, type ProfileFile } from '@/lib/profile/profile-file';
import { profileStoreHandlers, type KeyKeeper } from '@/lib/handlers';
import { route } from '@/lib/messaging/router';
import { createProfileStore, type ProfileStore } from '@/lib/storage/profile-store';
import { newKeyParams } from '@/lib/storage/secret-box';
import {
  SHARE_CODE_MESSAGES,
  checksum,
  decodeShareCode,
  encodeShareCode,
  fromBase64Url,
  shareKey,
  toBase64Url,
} from '@/lib/sharing/share-code';

// ---------------------------------------------------------------- material

const PASSPHRASE = 'blue heron at noon';

const GROUP_FILE = groupFile(
  GroupProfileSchema.parse({
    groupName: 'Cole County Children’s Division',
    mailingAddress: { line1: '1716 Four Seasons Dr', line2: 'Suite 200', city: 'Jefferson City', zip: '65101' },
    billingAddress: { line1: 'PO Box 88', line2: 'Attn: Accounts', city: 'Jefferson City', zip: '65102' },
    phone: '573-555-0142',
    department: 'Children’s Division',
    supervisor: 'Ann Smith',
    position: 'Clerk',
    note: 'Ask Ann if the PIN is refused.',
    rules: [{ screen: 'name-email', signature: 'nom de famille', field: 'lastName' }],
  }),
  {
    firstName: 'José',
    lastName: 'Ñúñez',
    email: 'jose@dss.mo.gov',
    position: 'Clerk',
    department: 'CD',
    supervisor: 'Bo',
  },
);
const PERSON_FILE = personFile(
  ProfileInputSchema.parse({
    label: 'Jane at DSS',
    username: 'jdoe_dss_01',
    firstName: 'Jane',
    lastName: 'Doe',
    email: 'jane@dss.mo.gov',
    phone: '573-555-0100',
    mailingAddress: { line1: '221 W High St', line2: 'Room 4', city: 'Jefferson City', zip: '65101' },
    billingAddress: null,
    securityQuestions: [{ question: 'First pet?' }],
    group: { name: 'DSS', position: 'Clerk', department: 'CD', supervisor: 'Ann', notes: 'Hi' },
  }),
  [{ screen: 'name-email', signature: 'given', field: 'firstName' }],
);
/** Version 1 had no administrator's e-mail. */
const { adminEmail: _none, ...V1_GROUP } = PERSON_FILE.profile.group;
const V1_FILE = {
  format: PROFILE_FORMAT,
  version: 1,
  profile: { ...PERSON_FILE.profile, group: V1_GROUP },
  rules: PERSON_FILE.rules,
};

type Path = (string | number)[];
const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;
/** A copy of `root` with `value` at `path` (undefined: the member taken out). */
function setAt(root: unknown, path: Path, value: unknown): unknown {
  const copy = clone(root) as Record<string | number, unknown>;
  let at = copy;
  for (const k of path.slice(0, -1)) at = at[k] as Record<string | number, unknown>;
  if (value === undefined) delete at[path.at(-1)!];
  else at[path.at(-1)!] = value;
  return copy;
}
const text = (root: unknown, path: Path, value: unknown) => JSON.stringify(setAt(root, path, value));

/** A plain code packed by hand (right check, right packing) around any bytes or text. */
async function handMade(json: string | Uint8Array<ArrayBuffer>): Promise<string> {
  const stream = new CompressionStream('deflate-raw');
  const writer = stream.writable.getWriter();
  void writer.write(typeof json === 'string' ? new TextEncoder().encode(json) : json).then(() => writer.close());
  const parts: number[] = [];
  const reader = stream.readable.getReader();
  for (let r = await reader.read(); !r.done; r = await reader.read()) parts.push(...r.value);
  const body = toBase64Url(Uint8Array.from(parts));
  return `MOEF3-${body}.${await checksum('MOEF3-' + body)}`;
}
/** A code of `prefix` and `body` with its right check. */
const checked = async (prefix: string, body: string) => `${prefix}${body}.${await checksum(prefix + body)}`;

/** The group file with no PIN: what a plain share code may carry. */
const plainGroupFile = { ...GROUP_FILE, group: { ...GROUP_FILE.group, pin: '' } };
const PLAIN_CODE = await encodeShareCode(plainGroupFile);
const LOCKED_CODE = await encodeShareCode(
  { ...GROUP_FILE, group: { ...GROUP_FILE.group, pin: '4417' } } as ProfileFile,
  { key: await shareKey(PASSPHRASE, newKeyParams(100_000)) },
);
const PLAIN_BODY = PLAIN_CODE.slice('MOEF3-'.length, PLAIN_CODE.lastIndexOf('.'));
const LOCKED_BODY = LOCKED_CODE.slice('MOEF3E-'.length, LOCKED_CODE.lastIndexOf('.'));
/** The locked code asking for `iterations` key-derivation rounds (its check made right again). */
async function lockedWithIterations(iterations: number): Promise<string> {
  const bytes = fromBase64Url(LOCKED_BODY);
  new DataView(bytes.buffer).setUint32(1 + bytes[0]!, iterations);
  return checked('MOEF3E-', toBase64Url(bytes));
}
/** A character of a code swapped for another base64url character. */
const swapped = (code: string, at: number) => code.slice(0, at) + (code[at] === 'A' ? 'B' : 'A') + code.slice(at + 1);

// ---------------------------------------------------------------- the cases

type ImportRequest =
  { type: 'profiles/import'; text: string } | { type: 'profiles/import-code'; code: string; passphrase?: string };
const file = (input: string): ImportRequest => ({ type: 'profiles/import', text: input });
const code = (input: string, passphrase?: string): ImportRequest =>
  passphrase === undefined
    ? { type: 'profiles/import-code', code: input }
    : { type: 'profiles/import-code', code: input, passphrase };

// Messages more than one case gets, written out once.
const NOT_JSON =
  'This is not a profile file: its text is not in the expected format (JSON). Check you chose the right file.';
const NOT_A_PROFILE_FILE = 'This is not a Missouri eFiling profile file. Check you chose the right file.';
const UNKNOWN_VERSION =
  'The profile file’s "version" is missing or is not one this extension knows (it should be 1, 2 or 3). Check you chose the right file.';
const UNKNOWN_KIND =
  'The profile file’s "kind" should be "person" (one person’s profile) or "group" (a group profile).';
const TOO_DEEP = 'The file is nested far deeper than a profile file can be.';
const NOT_A_CODE =
  'This is not a Missouri eFiling share code. A share code starts with “MOEF3-” or “MOEF3E-” (older ones with “MOEF2-” or “MOEF2E-”): check you copied the whole code from the message.';
const DAMAGED =
  'This share code is damaged: some of its characters were changed or lost on the way. Copy it again from the original message, or ask for a new code.';
const TRUNCATED =
  'This share code is incomplete: its end is missing. Copy the whole code, down to its last character, and paste it again.';
const NEEDS_PASSPHRASE =
  'This share code is locked with a passphrase. Type the passphrase you were given (it is sent separately from the code).';
const BAD_LOCK = 'This share code is locked in a way this extension does not accept. Ask for a new code.';
const GROUP_NAME_NOT_TEXT = 'Group name has the wrong kind of value (expected string).';
const EMPTY_CODE = 'Paste the share code first: the box is empty.';

/** [what is wrong, the request, exactly what the person is told]. */
const REFUSED: [string, ImportRequest, string][] = [
  // Not a profile file at all.
  ['file: empty text', file(''), NOT_JSON],
  ['file: text that is not JSON', file('{"format": "mo-efiling-profile", '), NOT_JSON],
  ['file: 100,000 open brackets', file('['.repeat(100_000)), NOT_JSON],
  ['file: a JSON list', file('[1, 2, 3]'), NOT_A_PROFILE_FILE],
  ['file: JSON null', file('null'), NOT_A_PROFILE_FILE],
  ['file: another format', file(text(GROUP_FILE, ['format'], 'mo-efiling-profiles')), NOT_A_PROFILE_FILE],
  ['file: no format', file(text(GROUP_FILE, ['format'], undefined)), NOT_A_PROFILE_FILE],
  [
    'file: over 256 kB',
    file(text(GROUP_FILE, ['group', 'note'], 'é'.repeat(150_000))),
    'This profile file is too large (over 256 kB). Check you chose the right file.',
  ],
  // Versions and kinds.
  [
    'file: a newer version',
    file(text(GROUP_FILE, ['version'], 4)),
    'This profile file was made by a newer version of the extension (file version 4). Update the extension, then import it again.',
  ],
  ['file: version 0', file(text(GROUP_FILE, ['version'], 0)), UNKNOWN_VERSION],
  ['file: version as text', file(text(GROUP_FILE, ['version'], '2')), UNKNOWN_VERSION],
  ['file: no version', file(text(GROUP_FILE, ['version'], undefined)), UNKNOWN_VERSION],
  [
    'file: no kind',
    file(text(GROUP_FILE, ['kind'], undefined)),
    'The profile file does not say what kind it is: "kind" should be "person" (one person’s profile) or "group" (a group profile).',
  ],
  ['file: an unknown kind', file(text(GROUP_FILE, ['kind'], 'team')), UNKNOWN_KIND],
  [
    'file: a person file with a group instead of a profile',
    file(text(GROUP_FILE, ['kind'], 'person')),
    'Profile is missing. Unknown items: group, person. Remove them or check the file is a profile file.',
  ],
  // The wrong kind of value, for each kind of member.
  ['file: a number for a text (group name)', file(text(GROUP_FILE, ['group', 'groupName'], 42)), GROUP_NAME_NOT_TEXT],
  [
    'file: a number for a secret (the PIN)',
    file(text(GROUP_FILE, ['group', 'pin'], 4417)),
    'Group PIN has the wrong kind of value (expected string).',
  ],
  [
    'file: text for an address',
    file(text(GROUP_FILE, ['group', 'mailingAddress'], '1716 Four Seasons Dr')),
    'Mailing address has the wrong kind of value (expected object).',
  ],
  [
    'file: a list for a billing address',
    file(text(GROUP_FILE, ['group', 'billingAddress'], [])),
    'Billing address has the wrong kind of value (expected object).',
  ],
  [
    'file: an object for a list (taught fields)',
    file(text(GROUP_FILE, ['group', 'rules'], {})),
    'Taught fields has the wrong kind of value (expected array).',
  ],
  [
    'file: a number in a list of taught fields',
    file(text(GROUP_FILE, ['group', 'rules'], [0])),
    'Taught field 1 has the wrong kind of value (expected object).',
  ],
  [
    'file: text for a yes/no (no MOBar number)',
    file(text(PERSON_FILE, ['profile', 'noMobarNumber'], 'yes')),
    '"I do not have a MOBAR number" has the wrong kind of value (expected boolean).',
  ],
  [
    'file: text for the personal part',
    file(text(GROUP_FILE, ['person'], 'José')),
    'Personal details has the wrong kind of value (expected object).',
  ],
  [
    'file: null for the profile (version 1)',
    file(text(V1_FILE, ['profile'], null)),
    'Profile has the wrong kind of value (expected object).',
  ],
  [
    'file: a number for a security question',
    file(text(PERSON_FILE, ['profile', 'securityQuestions', 0], 7)),
    'Security question 1 has the wrong kind of value (expected object).',
  ],
  // Missing or empty where required.
  ['file: no profile (version 1)', file(text(V1_FILE, ['profile'], undefined)), 'Profile is missing.'],
  [
    'file: no group name',
    file(text(GROUP_FILE, ['group', 'groupName'], undefined)),
    'Group name is missing: give the group’s name as the court’s “Group Name” shows it.',
  ],
  [
    'file: an empty profile name',
    file(text(PERSON_FILE, ['profile', 'label'], '   ')),
    'Profile name is empty: give the profile a name, for example "Jane at DSS".',
  ],
  // Over-long text and lists.
  [
    'file: a 201-character group name',
    file(text(GROUP_FILE, ['group', 'groupName'], 'x'.repeat(201))),
    'Group name must be 200 characters or fewer.',
  ],
  [
    'file: a 51-character first name (personal part)',
    file(text(GROUP_FILE, ['person', 'firstName'], 'x'.repeat(51))),
    'First name (personal details) must be 50 characters or fewer.',
  ],
  [
    'file: an 81-character profile name (version 1)',
    file(text(V1_FILE, ['profile', 'label'], 'x'.repeat(81))),
    'Profile name must be 80 characters or fewer.',
  ],
  [
    'file: a 501-character note to users',
    file(text(GROUP_FILE, ['group', 'note'], 'x'.repeat(501))),
    'Note to users must be 500 characters or fewer.',
  ],
  [
    'file: an 11-character ZIP',
    file(text(GROUP_FILE, ['group', 'mailingAddress', 'zip'], '65101-12345')),
    'Mailing address, ZIP code must be 10 characters or fewer. Mailing address, ZIP code must be 5 digits, or ZIP+4 like 65101-1234.',
  ],
  [
    'file: a 201-character taught field signature',
    file(text(GROUP_FILE, ['group', 'rules', 0, 'signature'], 'x'.repeat(201))),
    'Taught field 1 (signature) must be 200 characters or fewer.',
  ],
  [
    'file: 201 taught fields',
    file(
      text(
        GROUP_FILE,
        ['group', 'rules'],
        Array.from({ length: 201 }, (_, i) => ({ screen: 'name-email', signature: `s${i}`, field: 'lastName' })),
      ),
    ),
    'Taught fields has room for 200 taught fields only.',
  ],
  [
    'file: four security questions',
    file(
      text(
        PERSON_FILE,
        ['profile', 'securityQuestions'],
        Array.from({ length: 4 }, () => ({ question: 'q?' })),
      ),
    ),
    'Security questions has room for three questions only.',
  ],
  // Deep nesting.
  [
    'file: lists 7 deep in the group name (not too deep: the wrong kind)',
    file(text(GROUP_FILE, ['group', 'groupName'], JSON.parse('['.repeat(7) + ']'.repeat(7)))),
    GROUP_NAME_NOT_TEXT,
  ],
  [
    'file: lists 8 deep in the group name',
    file(text(GROUP_FILE, ['group', 'groupName'], JSON.parse('['.repeat(8) + ']'.repeat(8)))),
    TOO_DEEP,
  ],
  [
    'file: objects 20 deep in a version 1 profile',
    file(text(V1_FILE, ['profile', 'group', 'notes'], JSON.parse('{"a":'.repeat(20) + '1' + '}'.repeat(20)))),
    TOO_DEEP,
  ],
  ['file: 50,000 nested lists', file('['.repeat(50_000) + ']'.repeat(50_000)), TOO_DEEP],
  // Prototype keys, at the top and nested.
  [
    'file: "__proto__" at the top',
    file(
      `{"format":"${PROFILE_FORMAT}","version":2,"kind":"group","__proto__":{"polluted":"yes"},"group":{"groupName":"x"}}`,
    ),
    'The file contains an item named "__proto__", which a profile file never has.',
  ],
  [
    'file: "__proto__" in a taught field',
    file(
      `{"format":"${PROFILE_FORMAT}","version":2,"kind":"group","group":{"groupName":"x","rules":[{"__proto__":{"polluted":"yes"}}]}}`,
    ),
    'The file contains an item named "__proto__", which a profile file never has.',
  ],
  [
    'file: "constructor" at the top',
    file(text(GROUP_FILE, ['constructor'], { prototype: { polluted: 'yes' } })),
    'The file contains an item named "constructor", which a profile file never has.',
  ],
  [
    'file: "constructor" in the mailing address',
    file(text(GROUP_FILE, ['group', 'mailingAddress', 'constructor'], { prototype: { polluted: 'yes' } })),
    'The file contains an item named "constructor", which a profile file never has.',
  ],
  [
    'file: "prototype" at the top',
    file(text(PERSON_FILE, ['prototype'], { polluted: 'yes' })),
    'The file contains an item named "prototype", which a profile file never has.',
  ],
  [
    'file: "prototype" in the personal part',
    file(text(GROUP_FILE, ['person', 'prototype'], { polluted: 'yes' })),
    'The file contains an item named "prototype", which a profile file never has.',
  ],
  // Members a profile file never has.
  [
    'file: an unknown member at the top',
    file(text(GROUP_FILE, ['admin'], true)),
    'Unknown item: admin. Remove it or check the file is a profile file.',
  ],
  [
    'file: an unknown member in the group profile',
    file(text(GROUP_FILE, ['group', 'admin'], true)),
    'Unknown item in Group profile: admin. Remove it or check the file is a profile file.',
  ],
  [
    'file: seven unknown members, one 100,000 characters long',
    file(
      JSON.stringify({
        ...GROUP_FILE,
        group: { ...GROUP_FILE.group, ['k'.repeat(100_000)]: 1, m1: 1, m2: 2, m3: 3, m4: 4, m5: 5, m6: 6 },
      }),
    ),
    'Unknown items in Group profile: kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk…, m1, m2, m3, m4 and 2 more. Remove them or check the file is a profile file.',
  ],
  // Script-like text where the text is checked.
  [
    'file: script-like text for an e-mail address',
    file(text(GROUP_FILE, ['person', 'email'], '<script>alert(document.cookie)</script>')),
    'E-mail address (personal details) is not an e-mail address (it should look like name@agency.mo.gov).',
  ],
  [
    'file: script-like text for a ZIP',
    file(text(GROUP_FILE, ['group', 'mailingAddress', 'zip'], '<b>1</b>')),
    'Mailing address, ZIP code must be 5 digits, or ZIP+4 like 65101-1234.',
  ],
  [
    'file: script-like text for a phone number',
    file(text(PERSON_FILE, ['profile', 'phone'], '=HYPERLINK("x")')),
    'Phone number should have 10 digits, like 573-555-0100.',
  ],
  [
    'file: script-like text for a taught field’s screen',
    file(text(GROUP_FILE, ['group', 'rules', 0, 'screen'], '<img src=x onerror=alert(1)>')),
    'Taught field 1 (screen) is not one this extension knows.',
  ],
  [
    'file: script-like text for a taught field’s field',
    file(text(PERSON_FILE, ['rules', 0, 'field'], '${alert(1)}')),
    'Taught field 1 (field) is not one this extension knows.',
  ],
  ['file: script-like text for the kind', file(text(GROUP_FILE, ['kind'], '"><svg onload=alert(1)>')), UNKNOWN_KIND],
  // Share codes: not a code.
  ['code: empty', code(''), EMPTY_CODE],
  ['code: only spaces and line breaks', code('  \n\t \n'), EMPTY_CODE],
  ['code: a sentence', code('Here is the code you asked for.'), NOT_A_CODE],
  [
    'code: a profile file’s text',
    code(JSON.stringify(GROUP_FILE)),
    'This is the text of a profile file, not a share code. Save it as a file and import it under “Import a profile file”.',
  ],
  ['code: a wrong prefix', code(`MOEG3-${PLAIN_BODY}`), NOT_A_CODE],
  ['code: the prefix in small letters', code(PLAIN_CODE.toLowerCase()), NOT_A_CODE],
  ['code: no prefix', code(PLAIN_CODE.slice('MOEF3-'.length)), NOT_A_CODE],
  [
    'code: a newer version',
    code(await checked('MOEF4-', PLAIN_BODY)),
    'This share code was made by a newer version of the extension (code version 4). Update the extension, then paste the code again.',
  ],
  [
    'code: an older version',
    code(await checked('MOEF1-', PLAIN_BODY)),
    'This share code is in an older form this extension does not read. Ask whoever sent it for a new share code.',
  ],
  [
    'code: over 64 kB',
    code(`MOEF3-${'A'.repeat(70_000)}.00000000`),
    'This is too long to be a share code (over 64 kB of text). Check you copied only the code.',
  ],
  // Damaged and truncated.
  ['code: the check changed', code(PLAIN_CODE.slice(0, -1) + (PLAIN_CODE.endsWith('0') ? '1' : '0')), DAMAGED],
  ['code: the check not hex', code(PLAIN_CODE.replace(/\.[0-9a-f]{8}$/, '.zzzzzzzz')), DAMAGED],
  ['code: a character of the body changed', code(swapped(PLAIN_CODE, 20)), DAMAGED],
  ['code: four characters of the body lost', code(PLAIN_CODE.slice(0, 20) + PLAIN_CODE.slice(24)), DAMAGED],
  ['code: a character not in a code', code(PLAIN_CODE.slice(0, 20) + '<' + PLAIN_CODE.slice(21)), DAMAGED],
  ['code: cut in the middle', code(PLAIN_CODE.slice(0, PLAIN_CODE.length >> 1)), TRUNCATED],
  ['code: cut in its check', code(PLAIN_CODE.slice(0, -4)), TRUNCATED],
  ['code: twice', code(PLAIN_CODE + PLAIN_CODE), DAMAGED],
  // Locked codes.
  ['code: locked, no passphrase', code(LOCKED_CODE), NEEDS_PASSPHRASE],
  [
    'code: locked, the wrong passphrase',
    code(LOCKED_CODE, 'blue heron at dusk'),
    'That passphrase does not open this share code. Check it (capital letters count) and try again, or ask for it again.',
  ],
  ['code: locked, asking for 1 key round', code(await lockedWithIterations(1)), NEEDS_PASSPHRASE],
  [
    'code: locked, asking for 1 key round, with the passphrase',
    code(await lockedWithIterations(1), PASSPHRASE),
    BAD_LOCK,
  ],
  [
    'code: locked, asking for 4 billion key rounds',
    code(await lockedWithIterations(0xffff_ffff), PASSPHRASE),
    BAD_LOCK,
  ],
  [
    'code: locked, too short to hold a lock',
    code(await checked('MOEF3E-', LOCKED_BODY.slice(0, 30)), PASSPHRASE),
    DAMAGED,
  ],
  ['code: a plain body behind a locked prefix', code(await checked('MOEF3E-', PLAIN_BODY), PASSPHRASE), BAD_LOCK],
  // Hand-made codes: right check and packing, hostile contents.
  [
    'code: unpacking to 1 MB',
    code(await handMade(new Uint8Array(1024 * 1024))),
    'This share code unpacks to more than 256 kB, far more than any profile. Ask for a new code.',
  ],
  ['code: holding text that is not UTF-8', code(await handMade(Uint8Array.from([0xff, 0xfe, 0xc3, 0x28]))), DAMAGED],
  [
    'code: not packed',
    code(await checked('MOEF3-', toBase64Url(new TextEncoder().encode(JSON.stringify(plainGroupFile))))),
    DAMAGED,
  ],
  [
    'code: holding text that is not JSON',
    code(await handMade('not a profile')),
    'The share code was read, but the profile in it was refused. This is not a profile file: its text is not in the expected format (JSON). Check you chose the right file.',
  ],
  [
    'code: holding "__proto__"',
    code(
      await handMade(
        `{"format":"${PROFILE_FORMAT}","version":2,"kind":"group","group":{"groupName":"x","__proto__":{"polluted":"yes"}}}`,
      ),
    ),
    'The share code was read, but the profile in it was refused. The file contains an item named "__proto__", which a profile file never has.',
  ],
  [
    'code: holding a newer version',
    code(await handMade(text(plainGroupFile, ['version'], 4))),
    'The share code was read, but the profile in it was refused. This profile file was made by a newer version of the extension (file version 4). Update the extension, then import it again.',
  ],
  [
    'code: holding script-like text for an e-mail address',
    code(await handMade(text(plainGroupFile, ['person', 'email'], '<img src=x onerror=alert(1)>'))),
    'The share code was read, but the profile in it was refused. E-mail address (personal details) is not an e-mail address (it should look like name@agency.mo.gov).',
  ],
  [
    'code: plain, holding the PIN',
    code(await handMade(text(plainGroupFile, ['group', 'pin'], '4417'))),
    'This share code holds the group PIN but is not locked with a passphrase, so anyone who saw it could read the PIN. Nothing was imported: ask your group administrator for a locked code (its passphrase comes to you another way).',
  ],
  [
    'code: holding security answers',
    code(
      await handMade(text(PERSON_FILE, ['profile', 'securityQuestions'], [{ question: 'First pet?', answer: 'Rex' }])),
    ),
    'This share code holds answers to security questions. Those answers are each person’s own and never come from a share code, so nothing was imported. Ask whoever sent it for a code without them.',
  ],
];

// ---------------------------------------------------------------- the checks

const PROTOTYPES = [Object.prototype, Array.prototype, Function.prototype, String.prototype];
const shapes = () => PROTOTYPES.map((p) => Object.getOwnPropertyNames(p).sort().join(','));
const SHAPES = shapes();
function expectUnpolluted() {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.getPrototypeOf({})).toBe(Object.prototype);
  expect(shapes()).toEqual(SHAPES);
}

/** Everything saved, every store, keys and values. */
async function dump(): Promise<string> {
  const db = await openAppDb();
  const all = [];
  for (const name of [...db.objectStoreNames].sort()) {
    const s = name as 'profiles' | 'settings' | 'rules' | 'progress';
    all.push([name, await db.getAllKeys(s), await db.getAll(s)]);
  }
  db.close();
  return JSON.stringify(all);
}

const effects = { openOptions() {}, allDeleted() {} };
/** A passphrase set, a profile with its password and answer saved, a taught field; unlocked, as when importing. */
async function savedProfile(): Promise<{ store: ProfileStore; keys: KeyKeeper; before: string }> {
  const store = createProfileStore(openAppDb());
  // Few key rounds: what is saved is what matters here, not the strength of its lock.
  const key = await store.setPassphrase('correct horse battery', null, newKeyParams(1000));
  await store.save(
    ProfileInputSchema.parse({
      label: 'Jane at DSS',
      firstName: 'Jane',
      securityQuestions: [{ question: 'First pet?', answer: 'Rex' }],
      group: { name: 'DSS', pin: '4417' },
    }),
    key,
    { password: 'Pw-Zq81!unique' },
  );
  await store.addRules([{ screen: 'name-email', signature: 'given', field: 'firstName' }]);
  const keys: KeyKeeper = { get: async () => key, set: async () => {} };
  return { store, keys, before: await dump() };
}
const send = (store: ProfileStore, keys: KeyKeeper, request: ImportRequest) =>
  route(request, { from: 'extension-page' }, profileStoreHandlers(store, keys, effects));

const IMG = '<img src=x onerror=alert(1)>';
const SCRIPT = '<script>alert(document.cookie)</script>';
const TEMPLATE = '{{constructor.constructor("alert(1)")()}}';
const SVG = '"><svg onload=alert(1)>';
const SQL = "'); DROP TABLE profiles; --";

describe('script-like text in a free-text field is kept verbatim, as data', () => {
  it('in a person file: the profile name, the group notes, a security question', async () => {
    const { store, keys, before } = await savedProfile();
    const input = JSON.stringify({
      ...PERSON_FILE,
      profile: {
        ...PERSON_FILE.profile,
        label: IMG,
        securityQuestions: [{ question: TEMPLATE }],
        group: { ...PERSON_FILE.profile.group, notes: SCRIPT },
      },
    });
    const response = await send(store, keys, file(input));
    expect(response).toEqual({ ok: true, data: { id: expect.any(String), notes: [] } });
    const { profile } = await store.exportable((response as { data: { id: string } }).data.id);
    expect(profile.label).toBe('<img src=x onerror=alert(1)>');
    expect(profile.securityQuestions).toEqual([{ question: '{{constructor.constructor("alert(1)")()}}' }]);
    expect(profile.group.notes).toBe('<script>alert(document.cookie)</script>');
    expectUnpolluted();
    expect(await dump()).not.toBe(before); // the dump the refusals compare does see an import
  });

  it('in a group file: the group name, the department, the note to users (shown as it is)', async () => {
    const { store, keys } = await savedProfile();
    const input = JSON.stringify({
      ...plainGroupFile,
      group: { ...plainGroupFile.group, groupName: SQL, department: TEMPLATE, note: SVG },
      person: undefined, // the group's own department, not one a personal part would give
    });
    const response = await send(store, keys, file(input));
    expect(response).toEqual({
      ok: true,
      data: { id: expect.any(String), notes: ['Note from your group administrator: "><svg onload=alert(1)>'] },
    });
    const { profile } = await store.exportable((response as { data: { id: string } }).data.id);
    expect(profile.group.name).toBe("'); DROP TABLE profiles; --");
    expect(profile.group.department).toBe('{{constructor.constructor("alert(1)")()}}');
    expectUnpolluted();
  });

  it('in a share code: the note to users and the supervisor', async () => {
    const { store, keys } = await savedProfile();
    const input = await handMade(
      JSON.stringify({
        ...plainGroupFile,
        group: { ...plainGroupFile.group, supervisor: IMG, note: SCRIPT },
        person: undefined,
      }),
    );
    const response = await send(store, keys, code(input));
    expect(response).toEqual({
      ok: true,
      data: {
        id: expect.any(String),
        notes: ['Note from your group administrator: <script>alert(document.cookie)</script>'],
      },
    });
    const { profile } = await store.exportable((response as { data: { id: string } }).data.id);
    expect(profile.group.supervisor).toBe('<img src=x onerror=alert(1)>');
    expectUnpolluted();
  });
});

// ---------------------------------------------------------------- a small seeded fuzz

/** mulberry32: the same "random" inputs on every run. */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = prng(0x5eed_2026);
const int = (n: number) => Math.floor(random() * n);
const bytes = (n: number) => Uint8Array.from({ length: n }, () => int(256));
const asText = (b: Uint8Array, i: number) => (i % 2 ? new TextDecoder().decode(b) : String.fromCharCode(...b));
const B64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

const FUZZ: [string, ImportRequest][] = [];
for (let i = 0; i < 20; i++) FUZZ.push([`file: random bytes #${i}`, file(asText(bytes(int(3000)), i))]);
for (let i = 0; i < 10; i++)
  FUZZ.push([
    `file: a profile file's start, then random bytes #${i}`,
    file(`{"format":"${PROFILE_FORMAT}",${asText(bytes(int(300)), i)}`),
  ]);
for (let i = 0; i < 10; i++) FUZZ.push([`code: random bytes #${i}`, code(asText(bytes(int(3000)), i))]);
for (let i = 0; i < 10; i++) {
  const body = Array.from({ length: 1 + int(600) }, () => B64URL[int(64)]).join('');
  const prefix = i % 2 ? 'MOEF3E-' : 'MOEF3-';
  FUZZ.push([
    `code: ${prefix} and a random body with its right check #${i}`,
    code(await checked(prefix, body), PASSPHRASE),
  ]);
}

/** A sentence for a person: not a stack trace, not "[object Object]", not a wall of text. */
function expectPlain(message: unknown) {
  expect(typeof message).toBe('string');
  const m = message as string;
  expect(m.length).toBeGreaterThan(10);
  expect(m.length).toBeLessThan(1200);
  expect(m).toMatch(/^[A-Z"“]/);
  expect(m).toMatch(/[.)]$/);
  expect(m).not.toMatch(/\[object |undefined|NaN|TypeError|SyntaxError|RangeError|\n\s+at /);
}

describe('random bytes (seeded): refused in a plain sentence, nothing thrown, polluted or changed', () => {
  it.each(FUZZ)('%s', async (_what, request) => {
    const { store, keys, before } = await savedProfile();
    const response = await send(store, keys, request); // a throw fails the test
    expect(response.ok).toBe(false);
    expectPlain((response as { error: unknown }).error);
    expectUnpolluted();
    expect(await dump()).toBe(before);
  });

  it('would notice pollution (the check itself can fail)', () => {
    expectUnpolluted();
    const proto = Object.prototype as unknown as Record<string, unknown>;
    proto.polluted = 'yes';
    try {
      expect(() => expectUnpolluted()).toThrow();
    } finally {
      delete proto.polluted;
    }
    expectUnpolluted();
  });
});

describe('hostile imports, one per behaviour', () => {
  it.each(REFUSED)('%s', async (_what, request, error) => {
    const { store, keys, before } = await savedProfile();
    const response = await send(store, keys, request);
    expect(response).toEqual({ ok: false, error });
    expectUnpolluted();
    expect(await dump()).toBe(before);
  });

  it('what is saved is really in the dump the cases compare', async () => {
    const { before } = await savedProfile();
    expect(before).toContain('Jane at DSS');
    expect(before).toContain('"signature":"given"');
    expect(before).toContain('"vault"');
  });
});

// ---------------------------------------------------------------- hand-written: trust (what an import may route, replace or hide)

describe('hostile imports that look well-formed', () => {
  const keys = { get: async () => null, set: async () => {} };
  const effects = { openOptions() {}, allDeleted() {} };
  const plainGroup = (group: Record<string, unknown>) =>
    groupFile(GroupProfileSchema.parse({ groupName: 'Cole County DSS', ...group }));

  it('a plain code holding the PIN is refused for that', async () => {
    const code = await handMade(JSON.stringify(plainGroup({ pin: '4417' })));
    expect(await decodeShareCode(code)).toEqual({
      ok: false,
      error:
        'This share code holds the group PIN but is not locked with a passphrase, so anyone who saw it could read the PIN. Nothing was imported: ask your group administrator for a locked code (its passphrase comes to you another way).',
    });
  });

  it('a code holding security answers is refused, whatever else it holds', async () => {
    const file = personFile(
      ProfileInputSchema.parse({
        label: 'Jane at DSS',
        securityQuestions: [{ question: 'First pet?', answer: 'Rex' }],
      }),
    );
    expect(await decodeShareCode(await handMade(JSON.stringify(file)))).toEqual({
      ok: false,
      error:
        'This share code holds answers to security questions. Those answers are each person’s own and never come from a share code, so nothing was imported. Ask whoever sent it for a code without them.',
    });
  });

  it('a code whose group name is reversed by a right-to-left override is refused, naming the field', async () => {
    const code = await handMade(JSON.stringify(plainGroup({ groupName: '\u202ESSD ytnuoC eloC' })));
    expect(await decodeShareCode(code)).toEqual({
      ok: false,
      error:
        'The share code was read, but the profile in it was refused. Group name contains a hidden character that turns the direction of the text around, which can make one name read as another. Remove it (retype the text) and try again.',
    });
  });

  it('a file with a zero-width character in the person’s first name is refused, naming the field', () => {
    const file = groupFile(GroupProfileSchema.parse({ groupName: 'Cole County DSS' }), {
      firstName: 'Ja\u200Bne',
      lastName: 'Doe',
      email: 'jane@dss.mo.gov',
      position: '',
      department: '',
      supervisor: '',
    });
    expect(parseProfileFile(JSON.stringify(file))).toEqual({
      ok: false,
      errors: [
        'First name (personal details) contains an invisible (zero-width) character, which can make one name look like another. Remove it (retype the text) and try again.',
      ],
    });
  });

  it('a file teaching the assistant to put the password into the site search box: that rule is left out, and said', async () => {
    const store = createProfileStore(openAppDb());
    const text = JSON.stringify(
      plainGroup({
        rules: [
          { screen: 'credentials', signature: 'search', field: 'password' },
          { screen: 'name-email', signature: 'surname', field: 'lastName' },
        ],
      }),
    );
    const r = await route(
      { type: 'profiles/import', text },
      { from: 'extension-page' },
      profileStoreHandlers(store, keys, effects),
    );
    expect(r).toEqual({
      ok: true,
      data: {
        id: expect.any(String),
        notes: [
          '1 taught field for a password, security answer or PIN was left out: the assistant uses only those you teach it yourself.',
        ],
      },
    });
    expect(
      (await store.listRules()).map(({ screen, signature, field, origin }) => [screen, signature, field, origin]),
    ).toEqual([['name-email', 'surname', 'lastName', 'file']]);
  });

  it('an import that would replace my taught field without a preview, or after the preview changed, changes nothing', async () => {
    const store = createProfileStore(openAppDb());
    await store.addRules([{ screen: 'name-email', signature: 'surname', field: 'lastName' }]);
    const text = JSON.stringify(
      plainGroup({ rules: [{ screen: 'name-email', signature: 'surname', field: 'email' }] }),
    );
    const send = (extra: object) =>
      route(
        { type: 'profiles/import', text, ...extra },
        { from: 'extension-page' },
        profileStoreHandlers(store, keys, effects),
      );
    expect(await send({})).toEqual({
      ok: false,
      error:
        'Nothing was imported: this import would replace fields you taught the assistant. Import it on the options page, where the preview shows what it replaces.',
    });
    expect(await send({ seen: '["something else"]' })).toEqual({
      ok: false,
      error:
        'Nothing was imported: what this import would change is no longer what the preview showed (something changed meanwhile, perhaps in another window). Read the file or share code again and check the new preview.',
    });
    expect((await store.state()).profiles).toEqual([]);
    expect(await store.listRules()).toEqual([
      { screen: 'name-email', signature: 'surname', field: 'lastName', origin: 'here', from: '', at: null },
    ]);
  });

  it('a share code’s file sent on with answers in it is refused by the background too', async () => {
    const store = createProfileStore(openAppDb());
    const text = JSON.stringify(
      personFile(ProfileInputSchema.parse({ label: 'x', securityQuestions: [{ question: 'q?', answer: 'a' }] })),
    );
    const r = await route(
      { type: 'profiles/import', text, source: 'code' },
      { from: 'extension-page' },
      profileStoreHandlers(store, keys, effects),
    );
    expect(r).toEqual({ ok: false, error: SHARE_CODE_MESSAGES.holdsAnswers });
    expect((await store.state()).profiles).toEqual([]);
  });
});
