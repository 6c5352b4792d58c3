/**
 * The profile store's settings part: the bookmark, the court's security
 * questions, filling on appear and how long the passphrase's key is kept.
 */
import { t } from '../i18n';
import { isIdleLock, type IdleLockMinutes } from './idle-lock';
import { guard, readSettings, type StoreDb } from './store-access';
import { StoreError } from './store-error';

export function settingsParts(db: StoreDb) {
  return {
    async bookmarkId(): Promise<string | null> {
      return guard(async () => (await readSettings(await db())).bookmarkId);
    },

    async setBookmarkId(id: string | null): Promise<void> {
      return guard(async () => void (await (await db()).put('settings', id, 'bookmarkId')));
    },

    /** The court's own list of security questions, as the panel saved it (empty until then). */
    async courtQuestions(): Promise<string[]> {
      return guard(async () => {
        const saved = await (await db()).get('settings', 'courtQuestions');
        return Array.isArray(saved) ? saved.filter((q): q is string => typeof q === 'string') : [];
      });
    },

    async setCourtQuestions(questions: readonly string[]): Promise<void> {
      return guard(async () => void (await (await db()).put('settings', [...questions], 'courtQuestions')));
    },

    async setFillOnAppear(on: boolean): Promise<void> {
      return guard(async () => void (await (await db()).put('settings', on, 'fillOnAppear')));
    },

    /** How long the passphrase's key is kept without use of secrets. */
    async idleLockMinutes(): Promise<number> {
      return guard(async () => (await readSettings(await db())).idleLockMinutes);
    },

    async setIdleLockMinutes(minutes: IdleLockMinutes): Promise<void> {
      if (!isIdleLock(minutes)) throw new StoreError(t('error_store_failed'));
      return guard(async () => void (await (await db()).put('settings', minutes, 'idleLockMinutes')));
    },
  };
}
