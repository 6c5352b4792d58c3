import { describe, expect, it, vi } from 'vitest';
import { GroupProfileSchema, type GroupProfileInput } from '@/lib/profile/group-profile';
import { ProfileInputSchema } from '@/lib/profile/profile';
import { PROFILE_FORMAT, groupFile, parseProfileFile, personFile, type ProfileFile } from '@/lib/profile/profile-file';
import { newKeyParams, toBase64 } from '@/lib/storage/secret-box';
import {
  LOCKED_PREFIX,
  MAX_CODE_CHARS,
  MAX_PASTED_CHARS,
  PLAIN_PREFIX,
  SHARE_CODE_MESSAGES as M,
  ShareCodeError,
  checksum,
  decodeShareCode,
  encodeShareCode,
  fromBase64Url,
  shareKey,
  toBase64Url,
  wrapShareCode,
} from '@/lib/sharing/share-code';

const FAST = () => newKeyParams(100_000); // the real 600,000 iterations: see the "typical profile" test and the bench
const PASSPHRASE = 'blue heron at noon';

/** A typical group profile: what an administrator would really share. */
const TYPICAL_GROUP: GroupProfileInput = {
  groupName: 'Missouri Department of Social Services – Cole County Children’s Division',
  pin: '4417-88',
  mailingAddress: {
    line1: '1716 Four Seasons Dr',
    line2: 'Suite 200',
    city: 'Jefferson City',
    state: 'MO',
    zip: '65101',
  },
  billingAddress: {
    line1: 'PO Box 88',
    line2: 'Attn: Accounts Payable',
    city: 'Jefferson City',
    state: 'MO',
    zip: '65102-0088',
  },
  phone: '573-555-0142',
  department: 'Children’s Division',
  supervisor: 'Ann Smith',
  position: '',
  note: 'Use your work e-mail. If the court refuses the PIN, ask Ann for the current one.',
  rules: [
    { screen: 'name-email', signature: 'nom de famille', field: 'lastName' },
    { screen: 'group-authentication', signature: 'agency pin', field: 'group.pin' },
    {
      screen: 'group-authentication',
      signature: 'user information position department supervisor',
      field: 'group.userInformation',
    },
  ],
};
const PERSON = {
  firstName: 'José',
  lastName: 'Ñúñez',
  email: 'jose.nunez@dss.mo.gov',
  position: 'Case clerk',
  department: '',
  supervisor: '',
};
const group = (over: Partial<GroupProfileInput> = {}) => GroupProfileSchema.parse({ ...TYPICAL_GROUP, ...over });
const noPin = () => groupFile(group({ pin: undefined }), PERSON);
const withPin = () => groupFile(group(), PERSON);

/** Change one character of the code's body (after the prefix), to another base64url character. */
function flip(code: string, at: number): string {
  const c = code[at]!;
  const to = c === 'A' ? 'B' : 'A';
  return code.slice(0, at) + to + code.slice(at + 1);
}

/** Make a code by hand, from the documented format only (as another tool would). */
async function handMade(prefix: string, payload: Uint8Array<ArrayBuffer>): Promise<string> {
  const body = toBase64(payload).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(prefix + body)));
  const check = [...digest.slice(0, 4)].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${prefix}${body}.${check}`;
}
async function deflateRaw(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
  const stream = new CompressionStream('deflate-raw');
  const writer = stream.writable.getWriter();
  void writer.write(bytes).then(() => writer.close());
  const chunks: Uint8Array[] = [];
  const reader = stream.readable.getReader();
  for (let r = await reader.read(); !r.done; r = await reader.read()) chunks.push(r.value);
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) (out.set(c, at), (at += c.length));
  return out;
}
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('share codes', () => {
  it('round-trips a group profile without a PIN, unlocked', async () => {
    const file = noPin();
    const code = await encodeShareCode(file);
    expect(code.startsWith(PLAIN_PREFIX)).toBe(true);
    expect(code).toMatch(/^MOEF3-[A-Za-z0-9_-]+\.[0-9a-f]{8}$/);
    expect(await decodeShareCode(code)).toEqual({ ok: true, file, locked: false });
    // And the code of what was read is the same code: nothing is lost or added on the way.
    const again = await decodeShareCode(code);
    if (again.ok) expect(await encodeShareCode(again.file)).toBe(code);
  });

  it('round-trips a person’s own profile file (with its taught rules)', async () => {
    const profile = ProfileInputSchema.parse({
      label: 'Jane at DSS',
      firstName: 'Jane',
      email: 'jane@dss.mo.gov',
      securityQuestions: [{ question: 'First pet?' }],
    });
    const file = personFile(profile, [{ screen: 'name-email', signature: 'given', field: 'firstName' }]);
    const decoded = await decodeShareCode(await encodeShareCode(file));
    expect(decoded).toEqual({ ok: true, file, locked: false });
  });

  it('round-trips a group profile with its PIN, locked with a passphrase (a random salt and IV in each code)', async () => {
    const file = withPin();
    const code = await encodeShareCode(file, { passphrase: PASSPHRASE });
    expect(code.startsWith(LOCKED_PREFIX)).toBe(true);
    expect(await decodeShareCode(code, PASSPHRASE)).toEqual({ ok: true, file, locked: true });
    // Nothing of the profile can be read from the code itself.
    const body = fromBase64Url(code.slice(LOCKED_PREFIX.length, code.lastIndexOf('.')));
    expect(new TextDecoder().decode(body)).not.toContain('4417');
    const other = await encodeShareCode(file, { passphrase: PASSPHRASE });
    expect(other).not.toBe(code);
  }, 20_000);

  it('locks many codes with one key derived once: same salt, a new IV for each', async () => {
    const deriveKey = vi.spyOn(crypto.subtle, 'deriveKey');
    const key = await shareKey(PASSPHRASE, FAST());
    const a = await encodeShareCode(withPin(), { key });
    const b = await encodeShareCode(groupFile(group(), { ...PERSON, email: 'b@dss.mo.gov' }), { key });
    expect(deriveKey).toHaveBeenCalledTimes(1);
    const bytes = (code: string) => fromBase64Url(code.slice(LOCKED_PREFIX.length, code.lastIndexOf('.')));
    const [ha, hb] = [bytes(a), bytes(b)];
    const saltEnd = 1 + ha[0]! + 4;
    expect(toBase64(ha.slice(0, saltEnd))).toBe(toBase64(hb.slice(0, saltEnd))); // salt and iterations
    expect(toBase64(ha.slice(saltEnd, saltEnd + 12))).not.toBe(toBase64(hb.slice(saltEnd, saltEnd + 12))); // IV
    const [da, db] = await Promise.all([decodeShareCode(a, PASSPHRASE), decodeShareCode(b, PASSPHRASE)]);
    expect(da.ok && da.file.kind === 'group' && da.file.person?.email).toBe('jose.nunez@dss.mo.gov');
    expect(db.ok && db.file.kind === 'group' && db.file.person?.email).toBe('b@dss.mo.gov');
  });

  it('reads a code made by hand from the documented format', async () => {
    const file = noPin();
    const code = await handMade('MOEF3-', await deflateRaw(utf8(JSON.stringify(file))));
    expect(await decodeShareCode(code)).toEqual({ ok: true, file, locked: false });
    expect(await encodeShareCode(file)).toBe(code);
  });

  it('still reads a version 2 code (a version 2 file inside), as a version 3 file naming no administrator', async () => {
    const { adminEmail: _none, ...v2Group } = group({ pin: undefined });
    const code = await handMade(
      'MOEF2-',
      await deflateRaw(utf8(JSON.stringify({ ...noPin(), version: 2, group: v2Group }))),
    );
    expect(await decodeShareCode(code)).toEqual({ ok: true, file: noPin(), locked: false });
  });

  it('refuses a version 2 code that carries a version 3 file: no older extension made it', async () => {
    const code = await handMade('MOEF2-', await deflateRaw(utf8(JSON.stringify(noPin()))));
    expect(await decodeShareCode(code)).toEqual({
      ok: false,
      error:
        'The share code was read, but the profile in it was refused. This profile file was made by a newer version of the extension (file version 3). Update the extension, then import it again.',
    });
  });

  it('carries the administrator’s e-mail', async () => {
    const file = groupFile(group({ pin: undefined, adminEmail: 'ann.smith@dss.mo.gov' }), PERSON);
    const decoded = await decodeShareCode(await encodeShareCode(file));
    expect(decoded.ok && decoded.file.kind === 'group' && decoded.file.group.adminEmail).toBe('ann.smith@dss.mo.gov');
  });

  it('ignores the spaces, line breaks and quoting an e-mail adds', async () => {
    const code = await encodeShareCode(noPin());
    const wrapped = wrapShareCode(code, 60);
    expect(wrapped.split('\n').every((l) => l.length <= 60)).toBe(true);
    expect(wrapped.split('\n').length).toBeGreaterThan(2);
    const mangled = [
      wrapped,
      wrapped.replace(/\n/g, '\r\n'),
      `\n\n   ${wrapped.replace(/\n/g, '\n   ')}  \n`,
      wrapped.replace(/^/gm, '> '),
      wrapped.replace(/\n/g, ' \u00A0\u200B\n\t'),
    ];
    for (const text of mangled) expect(await decodeShareCode(text)).toMatchObject({ ok: true });
  });

  it('refuses to share a PIN without a passphrase, with a plain message', async () => {
    await expect(encodeShareCode(withPin())).rejects.toThrow(ShareCodeError);
    await expect(encodeShareCode(withPin())).rejects.toThrow(M.pinNeedsPassphrase);
    await expect(encodeShareCode(withPin(), { passphrase: '' })).rejects.toThrow(/must be locked with a passphrase/);
    // Security answers are each person's own: never in a code, locked or not.
    const profile = ProfileInputSchema.parse({ label: 'x', securityQuestions: [{ question: 'q?', answer: 'a' }] });
    await expect(encodeShareCode(personFile(profile))).rejects.toThrow(
      'A share code cannot carry answers to security questions: they are each person’s own. Leave the answers out and try again.',
    );
    await expect(encodeShareCode(personFile(profile), { passphrase: 'long enough passphrase' })).rejects.toThrow(
      M.answersNotShared,
    );
  });

  it('refuses a short passphrase and a file that is not valid', async () => {
    await expect(encodeShareCode(withPin(), { passphrase: 'short' })).rejects.toThrow(M.shortPassphrase);
    const broken = { ...noPin(), group: { ...group(), phone: '555' } } as ProfileFile;
    await expect(encodeShareCode(broken)).rejects.toThrow(/cannot be shared yet\. Phone number should have 10 digits/);
  });

  it('gives each kind of failure its own plain message', async () => {
    const plain = await encodeShareCode(noPin());
    const locked = await encodeShareCode(withPin(), { key: await shareKey(PASSPHRASE, FAST()) });
    const middle = PLAIN_PREFIX.length + Math.floor((plain.length - PLAIN_PREFIX.length) / 2);
    const bomb = await handMade('MOEF3-', await deflateRaw(new Uint8Array(3 * 1024 * 1024)));
    const badFile = await handMade(
      'MOEF3-',
      await deflateRaw(utf8(JSON.stringify({ ...noPin(), person: { ...PERSON, email: 'jose at dss' } }))),
    );
    const cases: [string, Promise<unknown>, string | RegExp, boolean?][] = [
      ['empty', decodeShareCode('  \n '), M.empty],
      ['not a share code', decodeShareCode('Hello Jane, here is the code you asked for.'), M.notACode],
      ['a profile file', decodeShareCode(JSON.stringify(noPin())), M.profileFile],
      ['truncated', decodeShareCode(plain.slice(0, middle)), M.truncated],
      ['truncated in its check', decodeShareCode(plain.slice(0, -3)), M.truncated],
      ['one character changed', decodeShareCode(flip(plain, middle)), M.damaged],
      ['its check changed', decodeShareCode(plain.slice(0, -1) + (plain.endsWith('0') ? '1' : '0')), M.damaged],
      ['a newer code version', decodeShareCode(plain.replace(/^MOEF3-/, 'MOEF4-')), M.newerVersion(4)],
      ['an older code version', decodeShareCode(plain.replace(/^MOEF3-/, 'MOEF1-')), M.unknownVersion],
      ['too long', decodeShareCode(PLAIN_PREFIX + 'A'.repeat(MAX_CODE_CHARS)), M.tooLong],
      ['too long a paste', decodeShareCode(' '.repeat(MAX_PASTED_CHARS + 1)), M.tooLong],
      ['unpacking too large', decodeShareCode(bomb), M.tooLarge],
      ['no passphrase', decodeShareCode(locked), M.needsPassphrase, true],
      ['a wrong passphrase', decodeShareCode(locked, 'blue heron at nine'), M.wrongPassphrase, true],
      [
        'a profile that is not valid',
        decodeShareCode(badFile),
        /profile in it was refused\. E-mail address \(personal details\) is not an e-mail address/,
      ],
    ];
    const messages = new Set<string>();
    for (const [what, pending, message, needsPassphrase] of cases) {
      const result = (await pending) as { ok: boolean; error?: string; needsPassphrase?: boolean };
      expect(result.ok, what).toBe(false);
      if (typeof message === 'string') expect(result.error, what).toBe(message);
      else expect(result.error, what).toMatch(message);
      expect(result.needsPassphrase === true, what).toBe(needsPassphrase === true);
      messages.add(result.error!);
    }
    // "truncated", "damaged" and "too long" come twice each: every other failure says something of its own.
    expect(messages.size).toBe(cases.length - 3);
  }, 20_000);

  it('refuses a code asking for an unreasonable key-derivation cost without deriving anything', async () => {
    const deriveKey = vi.spyOn(crypto.subtle, 'deriveKey');
    const payload = new Uint8Array(1 + 16 + 4 + 12 + 40);
    payload[0] = 16;
    new DataView(payload.buffer).setUint32(17, 50_000_000);
    const code = await handMade('MOEF3E-', payload);
    expect(await decodeShareCode(code, PASSPHRASE)).toEqual({ ok: false, error: M.badLock });
    expect(deriveKey).not.toHaveBeenCalled();
  });

  it('finds the damage wherever one character is changed', async () => {
    const code = await encodeShareCode(noPin());
    for (let at = PLAIN_PREFIX.length; at < code.length; at += 7) {
      if (code[at] === '.') continue;
      const result = await decodeShareCode(flip(code, at));
      expect(result, `character ${at}`).toEqual({ ok: false, error: M.damaged });
    }
  });

  it('is short enough for an e-mail for a typical group profile (printed for the record)', async () => {
    const plain = await encodeShareCode(noPin());
    const locked = await encodeShareCode(withPin(), { passphrase: PASSPHRASE }); // the real 600,000 iterations
    const json = JSON.stringify(withPin()).length;
    console.log(
      `Share code length for a typical group profile with one user's personal part (JSON ${json} characters): ` +
        `${plain.length} characters unlocked (no PIN), ${locked.length} characters locked (with the PIN); ` +
        `${wrapShareCode(locked).split('\n').length} lines of 60 in an e-mail.`,
    );
    expect(plain.length).toBeLessThan(json);
    expect(locked.length).toBeLessThan(1200);
    expect(await checksum(locked.slice(0, locked.lastIndexOf('.')))).toBe(locked.slice(-8));
    expect(PROFILE_FORMAT).toBe('mo-efiling-profile');
    expect(parseProfileFile(JSON.stringify(withPin())).ok).toBe(true);
  }, 20_000);

  it('makes base64url that reads back byte for byte', () => {
    const bytes = crypto.getRandomValues(new Uint8Array(1000));
    for (let n = 0; n < 20; n++) {
      const slice = bytes.slice(0, n * 37);
      const text = toBase64Url(slice);
      expect(text).toMatch(/^[A-Za-z0-9_-]*$/);
      expect([...fromBase64Url(text)]).toEqual([...slice]);
    }
  });
});
