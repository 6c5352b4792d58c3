/**
 * Storage faults: a database from an older version, an upgrade another window
 * blocks, an aborted transaction, a full disk. Each gives the person a plain
 * message and leaves what was saved exactly as it was.
 */
import { describe, expect, it, vi } from 'vitest';
import { DB_NAME, JOURNEY_KEY, upgradeBlocked, appDbOpener, openAppDb } from '@/lib/storage/db';
import { progressStoreHandlers } from '@/lib/handlers';
import { route } from '@/lib/messaging/router';
import { createProfileStore } from '@/lib/storage/profile-store';
import { createProgressStore } from '@/lib/progress/progress-store';

const SAVED = { hasCaseNetAccount: false, done: [2, 3, 4], updatedAt: 7 };

/** A database as version 1 of the extension left it: only the progress store. */
function openVersion1(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB_NAME, 1);
    req.onupgradeneeded = () => req.result.createObjectStore('progress');
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

async function putV1(db: IDBDatabase) {
  await new Promise<void>((resolve, reject) => {
    const tx = db.transaction('progress', 'readwrite');
    tx.objectStore('progress').put(SAVED, JOURNEY_KEY);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
}

/** Everything in the database, as text. */
async function dump() {
  const db = await openAppDb();
  const out = JSON.stringify(
    await Promise.all(['progress', 'profiles', 'settings', 'rules'].map((s) => db.getAll(s as 'progress'))),
  );
  db.close();
  return out;
}

describe('storage faults', () => {
  it('moves a database from the older version forward with nothing dropped', async () => {
    const old = await openVersion1();
    await putV1(old);
    old.close();
    const store = createProgressStore(openAppDb());
    expect(await store.get()).toEqual(SAVED);
    const db = await openAppDb();
    expect([...db.objectStoreNames].sort()).toEqual(['profiles', 'progress', 'rules', 'settings']);
    db.close();
  });

  it('says plainly when another window blocks the upgrade, and works once it lets go', async () => {
    const old = await openVersion1(); // an old window that never closes its connection
    await putV1(old);
    old.onversionchange = null;
    const opener = appDbOpener();
    const store = createProgressStore(opener);
    await expect(store.get()).rejects.toThrow(upgradeBlocked());
    const answer = await route(
      { type: 'progress/get' },
      { from: 'extension-page' },
      progressStoreHandlers(store, { progressChanged() {} }),
    );
    expect(answer).toEqual({ ok: false, error: upgradeBlocked() });
    old.close();
    await new Promise((r) => setTimeout(r, 20));
    expect(await store.get()).toEqual(SAVED); // the same store recovers: the opener tries again
  });

  it('an aborted transaction changes nothing and says so', async () => {
    const store = createProgressStore(openAppDb());
    await store.replace(SAVED);
    const before = await dump();
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore) {
      this.transaction.abort();
      throw new DOMException('The transaction was aborted.', 'AbortError');
    });
    await expect(store.update((p) => ({ ...p, done: [2, 3, 4, 5] }))).rejects.toThrow(
      /could not be saved just now\. Nothing was changed/,
    );
    const profiles = createProfileStore(openAppDb());
    await expect(profiles.save({ label: 'Jane' }, null)).rejects.toThrow(/could not be saved just now/);
    vi.restoreAllMocks();
    expect(await dump()).toBe(before);
  });

  it('a full disk: profiles and progress both say so, and keep what was saved byte for byte', async () => {
    const profiles = createProfileStore(openAppDb());
    const id = await profiles.save({ label: 'Jane at DSS', firstName: 'Jane' }, null);
    const before = await dump();
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    });
    await expect(profiles.save({ label: 'Jane at DSS', firstName: 'Janet' }, null, { id })).rejects.toThrow(
      /no room left/,
    );
    await expect(profiles.setFillOnAppear(true)).rejects.toThrow(/no room left/);
    await expect(createProgressStore(openAppDb()).update((p) => ({ ...p, hasCaseNetAccount: true }))).rejects.toThrow(
      /no room left/,
    );
    vi.restoreAllMocks();
    expect(await dump()).toBe(before);
  });
});
