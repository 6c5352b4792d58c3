/**
 * What every part of the profile store shares: the database it is given, the
 * translation of any failure into a sentence for the person, and the one read
 * of all settings with their defaults.
 */
import type { AppDb, Settings, Vault } from './db';
import { DEFAULT_IDLE_LOCK, isIdleLock } from './idle-lock';
import { describeStoreError } from './store-error';

/** The database as each part of the store receives it (opened on first use). */
export type StoreDb = () => Promise<AppDb>;

export async function guard<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw describeStoreError(error);
  }
}

export async function readSettings(db: AppDb): Promise<Settings> {
  const tx = db.transaction('settings');
  const [activeProfileId, fillOnAppear, vault, bookmarkId, adminGroup, idleLockMinutes] = await Promise.all([
    tx.store.get('activeProfileId'),
    tx.store.get('fillOnAppear'),
    tx.store.get('vault'),
    tx.store.get('bookmarkId'),
    tx.store.get('adminGroup'),
    tx.store.get('idleLockMinutes'),
  ]);
  return {
    activeProfileId: (activeProfileId as string | undefined) ?? null,
    fillOnAppear: (fillOnAppear as boolean | undefined) ?? false,
    vault: (vault as Vault | undefined) ?? null,
    bookmarkId: (bookmarkId as string | undefined) ?? null,
    adminGroup: (adminGroup as Settings['adminGroup'] | undefined) ?? null,
    idleLockMinutes: isIdleLock(idleLockMinutes) ? idleLockMinutes : DEFAULT_IDLE_LOCK,
  };
}
