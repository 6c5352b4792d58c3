/**
 * Saved data the person can trust: a database made by a newer version, or
 * closed under us by another context, and saves that never silently undo
 * another window's (compare-and-set on a revision, imports merged inside the
 * saving transaction).
 */
import { forceCloseDatabase } from 'fake-indexeddb';
import { unwrap } from 'idb';
import { describe, expect, it } from 'vitest';
import { appDbOpener, DB_NAME, DB_VERSION } from '@/lib/db';
import { createProfileStore } from '@/lib/profile-store';

const NEWER =
  'Your saved details were made by a newer version of this extension, which this version cannot read. ' +
  'Update the extension, then try again. Nothing was changed.';

/** Open the database as a newer version of the extension would, with something of its own inside. */
function makeNewerDatabase(): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB_NAME, DB_VERSION + 1);
    req.onupgradeneeded = () => req.result.createObjectStore('from-the-future').put('kept', 'k');
    req.onsuccess = () => {
      req.result.close();
      resolve();
    };
    req.onerror = () => reject(req.error);
  });
}

function storeNames(): Promise<{ version: number; names: string[] }> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB_NAME);
    req.onsuccess = () => {
      const db = req.result;
      const out = { version: db.version, names: [...db.objectStoreNames] };
      db.close();
      resolve(out);
    };
    req.onerror = () => reject(req.error);
  });
}

function deleteDatabase(): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.deleteDatabase(DB_NAME);
    req.onsuccess = () => resolve();
    req.onerror = () => reject(req.error);
  });
}

describe('a database this version cannot use as it is', () => {
  it('made by a newer version: says to update the extension, and changes nothing', async () => {
    await makeNewerDatabase();
    const open = appDbOpener();
    await expect(open()).rejects.toThrow(NEWER);
    const store = createProfileStore(open);
    await expect(store.state()).rejects.toThrow(NEWER);
    await expect(store.save({ label: 'Jane' }, null)).rejects.toThrow(NEWER);
    expect(await storeNames()).toEqual({ version: DB_VERSION + 1, names: ['from-the-future'] });
  });

  it('deleted or upgraded by another context: the connection is let go and the next request opens a new one', async () => {
    const store = createProfileStore(appDbOpener());
    await store.save({ label: 'Before' }, null);
    // Another context deletes the database: ours is asked to let go (versionchange), and the delete completes.
    await deleteDatabase();
    expect((await store.state()).profiles).toEqual([]);
    const id = await store.save({ label: 'After' }, null);
    expect((await store.state()).profiles.map((p) => [p.id, p.data.label])).toEqual([[id, 'After']]);
  });

  it('upgraded by a newer version in another context: let go at once, then the update message, not a failure', async () => {
    const store = createProfileStore(appDbOpener());
    await store.save({ label: 'Before' }, null);
    await makeNewerDatabase(); // completes only because our connection lets go
    await expect(store.state()).rejects.toThrow(NEWER);
  });

  it('closed by the browser: the next request opens it again', async () => {
    const open = appDbOpener();
    const store = createProfileStore(open);
    await store.save({ label: 'Kept' }, null);
    forceCloseDatabase(unwrap(await open()) as never); // its types ask for the class, it takes a connection
    expect((await store.state()).profiles.map((p) => p.data.label)).toEqual(['Kept']);
  });
});
