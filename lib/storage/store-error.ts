/** Failures of the extension's own storage, in words the person can act on. */
import { t } from '../i18n';

/** A problem with saved data that the person should be told about in plain words. */
export class StoreError extends Error {
  override name = 'StoreError';
  /** Set when the passphrase typed was not the right one (the handler makes the next try wait). */
  wrongPassphrase = false;
}

export const isWrongPassphrase = (error: unknown) =>
  (error instanceof StoreError && error.wrongPassphrase) ||
  (error instanceof Error && error.name === 'WrongPassphraseError');

export function describeStoreError(error: unknown): StoreError {
  if (error instanceof StoreError) return error;
  if (error instanceof Error && error.name === 'WrongPassphraseError') {
    const wrong = new StoreError(error.message);
    wrong.wrongPassphrase = true;
    return wrong;
  }
  const name = error instanceof DOMException ? error.name : '';
  // A database made by a newer version of the extension: this one must not touch it.
  if (name === 'VersionError') return new StoreError(t('error_store_newer'));
  if (name === 'QuotaExceededError') {
    return new StoreError(t('error_store_full'));
  }
  return new StoreError(t('error_store_failed'));
}
