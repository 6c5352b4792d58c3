/**
 * Saved data the person can trust: a database made by a newer version, or
 * closed under us by another context, and saves that never silently undo
 * another window's (compare-and-set on a revision, imports merged inside the
 * saving transaction).
 */
import { forceCloseDatabase } from 'fake-indexeddb';
import { unwrap } from 'idb';
import { describe, expect, it } from 'vitest';
import { formValuesFrom, keepTyping } from '@/components/options/profile-form-values';
import { appDbOpener, DB_NAME, DB_VERSION, openAppDb } from '@/lib/storage/db';
import { GroupProfileSchema } from '@/lib/profile/group-profile';
import { groupFileText } from '@/lib/profile/profile-file';
import { storeHandler } from '../support/messaging';
import { ProfileInputSchema, splitSecrets } from '@/lib/profile/profile';
import { createProfileStore } from '@/lib/storage/profile-store';

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

// ---------------------------------------------------------------------------
// Saves that never silently undo another window's

const STALE =
  'This profile was changed in another window or tab after you opened it here. Nothing was saved, and what you ' +
  'typed is still in the form. Press “Reload, keep my typing” to bring in the other change, check the form, then save again.';

const groupText = (group: Record<string, unknown>) =>
  groupFileText(GroupProfileSchema.parse({ groupName: 'Department of Social Services', ...group }));

describe('two windows saving one profile', () => {
  it('the older form is refused, says why, and the newer e-mail stays', async () => {
    const store = createProfileStore(appDbOpener());
    const ask = storeHandler(store);
    const id = await store.save({ label: 'Jane at DSS', email: 'jane@example.org' }, null);
    const loaded = (await store.state()).profiles[0]!;
    expect(loaded.revision).toBe(1);

    // Window B saves a new e-mail; window A, loaded before that, saves a phone number.
    expect(
      await ask({
        type: 'profiles/save',
        id,
        revision: loaded.revision,
        profile: { label: 'Jane at DSS', email: 'jane.doe@example.org' },
      }),
    ).toEqual({ ok: true, data: { id, revision: 2 } });
    expect(
      await ask({
        type: 'profiles/save',
        id,
        revision: loaded.revision,
        profile: { label: 'Jane at DSS', email: 'jane@example.org', phone: '573-555-0100' },
      }),
    ).toEqual({ ok: false, error: STALE });

    const [now] = (await store.state()).profiles;
    expect(now).toMatchObject({ revision: 2, data: { email: 'jane.doe@example.org', phone: '' } });
  });

  it('a form saved from the newest revision is saved, and counts one more', async () => {
    const store = createProfileStore(appDbOpener());
    const id = await store.save({ label: 'Jane at DSS' }, null);
    expect(await store.put({ label: 'Jane at DSS', phone: '573-555-0100' }, null, { id, revision: 1 })).toEqual({
      id,
      revision: 2,
      result: undefined,
    });
    expect(await store.put({ label: 'Jane', phone: '573-555-0100' }, null, { id, revision: 2 })).toMatchObject({
      revision: 3,
    });
    expect((await store.state()).profiles[0]).toMatchObject({ revision: 3, data: { label: 'Jane' } });
  });

  it('a profile saved before revisions existed counts as revision 0', async () => {
    const store = createProfileStore(appDbOpener());
    const id = await store.save({ label: 'Old' }, null);
    const db = await openAppDb();
    const { revision: _dropped, ...before } = (await db.get('profiles', id))!;
    await db.put('profiles', before); // as an older version of the extension left it
    db.close();
    expect((await store.state()).profiles[0]?.revision).toBe(0);
    await expect(store.put({ label: 'Old' }, null, { id, revision: 1 })).rejects.toThrow(STALE);
    expect(await store.put({ label: 'Old, edited' }, null, { id, revision: 0 })).toMatchObject({ revision: 1 });
  });

  it('two imports into one profile at once: both say ok and both land', async () => {
    const store = createProfileStore(appDbOpener());
    const ask = storeHandler(store);
    const id = await store.save({ label: 'Jane at DSS', firstName: 'Jane' }, null);
    const [a, b] = await Promise.all([
      ask({ type: 'profiles/import', id, text: groupText({ phone: '573-555-0100' }) }),
      ask({ type: 'profiles/import', id, text: groupText({ department: 'Children’s Division' }) }),
    ]);
    expect(a).toEqual({ ok: true, data: { id, notes: [] } });
    expect(b).toEqual({ ok: true, data: { id, notes: [] } });
    const [now] = (await store.state()).profiles;
    expect(now).toMatchObject({
      revision: 3,
      data: {
        label: 'Jane at DSS',
        firstName: 'Jane',
        phone: '573-555-0100',
        group: { name: 'Department of Social Services', department: 'Children’s Division' },
      },
    });
  });

  it('an import while a form is open makes that form stale, and the import is kept', async () => {
    const store = createProfileStore(appDbOpener());
    const ask = storeHandler(store);
    const id = await store.save({ label: 'Jane at DSS' }, null);
    await ask({ type: 'profiles/import', id, text: groupText({ phone: '573-555-0100' }) });
    expect(await ask({ type: 'profiles/save', id, revision: 1, profile: { label: 'Jane' } })).toEqual({
      ok: false,
      error: STALE,
    });
    expect((await store.state()).profiles[0]?.data).toMatchObject({ label: 'Jane at DSS', phone: '573-555-0100' });
  });
});

const JANE_DATA = splitSecrets(ProfileInputSchema.parse({ label: 'Jane at DSS', firstName: 'Jane' })).data;

describe('reload, keep my typing', () => {
  it('boxes the person changed keep what they typed; every other box takes the newer save', () => {
    const base = formValuesFrom({ ...JANE_DATA, email: 'jane@example.org', phone: '' });
    const newer = formValuesFrom({ ...JANE_DATA, email: 'jane.doe@example.org', phone: '', firstName: 'Janet' });
    const typed = { ...base, text: { ...base.text, phone: '573-555-0100', 'group.pin': '4417' }, billingSame: false };
    const kept = keepTyping(base, typed, newer);
    expect(kept.text).toMatchObject({
      email: 'jane.doe@example.org',
      firstName: 'Janet',
      phone: '573-555-0100',
      'group.pin': '4417',
    });
    expect(kept.billingSame).toBe(false);
    expect(kept.noMobarNumber).toBe(true);
  });
});
