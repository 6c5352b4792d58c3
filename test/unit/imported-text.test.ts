import { describe, expect, it } from 'vitest';
import { hiddenCharacters, mixedScripts } from '@/lib/sharing/imported-text';
import { parseProfileFile } from '@/lib/profile/profile-file';

describe('hidden characters in imported text', () => {
  it('finds bidi controls and zero-width characters, and nothing in ordinary text', () => {
    expect(hiddenCharacters('Cole County DSS')).toBeNull();
    expect(hiddenCharacters('José Ñúñez – Children’s Division')).toBeNull();
    expect(hiddenCharacters('Jane \u202Eeod')).toBe('bidi'); // right-to-left override
    expect(hiddenCharacters('a\u2066b')).toBe('bidi'); // left-to-right isolate
    expect(hiddenCharacters('a\u200Fb')).toBe('bidi'); // right-to-left mark
    expect(hiddenCharacters('a\u061Cb')).toBe('bidi'); // Arabic letter mark
    expect(hiddenCharacters('Ja\u200Bne')).toBe('zero-width');
    expect(hiddenCharacters('Ja\u2060ne')).toBe('zero-width');
    expect(hiddenCharacters('\uFEFFJane')).toBe('zero-width');
  });

  it('refuses a file with one, naming the member', () => {
    const file = (label: string, groupName = 'DSS') =>
      JSON.stringify({
        format: 'mo-efiling-profile',
        version: 2,
        kind: 'group',
        group: { groupName, note: label },
      });
    expect(parseProfileFile(file('Call Ann'))).toMatchObject({ ok: true });
    expect(parseProfileFile(file('Call Ann', 'Cole \u202EASS'))).toEqual({
      ok: false,
      errors: [
        'Group name contains a hidden character that turns the direction of the text around, which can make one name read as another. Remove it (retype the text) and try again.',
      ],
    });
    expect(parseProfileFile(file('Call\u200B Ann'))).toEqual({
      ok: false,
      errors: [
        'Note to users contains an invisible (zero-width) character, which can make one name look like another. Remove it (retype the text) and try again.',
      ],
    });
  });
});

describe('names that mix scripts', () => {
  it('names the look-alike scripts a text mixes', () => {
    expect(mixedScripts('Cole County')).toEqual([]);
    expect(mixedScripts('Коул')).toEqual([]); // all Cyrillic: one script
    expect(mixedScripts('José Ñúñez')).toEqual([]);
    expect(mixedScripts('Cole C\u043Eunty')).toEqual(['Latin', 'Cyrillic']); // a Cyrillic o
    expect(mixedScripts('Dep\u03B1rtment')).toEqual(['Latin', 'Greek']); // a Greek alpha
    expect(mixedScripts('4417 - 12')).toEqual([]);
  });
});
