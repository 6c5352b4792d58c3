/**
 * Text from files and share codes, checked for what makes one text look like
 * another: bidi controls (a right-to-left override shows "moc.live@" as
 * "@evil.com"), zero-width characters, and names that mix scripts (a Cyrillic
 * "а" in a Latin "Cole County"). Pure; the parser refuses the first two, the
 * preview warns about the third.
 */

/** Bidi embeddings, overrides and isolates, the marks LRM/RLM and the Arabic letter mark. */
const BIDI = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/u;
/** Zero-width space, joiners, word joiner and the byte-order mark. */
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/u;

export type HiddenKind = 'bidi' | 'zero-width';

/** What hidden character a text carries, if any (bidi first: it is the more dangerous). */
export function hiddenCharacters(text: string): HiddenKind | null {
  if (BIDI.test(text)) return 'bidi';
  if (ZERO_WIDTH.test(text)) return 'zero-width';
  return null;
}

/** Every string in a value with its path (own members only; the parser has checked depth and keys). */
export function stringsIn(value: unknown, path: PropertyKey[] = []): { path: PropertyKey[]; text: string }[] {
  if (typeof value === 'string') return [{ path, text: value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => stringsIn(v, [...path, i]));
  if (value && typeof value === 'object') {
    return Object.keys(value).flatMap((k) => stringsIn((value as Record<string, unknown>)[k], [...path, k]));
  }
  return [];
}

/** Scripts whose letters pass for one another (homoglyphs). */
const LOOK_ALIKE_SCRIPTS = {
  Latin: /\p{Script=Latin}/u,
  Cyrillic: /\p{Script=Cyrillic}/u,
  Greek: /\p{Script=Greek}/u,
  Armenian: /\p{Script=Armenian}/u,
  Cherokee: /\p{Script=Cherokee}/u,
} as const;
export type LookAlikeScript = keyof typeof LOOK_ALIKE_SCRIPTS;

/**
 * The scripts of look-alike letters a text mixes ("Cole Cоunty" with a
 * Cyrillic o: Latin and Cyrillic); empty when it uses one or none.
 */
export function mixedScripts(text: string): LookAlikeScript[] {
  const found = (Object.keys(LOOK_ALIKE_SCRIPTS) as LookAlikeScript[]).filter((s) => LOOK_ALIKE_SCRIPTS[s].test(text));
  return found.length > 1 ? found : [];
}
