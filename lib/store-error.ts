/** Failures of the extension's own storage, in words the person can act on. */

/** A problem with saved data that the person should be told about in plain words. */
export class StoreError extends Error {
  override name = 'StoreError';
}

export function describeStoreError(error: unknown): StoreError {
  if (error instanceof StoreError) return error;
  if (error instanceof Error && error.name === 'WrongPassphraseError') return new StoreError(error.message);
  const name = error instanceof DOMException ? error.name : '';
  if (name === 'QuotaExceededError') {
    return new StoreError('Your browser has no room left to save this. Free some disk space, then try again.');
  }
  return new StoreError('Your changes could not be saved just now. Nothing was changed. Please try again.');
}
