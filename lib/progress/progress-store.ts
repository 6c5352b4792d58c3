/**
 * Reads and changes the saved progress. Each change is read-modify-write in
 * one IndexedDB transaction, so two quick clicks can never lose each other's
 * work, and a failed write leaves what was saved untouched.
 */
import { JOURNEY_KEY, dbFrom, quiet, type DbSource } from '../storage/db';
import { t } from '../i18n';
import { EMPTY_PROGRESS, type Progress } from './progress';
import { ProgressSchema } from './progress-schema';
import { StoreError, describeStoreError as describe } from '../storage/store-error';

export { StoreError };

function validated(value: unknown): Progress {
  if (value === undefined) return EMPTY_PROGRESS;
  const parsed = ProgressSchema.safeParse(value);
  if (!parsed.success) {
    throw new StoreError(t('error_progress_unreadable'));
  }
  return parsed.data;
}

export function createProgressStore(source: DbSource) {
  const db = dbFrom(source);
  return {
    async get(): Promise<Progress> {
      try {
        return validated(await (await db()).get('progress', JOURNEY_KEY));
      } catch (error) {
        throw describe(error);
      }
    },

    async update(change: (current: Progress) => Progress): Promise<Progress> {
      try {
        const tx = (await db()).transaction('progress', 'readwrite');
        quiet(tx);
        const next = ProgressSchema.parse(change(validated(await tx.store.get(JOURNEY_KEY))));
        await tx.store.put(next, JOURNEY_KEY);
        await tx.done;
        return next;
      } catch (error) {
        throw describe(error);
      }
    },

    /** Overwrite without reading: "Start over" must work even when the saved record is unreadable. */
    async replace(next: Progress): Promise<Progress> {
      try {
        await (await db()).put('progress', ProgressSchema.parse(next), JOURNEY_KEY);
        return next;
      } catch (error) {
        throw describe(error);
      }
    },
  };
}

export type ProgressStore = ReturnType<typeof createProgressStore>;
