/**
 * Every sentence a person reads comes from public/_locales/<lang>/messages.json
 * through the browser's i18n API, so the extension can be translated without
 * touching code. English (en) is the default locale and the source of the keys.
 *
 * Substitutions are positional: `$1`…`$9` in a message are replaced by the
 * arguments after the key, in order; `$$` is a literal dollar sign.
 * Build a message when it is shown or thrown, never at module load, so it is
 * always in the browser's language.
 */

interface I18nApi {
  getMessage(name: string, substitutions?: string[]): string;
}
/**
 * The browser's own i18n API, not the polyfill's: this module is in the gate every court page gets,
 * which must stay small (getMessage is synchronous, so there is nothing for the polyfill to do).
 */
const i18nApi = (): I18nApi | undefined =>
  ((globalThis as { browser?: { i18n?: I18nApi } }).browser ?? (globalThis as { chrome?: { i18n?: I18nApi } }).chrome)
    ?.i18n;

/** A key of messages.json (type only: the file itself is not bundled into any script). */
export type MessageKey = keyof typeof import('../public/_locales/en/messages.json');

/**
 * The message for `key` in the browser's language, with `subs` in place of
 * `$1`…`$9`. A key with no message gives the key itself, so a gap shows as
 * `some_key` rather than as nothing.
 */
export function t(key: MessageKey, ...subs: (string | number)[]): string {
  let message = '';
  try {
    message = i18nApi()!.getMessage(key, subs.map(String));
  } catch {
    // No i18n API here (a page script, a plain test run): the key, as for a missing message.
  }
  return message || key;
}

// Private-use characters cannot occur in a message, so these marks are found exactly where the parts go.
const OPEN = '\uE000';
const CLOSE = '\uE001';
const MARK = new RegExp(`${OPEN}(\\d)${CLOSE}`);

/**
 * A message whose substitutions are not text but, for example, elements
 * ("Press $1 to copy", with a <kbd> for $1): the message cut into its text and
 * the parts, in the translation's order. Render the array as children.
 */
export function tParts<T>(key: MessageKey, ...parts: T[]): (string | T)[] {
  const text = t(key, ...parts.map((_, i) => `${OPEN}${i}${CLOSE}`));
  const out: (string | T)[] = [];
  text.split(MARK).forEach((piece, i) => {
    if (i % 2 === 1) out.push(parts[Number(piece)]!);
    else if (piece) out.push(piece);
  });
  return out;
}

/** Curly quotation marks around a name the person typed, as the language writes them. */
export const quoted = (text: string) => t('quoted', text);
