/**
 * The extension's one IndexedDB database: its name, version and upgrade path.
 * Only the background worker opens it; everyone else asks the background.
 *
 * To change the layout: bump DB_VERSION and add a step to `upgrade` that
 * moves old data forward. Never edit an existing step: a browser may still
 * hold a database at any older version.
 */
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import { t } from '../i18n';
import { StoreError } from './store-error';
import type { GroupProfile } from '../profile/group-profile';
import type { ProfileData } from '../profile/profile';
import type { Progress } from '../progress/progress';
import type { KeyParams, Sealed } from './secret-box';
import type { TaughtRule } from '../recognise/taught-rules';

export const DB_NAME = 'mo-efiling-assistant';
export const DB_VERSION = 3;

/** The single record key of the progress store: one journey per browser profile. */
export const JOURNEY_KEY = 'journey';

export interface StoredProfile {
  id: string;
  data: ProfileData;
  /** The password, answers and PIN, sealed with the passphrase's key; null when none are kept. */
  secrets: Sealed | null;
  updatedAt: number;
  /**
   * Counts the saves of this profile's details (absent on profiles saved before it existed: 0).
   * A save names the revision it started from and is refused when another got there first.
   */
  revision?: number;
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
  /** A group administrator's group profile, without its PIN (that is kept apart, sealed: adminSecrets). */
  adminGroup: Omit<GroupProfile, 'pin'> | null;
  /** The administrator's group PIN and share-code passphrase, sealed under their own passphrase (lib/sharing/admin-secrets.ts). */
  adminSecrets?: Sealed;
  /** Minutes without use of secrets after which the passphrase's key is forgotten (lib/storage/key-keeper.ts). */
  idleLockMinutes: number;
  /** The security questions the court's own lists offered, saved from the panel (public text, no answers). */
  courtQuestions?: string[];
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

type UpgradeTx = IDBPTransaction<AppDbSchema, StoreNames<AppDbSchema>[], 'versionchange'>;

/** Upgrade step 3: every saved profile's group, and the administrator's group profile, get `adminEmail: ''`. */
async function addAdminEmail(tx: UpgradeTx): Promise<void> {
  const profiles = tx.objectStore('profiles');
  for (let cursor = await profiles.openCursor(); cursor; cursor = await cursor.continue()) {
    const stored = cursor.value;
    if (stored.data.group.adminEmail === undefined) {
      await cursor.update({ ...stored, data: { ...stored.data, group: { ...stored.data.group, adminEmail: '' } } });
    }
  }
  const settings = tx.objectStore('settings');
  const group = (await settings.get('adminGroup')) as Settings['adminGroup'] | undefined;
  if (group && group.adminEmail === undefined) await settings.put({ ...group, adminEmail: '' }, 'adminGroup');
}

/** Said while another window keeps an older version of the database open (built when said, in the browser's language). */
export const upgradeBlocked = () => t('error_upgrade_blocked');

/** What the opener is told about a connection while it opens and while it is open. */
interface OpenEvents {
  /** Another window holds an older version open and will not let it be upgraded. */
  blocked(): void;
  /** The connection was closed under us (another context upgrades or deletes it, or the browser closed it). */
  gone(): void;
}

function startOpen(events: OpenEvents): Promise<AppDb> {
  return openDB<AppDbSchema>(DB_NAME, DB_VERSION, {
    upgrade(db, oldVersion, _newVersion, transaction) {
      // Each step moves a database of an older version one version forward; never edit a step.
      if (oldVersion < 1) db.createObjectStore('progress');
      if (oldVersion < 2) {
        db.createObjectStore('profiles', { keyPath: 'id' });
        db.createObjectStore('settings');
        db.createObjectStore('rules', { keyPath: 'id' }).createIndex('screen', 'screen');
      }
      // Version 3: the group profile names its administrator's e-mail (none yet for what was saved before).
      if (oldVersion < 3) void addAdminEmail(transaction).catch(() => transaction.abort());
    },
    blocked: events.blocked,
    blocking(_current, _next, event) {
      // Another context wants to upgrade or delete the database: let it, and forget this handle,
      // so that the next request opens a fresh connection instead of using a closed one.
      (event.target as IDBDatabase).close();
      events.gone();
    },
    terminated: events.gone,
  });
}

/**
 * A database left by a newer version of the extension (it was downgraded) cannot be
 * opened by this one; nothing is changed, and the person is told to update.
 */
export const newerDatabase = () => t('error_store_newer');

function opening(error: unknown): unknown {
  return error instanceof DOMException && error.name === 'VersionError' ? new StoreError(newerDatabase()) : error;
}

/**
 * The database, opened on first use and again after it was closed: by the
 * browser, or by this worker because another context upgraded or deleted it.
 * When another window holds an older version open and will not let go, every
 * request is told so at once (not left waiting); the upgrade completes, and
 * requests work again, as soon as that window closes.
 */
export function appDbOpener(): () => Promise<AppDb> {
  let ready: AppDb | null = null;
  interface Pending {
    promise: Promise<AppDb>;
    blocked: boolean;
    /** Closed before (or as) it finished opening: never hand it out. */
    gone: boolean;
    waiters: Set<(e: Error) => void>;
  }
  let pending: Pending | null = null;
  return () => {
    if (ready) return Promise.resolve(ready);
    if (!pending) {
      const p: Pending = {
        promise: Promise.resolve(null as never),
        blocked: false,
        gone: false,
        waiters: new Set(),
      };
      let opened: AppDb | null = null;
      p.promise = startOpen({
        blocked: () => {
          p.blocked = true;
          for (const fail of p.waiters) fail(new StoreError(upgradeBlocked()));
        },
        gone: () => {
          p.gone = true;
          if (opened && ready === opened) ready = null;
        },
      }).catch((error: unknown) => {
        throw opening(error);
      });
      p.promise.then(
        (db) => {
          opened = db;
          if (!p.gone) ready = db;
          db.addEventListener('close', () => {
            if (ready === db) ready = null;
          });
          if (pending === p) pending = null;
        },
        () => {
          if (pending === p) pending = null;
        },
      );
      pending = p;
    }
    const p: Pending = pending;
    if (p.blocked) return Promise.reject(new StoreError(upgradeBlocked()));
    return new Promise<AppDb>((resolve, reject) => {
      p.waiters.add(reject);
      p.promise.then(resolve, reject).finally(() => p.waiters.delete(reject));
    });
  };
}

/** Open the database once (tests, short-lived pages). */
export const openAppDb = (): Promise<AppDb> => appDbOpener()();

/**
 * A write transaction may be given up half-way (an error thrown between its
 * requests aborts it). Its `done` then rejects; the error the caller sees is
 * the one that stopped it, so this rejection is expected, not unhandled.
 */
export function quiet(tx: { done: Promise<void> }): void {
  tx.done.catch(() => {});
}

/** Abort a transaction we are giving up on; its rejected `done` is expected, not an error. */
export function abort(tx: { abort(): void; done: Promise<void> }): void {
  quiet(tx);
  tx.abort();
}

/** Stores take the database as a promise (tests) or as an opener (the background). */
export type DbSource = Promise<AppDb> | (() => Promise<AppDb>);
export const dbFrom = (source: DbSource) => (typeof source === 'function' ? source : () => source);
