import { describe, expect, it } from 'vitest';
import { GENERATED_LENGTH, generatePassword, meetsSiteRules } from '@/lib/profile/password';
import {
  KDF_ITERATIONS,
  WrongPassphraseError,
  deriveKey,
  exportKey,
  importKey,
  newKeyParams,
  open,
  seal,
} from '@/lib/storage/secret-box';

describe('the password generator', () => {
  it('makes long passwords with every kind of character, different each time', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 200; i++) {
      const p = generatePassword('jdoe_dss_2026', ['Jane', 'Doe']);
      expect(p).toHaveLength(GENERATED_LENGTH);
      for (const re of [/[A-Z]/, /[a-z]/, /\d/, /[^A-Za-z0-9]/]) expect(p).toMatch(re);
      expect(meetsSiteRules(p, 'jdoe_dss_2026', ['Jane', 'Doe'])).toBe(true);
      seen.add(p);
    }
    expect(seen.size).toBe(200);
  });

  it('applies the strictest known site rules', () => {
    expect(meetsSiteRules('Short1!', 'user', [])).toBe(false);
    expect(meetsSiteRules('alllowercase1', 'user', [])).toBe(false); // two kinds only
    expect(meetsSiteRules('Xjdo9!kkkkk', 'jdoe_dss', [])).toBe(false); // shares "jdo" with the user name
    expect(meetsSiteRules('JaneRocks!99', 'someone', ['Jane'])).toBe(false); // holds a name
    expect(meetsSiteRules('Tq8!vRm2#pLx', 'jdoe_dss', ['Jane'])).toBe(true);
  });

  it('retries until the rules are met, whatever the random source gives first', () => {
    let calls = 0;
    // A source that first yields "aaaa…" (fails: shares with user name "aaa"), then real randomness.
    const random = (n: number) => (calls++ < 40 ? new Uint32Array(n) : crypto.getRandomValues(new Uint32Array(n)));
    const p = generatePassword('aaa', [], random);
    expect(meetsSiteRules(p, 'aaa', [])).toBe(true);
  });
});

describe('the secret box', () => {
  it('uses a high PBKDF2 iteration count and random salts by default', () => {
    expect(KDF_ITERATIONS).toBeGreaterThanOrEqual(600_000);
    const a = newKeyParams();
    const b = newKeyParams();
    expect(a.iterations).toBe(KDF_ITERATIONS);
    expect(a.salt).not.toBe(b.salt);
  });

  it('seals with a fresh IV each time and opens only with the right passphrase', async () => {
    const params = newKeyParams(100_000);
    const key = await deriveKey('correct horse', params);
    const one = await seal(key, { pin: '4417' });
    const two = await seal(key, { pin: '4417' });
    expect(one.iv).not.toBe(two.iv);
    expect(one.data).not.toBe(two.data);
    expect(JSON.stringify(one)).not.toContain('4417');
    expect(await open(key, one)).toEqual({ pin: '4417' });
    const wrong = await deriveKey('wrong horse', params);
    await expect(open(wrong, one)).rejects.toBeInstanceOf(WrongPassphraseError);
    // A damaged box is caught too.
    const damaged = { ...one, data: `${one.data.slice(0, -4)}AAA=` };
    await expect(open(key, damaged)).rejects.toBeInstanceOf(WrongPassphraseError);
  });

  it('a key kept for the session (exported, imported) still opens what it sealed', async () => {
    const key = await deriveKey('correct horse', newKeyParams(100_000));
    const box = await seal(key, 'x');
    expect(await open(await importKey(await exportKey(key)), box)).toBe('x');
  });
});
