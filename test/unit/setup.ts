import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import messages from '../../public/_locales/en/messages.json';

// A fresh, empty IndexedDB for every test: no test sees another's saved data.
beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

/**
 * The browser's i18n, read from the real English messages.json, as Chrome
 * and Firefox do it: `$1`…`$9` are the substitutions (a missing one is
 * empty), `$$` is a dollar sign, and an unknown key gives ''.
 */
const MESSAGES: Record<string, { message: string }> = messages;

export function getMessage(key: string, substitutions?: string | string[]): string {
  const entry = Object.hasOwn(MESSAGES, key) ? MESSAGES[key] : undefined;
  if (!entry) return '';
  const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  return entry.message.replace(/\$(\$|[1-9])/g, (_, c: string) => (c === '$' ? '$' : (subs[Number(c) - 1] ?? '')));
}

// lib/i18n.ts reads the browser's own API (globalThis.browser in Firefox, chrome in Chromium).
(globalThis as { browser?: unknown }).browser = fakeBrowser;
const installI18n = () => {
  fakeBrowser.i18n.getMessage = getMessage;
  fakeBrowser.i18n.getUILanguage = () => 'en';
};
installI18n();
// Installed again before every test, in case a test replaced or mocked it (restoreMocks only undoes spies).
beforeEach(installI18n);
