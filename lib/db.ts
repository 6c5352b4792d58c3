/**
 * The extension's one IndexedDB database: its name, version and upgrade path.
 * Only the background worker opens it; everyone else asks the background.
 *
 * To change the layout: bump DB_VERSION and add a step to `upgrade` that
 * moves old data forward. Never edit an existing step: a browser may still
 * hold a database at any older version.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Progress } from './progress';

export const DB_NAME = 'mo-efiling-assistant';
export const DB_VERSION = 1;

/** The single record key of the progress store: one journey per browser profile. */
export const JOURNEY_KEY = 'journey';

export interface AppDbSchema extends DBSchema {
  progress: { key: string; value: Progress };
}

export type AppDb = IDBPDatabase<AppDbSchema>;

export function openAppDb(): Promise<AppDb> {
  return openDB<AppDbSchema>(DB_NAME, DB_VERSION, {
    upgrade(db, oldVersion) {
      if (oldVersion < 1) db.createObjectStore('progress');
    },
    blocking(_current, _next, event) {
      // A newer version of the extension wants to upgrade: let it.
      (event.target as IDBDatabase).close();
    },
  });
}
