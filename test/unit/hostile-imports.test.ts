/**
 * Broken and hostile imports, generated: seeded random bytes, random JSON,
 * deep nesting, huge strings, wrong types, prototype keys at every level,
 * script-like text in every string, damaged and hand-made share codes.
 * Each is refused with a plain message (or, for script-like text in an
 * otherwise valid file, read with the text kept verbatim as data); nothing
 * throws, nothing reaches Object.prototype, and nothing saved changes.
 */
import { describe, expect, it } from 'vitest';
import { openAppDb } from '@/lib/db';
import { GroupProfileSchema } from '@/lib/group-profile';
import { mergeImport } from '@/lib/import-merge';
import { ProfileInputSchema } from '@/lib/profile';
import { PROFILE_FORMAT, groupFile, parseProfileFile, personFile, type ProfileFileV2 } from '@/lib/profile-file';
import { profileStoreHandlers } from '@/lib/handlers';
import { route } from '@/lib/messaging/router';
import { createProfileStore } from '@/lib/profile-store';
import { newKeyParams } from '@/lib/secret-box';
import {
  SHARE_CODE_MESSAGES,
  checksum,
  decodeShareCode,
  encodeShareCode,
  shareKey,
  toBase64Url,
} from '@/lib/share-code';

// ---------------------------------------------------------------- material

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
const pick = <T>(list: readonly T[]): T => list[int(list.length)]!;
const bytes = (n: number) => Uint8Array.from({ length: n }, () => int(256));
const B64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

const PASSPHRASE = 'blue heron at noon';
const SCRIPTS = [
  '<img src=x onerror=alert(1)>',
  '<script>alert(document.cookie)</script>',
  'javascript:alert(1)',
  '"><svg onload=alert(1)>',
  "'); DROP TABLE profiles; --",
  '{{constructor.constructor("alert(1)")()}}',
  '${alert(1)}',
  '=HYPERLINK("http://evil.example")',
];
/** Fields whose text is checked (an address, a ZIP, a phone, a known screen): script-like text is refused there. */
const CHECKED = /(^|\.)(email|zip|phone|screen|field|format|version|kind)$/;

const GROUP_FILE = groupFile(
  GroupProfileSchema.parse({
    groupName: 'Cole County Children’s Division',
    pin: '4417',
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
    billingAddress: { line1: 'PO Box 1', line2: 'Attn', city: 'Fulton', zip: '65251' },
    securityQuestions: [{ question: 'First pet?', answer: 'Rex' }],
    group: { name: 'DSS', pin: '4417', position: 'Clerk', department: 'CD', supervisor: 'Ann', notes: 'Hi' },
  }),
  [{ screen: 'name-email', signature: 'given', field: 'firstName' }],
);
const V1_FILE = { format: PROFILE_FORMAT, version: 1, profile: PERSON_FILE.profile, rules: PERSON_FILE.rules };
const BASES = { group: GROUP_FILE, person: PERSON_FILE, v1: V1_FILE } as const;

type Path = (string | number)[];
const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

/** Every place in a value: [path, value], depth first. */
function places(value: unknown, path: Path = []): [Path, unknown][] {
  const out: [Path, unknown][] = [[path, value]];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...places(v, [...path, i])));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) out.push(...places(v, [...path, k]));
  }
  return out;
}
function setAt(root: unknown, path: Path, value: unknown): unknown {
  if (!path.length) return value;
  const copy = clone(root) as Record<string | number, unknown>;
  let at = copy;
  for (const k of path.slice(0, -1)) at = at[k] as Record<string | number, unknown>;
  at[path.at(-1)!] = value;
  return copy;
}
function getAt(root: unknown, path: Path): unknown {
  return path.reduce<unknown>((at, k) => (at as Record<string | number, unknown>)?.[k], root);
}
/** The object at `path` with an own member named `key` (a prototype key stays a plain member in the JSON). */
function withOwnKey(root: unknown, path: Path, key: string, value: unknown): string {
  const copy = clone(root);
  const target = path.length ? getAt(copy, path) : copy;
  Object.defineProperty(target, key, { value, enumerable: true, configurable: true, writable: true });
  return JSON.stringify(copy);
}

// ---------------------------------------------------------------- the cases

type Kind = 'file' | 'code';
interface Case {
  name: string;
  kind: Kind;
  input: string;
  passphrase?: string;
  /** Script-like text at this path of an otherwise valid file: read verbatim if the field is free text. */
  script?: { path: Path; text: string; mustRead: boolean };
  /** What a refusal must say, where the kind of input tells. */
  says?: RegExp;
}
const cases: Case[] = [];
const file = (name: string, input: string, script?: Case['script'], says?: RegExp) =>
  cases.push({ name, kind: 'file', input, script, says });
const code = (name: string, input: string, passphrase?: string, script?: Case['script'], says?: RegExp) =>
  cases.push({ name, kind: 'code', input, passphrase, script, says });
/** A damaged code is refused for what is wrong with the code, never by what it might hold. */
const CODE_REFUSAL = new RegExp(
  (Object.values(SHARE_CODE_MESSAGES) as unknown[])
    .filter((m): m is string => typeof m === 'string')
    // What a code holds is refused only once it is read whole: never the reason for a damaged one.
    .filter((m) => m !== SHARE_CODE_MESSAGES.holdsAnswers && m !== SHARE_CODE_MESSAGES.plainWithPin)
    .concat([SHARE_CODE_MESSAGES.newerVersion(3)])
    .map((m) => `^${m.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`)
    .join('|'),
);

// 1. Seeded random bytes, as text (both as Latin-1 and as UTF-8), to both readers.
for (let i = 0; i < 60; i++) {
  const b = bytes(int(3000));
  const text = i % 2 ? new TextDecoder().decode(b) : String.fromCharCode(...b);
  file(`random bytes #${i}`, text);
  code(`random bytes #${i}`, text);
}
// Random bytes behind something that looks right.
for (let i = 0; i < 10; i++)
  file(`JSON-looking random bytes #${i}`, `{"format":"${PROFILE_FORMAT}",` + String.fromCharCode(...bytes(200)));

// 2. Random JSON values, sometimes dressed as a profile file.
function randomJson(depth: number): unknown {
  const r = int(depth > 4 ? 5 : 8);
  if (r === 0) return null;
  if (r === 1) return random() < 0.5;
  if (r === 2) return random() * 1e12 - 5e11;
  if (r === 3) return String.fromCharCode(...bytes(int(40)).map((b) => 32 + (b % 95)));
  if (r === 4) return pick(SCRIPTS);
  if (r === 5) return Array.from({ length: int(5) }, () => randomJson(depth + 1));
  return Object.fromEntries(
    Array.from({ length: int(6) }, () => [
      pick(['format', 'version', 'kind', 'profile', 'group', 'person', 'rules', 'label', 'groupName', 'x', '']),
      randomJson(depth + 1),
    ]),
  );
}
for (let i = 0; i < 40; i++) {
  const body = randomJson(0);
  const dressed =
    i % 2 && body && typeof body === 'object' && !Array.isArray(body)
      ? { format: PROFILE_FORMAT, version: pick([1, 2, 2]), kind: pick(['group', 'person']), ...body }
      : body;
  file(`random JSON #${i}`, JSON.stringify(dressed) ?? 'undefined');
}

// 3. Deep nesting, anywhere in an otherwise valid file, and on its own.
for (const depth of [9, 10, 12, 20, 50, 100, 1000]) {
  const deepArray = JSON.parse('['.repeat(depth) + ']'.repeat(depth));
  const deepObject = JSON.parse('{"a":'.repeat(depth) + '1' + '}'.repeat(depth));
  file(
    `an array ${depth} deep in the group name`,
    JSON.stringify(setAt(GROUP_FILE, ['group', 'groupName'], deepArray)),
    undefined,
    /nested far deeper/,
  );
  file(
    `an object ${depth} deep in the personal part`,
    JSON.stringify(setAt(GROUP_FILE, ['person', 'firstName'], deepObject)),
    undefined,
    /nested far deeper/,
  );
  file(
    `an object ${depth} deep in a v1 profile`,
    JSON.stringify(setAt(V1_FILE, ['profile', 'group', 'notes'], deepObject)),
    undefined,
    /nested far deeper/,
  );
}
file('100,000 open brackets', '['.repeat(100_000));
file('50,000 nested arrays', '['.repeat(50_000) + ']'.repeat(50_000));

// 4. Huge strings, in every string of every kind of file; and files over the size limit.
for (const [base, value] of Object.entries(BASES)) {
  for (const [path, leaf] of places(value)) {
    if (typeof leaf !== 'string' || path[0] === 'format' || path[0] === 'kind') continue;
    file(
      `a 1,000-character ${path.join('.')} (${base})`,
      JSON.stringify(setAt(value, path, 'x'.repeat(1000))),
      undefined,
      /or fewer|is not one this extension knows/,
    );
  }
}
file('a 300 kB label', JSON.stringify(setAt(V1_FILE, ['profile', 'label'], 'x'.repeat(300_000))));
file('a 300 kB note', JSON.stringify(setAt(GROUP_FILE, ['group', 'note'], 'é'.repeat(150_000))));
file('a 100,000-character unknown member', withOwnKey(GROUP_FILE, ['group'], 'k'.repeat(100_000), 1));
file(
  '5,000 unknown members',
  JSON.stringify({
    ...GROUP_FILE,
    group: { ...GROUP_FILE.group, ...Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`m${i}`, i])) },
  }),
);
file(
  '100,000 rules',
  JSON.stringify(
    setAt(
      GROUP_FILE,
      ['group', 'rules'],
      Array.from({ length: 100_000 }, () => 0),
    ),
  ),
);

// 5. Wrong types at every place of every kind of file.
for (const [base, value] of Object.entries(BASES)) {
  for (const [path, leaf] of places(value)) {
    if (!path.length) continue;
    const type = Array.isArray(leaf) ? 'array' : leaf === null ? 'null' : typeof leaf;
    const others: unknown[] = [42, true, 'text', [], {}, null].filter((v) => {
      const t = Array.isArray(v) ? 'array' : v === null ? 'null' : typeof v;
      if (t === type) return false;
      // null is a right value for a billing address ("same as mailing"), and a string for the PIN.
      if (path.at(-1) === 'billingAddress' && (t === 'null' || t === 'object')) return false;
      return true;
    });
    for (const other of others) {
      file(
        `${JSON.stringify(other)} for ${path.join('.')} (${base})`,
        JSON.stringify(setAt(value, path, other)),
        undefined,
        /wrong kind of value|is not one this extension knows|is missing|not a Missouri eFiling profile file|"version"|"kind"|newer version/,
      );
    }
  }
}

// 6. Prototype keys at every level (objects and objects in lists).
const POLLUTERS: [string, unknown][] = [
  ['__proto__', { polluted: 'yes' }],
  ['constructor', { prototype: { polluted: 'yes' } }],
  ['prototype', { polluted: 'yes' }],
];
for (const [base, value] of Object.entries(BASES)) {
  for (const [path, node] of places(value)) {
    if (!node || typeof node !== 'object' || Array.isArray(node)) continue;
    for (const [key, payload] of POLLUTERS) {
      file(
        `"${key}" in ${path.join('.') || 'the top'} (${base})`,
        withOwnKey(value, path, key, payload),
        undefined,
        new RegExp(`"${key}"`),
      );
    }
  }
}
file(
  'a raw __proto__ in the text',
  `{"format":"${PROFILE_FORMAT}","version":2,"kind":"group","__proto__":{"polluted":"yes"},"group":{"groupName":"x"}}`,
);
file(
  'a raw nested __proto__ in the text',
  `{"format":"${PROFILE_FORMAT}","version":2,"kind":"group","group":{"groupName":"x","rules":[{"__proto__":{"polluted":"yes"}}]}}`,
);

// 7. Script-like text in every string (valid otherwise): kept as data, or refused where the field is checked.
for (const [base, value] of Object.entries(BASES)) {
  for (const [path, leaf] of places(value)) {
    if (typeof leaf !== 'string') continue;
    for (const text of SCRIPTS) {
      const p = path.join('.');
      const mustRead = !CHECKED.test(p) && text === SCRIPTS[0];
      file(`${JSON.stringify(text)} in ${p} (${base})`, JSON.stringify(setAt(value, path, text)), {
        path,
        text,
        mustRead,
      });
    }
  }
}

// 8. Share codes: damaged, truncated, random, hand-made with hostile contents, "zip bombs".
const fastKey = await shareKey(PASSPHRASE, newKeyParams(100_000));
const plainGroup = await encodeShareCode({
  ...GROUP_FILE,
  group: { ...GROUP_FILE.group, pin: undefined },
} as ProfileFileV2);
const lockedGroup = await encodeShareCode(GROUP_FILE, { key: fastKey });
const plainPerson = await encodeShareCode(
  personFile({
    ...PERSON_FILE.profile,
    securityQuestions: [],
    group: { ...PERSON_FILE.profile.group, pin: undefined },
  }),
);
for (const [name, good] of Object.entries({ plainGroup, lockedGroup, plainPerson })) {
  for (let i = 0; i < 25; i++) {
    code(
      `${name} cut to ${((i * good.length) / 25) | 0} characters`,
      good.slice(0, ((i * good.length) / 25) | 0),
      PASSPHRASE,
    );
    const at = int(good.length);
    const to = pick([...B64URL.replace(good[at]!, ''), '.', ' ', '\u0000', 'é', '<']);
    if (/\s/.test(to)) continue; // whitespace is ignored: not a change
    code(
      `${name} with character ${at} changed to ${JSON.stringify(to)}`,
      good.slice(0, at) + to + good.slice(at + 1),
      PASSPHRASE,
    );
    const gap = int(good.length);
    code(`${name} with characters ${gap}-${gap + 3} lost`, good.slice(0, gap) + good.slice(gap + 4), PASSPHRASE);
    code(
      `${name} with a character added at ${gap}`,
      good.slice(0, gap) + pick([...B64URL]) + good.slice(gap),
      PASSPHRASE,
    );
  }
  code(`${name} twice`, good + good, PASSPHRASE);
  code(`${name} backwards`, [...good].reverse().join(''), PASSPHRASE);
}
for (let i = 0; i < 30; i++) {
  const body = Array.from({ length: int(600) }, () => pick([...B64URL])).join('');
  const prefix = pick(['MOEF2-', 'MOEF2E-']);
  code(
    `random base64url with a random check #${i}`,
    `${prefix}${body}.${toBase64Url(bytes(4))
      .slice(0, 8)
      .replace(/[^0-9a-f]/g, 'a')}`,
    PASSPHRASE,
  );
  code(
    `random base64url with a right check #${i}`,
    `${prefix}${body}.${await checksum(prefix + body)}`,
    i % 2 ? PASSPHRASE : undefined,
  );
  code(`random base64url, no prefix #${i}`, body);
}
async function handMade(json: string | Uint8Array<ArrayBuffer>): Promise<string> {
  const stream = new CompressionStream('deflate-raw');
  const writer = stream.writable.getWriter();
  void writer.write(typeof json === 'string' ? new TextEncoder().encode(json) : json).then(() => writer.close());
  const parts: number[] = [];
  const reader = stream.readable.getReader();
  for (let r = await reader.read(); !r.done; r = await reader.read()) parts.push(...r.value);
  const body = toBase64Url(Uint8Array.from(parts));
  return `MOEF2-${body}.${await checksum('MOEF2-' + body)}`;
}
// Hand-made codes (right check, right packing) around some of the hostile files above.
const fileCases = cases.filter((c) => c.kind === 'file' && c.input.length < 50_000);
/** A plain code with the PIN and answers taken out (a plain code holding them is refused for that alone). */
function withoutSecrets(json: string): string {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return json;
  }
  // Only a secret of the right kind: a wrong value there stays, to be refused for what it is.
  const drop = (o: unknown, key: string) => {
    if (o && typeof o === 'object' && typeof (o as Record<string, unknown>)[key] === 'string')
      delete (o as Record<string, unknown>)[key];
  };
  const v = value as { group?: unknown; profile?: { group?: unknown; securityQuestions?: unknown } } | null;
  drop(v?.group, 'pin');
  drop(v?.profile?.group, 'pin');
  if (Array.isArray(v?.profile?.securityQuestions)) for (const q of v.profile.securityQuestions) drop(q, 'answer');
  return JSON.stringify(value);
}
const isSecretPath = (path: Path | undefined) => ['pin', 'answer'].includes(String(path?.at(-1)));
for (let i = 0; i < 120; i++) {
  const c = fileCases[(i * 7919) % fileCases.length]!;
  // Script-like text in a secret: the code is refused for holding the secret, so nothing of it is read.
  if (isSecretPath(c.script?.path)) {
    code(`a hand-made code holding: ${c.name}`, await handMade(c.input), undefined, { ...c.script!, mustRead: false });
  } else {
    code(`a hand-made code holding: ${c.name}`, await handMade(withoutSecrets(c.input)), undefined, c.script);
  }
}
for (const mb of [1, 8, 32])
  code(`a hand-made code unpacking to ${mb} MB`, await handMade(new Uint8Array(mb * 1024 * 1024)));
code('a hand-made code holding text that is not UTF-8', await handMade(Uint8Array.from([0xff, 0xfe, 0xc3, 0x28])));

for (const c of cases) {
  if (c.kind !== 'code' || c.says) continue;
  c.says = c.name.startsWith('a hand-made code holding:')
    ? new RegExp(
        `^The share code was read, but the profile in it was refused\\. |^${SHARE_CODE_MESSAGES.holdsAnswers}$|^${SHARE_CODE_MESSAGES.plainWithPin}$`,
      )
    : CODE_REFUSAL;
}

// ---------------------------------------------------------------- the checks

const PROTOTYPES = [Object.prototype, Array.prototype, Function.prototype, String.prototype];
const shapes = () => PROTOTYPES.map((p) => Object.getOwnPropertyNames(p).sort().join(','));
const SHAPES = shapes();

function expectUnpolluted() {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(({} as Record<string, unknown>).admin).toBeUndefined();
  expect(Object.getPrototypeOf({})).toBe(Object.prototype);
  expect(shapes()).toEqual(SHAPES);
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

type Outcome = { ok: true; file: ProfileFileV2 } | { ok: false; messages: string[] };

async function attempt(c: Case): Promise<Outcome> {
  if (c.kind === 'file') {
    const r = parseProfileFile(c.input);
    return r.ok ? { ok: true, file: r.value } : { ok: false, messages: r.errors };
  }
  const r = await decodeShareCode(c.input, c.passphrase);
  return r.ok ? { ok: true, file: r.file } : { ok: false, messages: [r.error] };
}

describe('hostile imports', () => {
  it('are many: at least 500, generated', () => {
    expect(cases.length).toBeGreaterThanOrEqual(500);
    const count = (test: (c: Case) => boolean) => cases.filter(test).length;
    const mustRead = count((c) => Boolean(c.script?.mustRead));
    expect(mustRead).toBeGreaterThanOrEqual(50); // free-text fields where script-like text must be read as data
    console.log(
      `hostile imports: ${cases.length} cases (${count((c) => c.kind === 'file')} files, ${count((c) => c.kind === 'code')} share codes; ` +
        `${count((c) => Boolean(c.script))} with script-like text, ${mustRead} of them in free-text fields that must keep it)`,
    );
  });

  it.each(cases.map((c) => [`${c.kind}: ${c.name}`, c] as const))('%s', async (_name, c) => {
    let outcome: Outcome | undefined;
    await expect((async () => (outcome = await attempt(c)))()).resolves.toBeDefined(); // never throws
    expectUnpolluted();
    if (c.script && outcome!.ok) {
      const { file } = outcome as { ok: true; file: ProfileFileV2 };
      // Read as data, verbatim (a version 1 file is read into the version 2 shape: same place under "profile").
      expect(getAt(file, c.script.path)).toBe(c.script.text);
      return;
    }
    expect(c.script?.mustRead ?? false, 'script-like text in a free-text field is kept, not refused').toBe(false);
    expect(outcome!.ok).toBe(false);
    const { messages } = outcome as { ok: false; messages: string[] };
    expect(messages.length).toBeGreaterThan(0);
    for (const m of messages) expectPlain(m);
    if (c.says) expect(messages.join(' ')).toMatch(c.says);
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

  it('change nothing that was saved', async () => {
    const store = createProfileStore(openAppDb());
    const key = await store.setPassphrase('correct horse battery', null, newKeyParams(100_000));
    await store.save(PERSON_FILE.profile, key, { password: 'Pw-Zq81!unique' });
    await store.addRules([{ screen: 'name-email', signature: 'given', field: 'firstName' }]);

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
    /** Import as the extension would: only what was read is saved. */
    async function importing(c: Case): Promise<boolean> {
      const outcome = await attempt(c);
      if (!outcome.ok) return false;
      const { merged, rules } = mergeImport(null, outcome.file);
      await store.save(merged, key);
      if (rules.length) await store.addRules(rules);
      return true;
    }

    const before = await dump();
    expect(before).toContain('Jane at DSS');
    const refused = cases.filter((c) => !c.script);
    let saved = 0;
    for (const c of refused) if (await importing(c)) saved++;
    expectUnpolluted();
    expect(saved).toBe(0);
    expect(await dump()).toBe(before);

    // The check can fail: an import that is read does change what is saved.
    const readable = cases.find((c) => c.script?.mustRead && c.kind === 'file')!;
    expect(await importing(readable)).toBe(true);
    expect(await dump()).not.toBe(before);
  }, 120_000);
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
