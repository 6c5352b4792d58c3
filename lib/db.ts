/**
 * The extension's one IndexedDB database: its name, version and upgrade path.
 * Only the background worker opens it; everyone else asks the background.
 *
 * To change the layout: bump DB_VERSION and add a step to `upgrade` that
 * moves old data forward. Never edit an existing step: a browser may still
 * hold a database at any older version.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { GroupProfile } from './group-profile';
import type { ProfileData } from './profile';
import type { Progress } from './progress';
import type { KeyParams, Sealed } from './secret-box';
import type { TaughtRule } from './taught-rules';

export const DB_NAME = 'mo-efiling-assistant';
export const DB_VERSION = 2;

/** The single record key of the progress store: one journey per browser profile. */
export const JOURNEY_KEY = 'journey';

export interface StoredProfile {
  id: string;
  data: ProfileData;
  /** The password, answers and PIN, sealed with the passphrase's key; null when none are kept. */
  secrets: Sealed | null;
  updatedAt: number;
}

export interface Vault {
  params: KeyParams;
  /** A known value sealed with the key: opening it proves a passphrase right. */
  check: Sealed;
}

export interface Settings {
  activeProfileId: string | null;
  fillOnAppear: boolean;
  vault: Vault | null;
  /** The eFiling bookmark this extension made or adopted (step 26). */
  bookmarkId: string | null;
  /** A group administrator's group profile, without its PIN (typed again when sharing). */
  adminGroup: Omit<GroupProfile, 'pin'> | null;
}

export interface StoredRule extends TaughtRule {
  id: string;
}

export interface AppDbSchema extends DBSchema {
  progress: { key: string; value: Progress };
  profiles: { key: string; value: StoredProfile };
  settings: { key: keyof Settings; value: Settings[keyof Settings] };
  rules: { key: string; value: StoredRule; indexes: { screen: string } };
}

export type AppDb = IDBPDatabase<AppDbSchema>;

export function openAppDb(): Promise<AppDb> {
  return openDB<AppDbSchema>(DB_NAME, DB_VERSION, {
    upgrade(db, oldVersion) {
      if (oldVersion < 1) db.createObjectStore('progress');
      if (oldVersion < 2) {
        db.createObjectStore('profiles', { keyPath: 'id' });
        db.createObjectStore('settings');
        db.createObjectStore('rules', { keyPath: 'id' }).createIndex('screen', 'screen');
      }
    },
    blocking(_current, _next, event) {
      // A newer version of the extension wants to upgrade: let it.
      (event.target as IDBDatabase).close();
    },
  });
}
