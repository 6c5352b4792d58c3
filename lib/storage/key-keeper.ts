/**
 * The passphrase's key while unlocked, forgotten after a while without use,
 * and a growing wait after wrong passphrases. Free of browser APIs: the
 * session storage area and the clock are passed in (storage.session and
 * Date.now in the background), so both survive a restarted worker and are
 * tested with a fake clock.
 */
import type { KeyKeeper } from '../handlers/vault';
import { exportKey, importKey } from './secret-box';

/** The part of storage.session used here (memory only, cleared when the browser closes). */
export interface SessionArea {
  get(keys: string | string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

const KEY = 'vaultKey';
const USED_AT = 'vaultKeyUsedAt';
const FAILURES = 'unlockFailures';

/** The wait after `failures` wrong passphrases in a row: none for the first two, then 2 s, 4 s, 8 s… at most a minute. */
export function unlockDelayMs(failures: number): number {
  return failures < 3 ? 0 : Math.min(60_000, 2_000 * 2 ** (failures - 3));
}

/** Wrong passphrases so far, and the wait they impose. */
export interface UnlockAttempts {
  /**
   * Before checking a passphrase: the wait still to go (nothing is counted
   * then), or 0 and the attempt is counted until `succeeded` (so attempts made
   * side by side cannot all skip the wait).
   */
  begin(): Promise<number>;
  /** The wait from now, after the attempt `begin` counted turned out wrong. */
  waitMs(): Promise<number>;
  succeeded(): Promise<void>;
}

interface Failures {
  count: number;
  at: number;
}

export function unlockAttempts(area: SessionArea, now: () => number): UnlockAttempts {
  // One change at a time: a read-modify-write must not interleave with another.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const run = queue.then(work, work);
    queue = run.catch(() => {});
    return run;
  };
  const read = async (): Promise<Failures> => {
    const raw = (await area.get(FAILURES))[FAILURES] as Partial<Failures> | undefined;
    return typeof raw?.count === 'number' && typeof raw.at === 'number'
      ? { count: raw.count, at: raw.at }
      : { count: 0, at: 0 };
  };
  const left = (f: Failures) => Math.max(0, f.at + unlockDelayMs(f.count) - now());
  return {
    begin: () =>
      serial(async () => {
        const f = await read();
        const wait = left(f);
        if (wait > 0) return wait;
        await area.set({ [FAILURES]: { count: f.count + 1, at: now() } satisfies Failures });
        return 0;
      }),
    waitMs: () => serial(async () => left(await read())),
    succeeded: () => serial(() => area.remove(FAILURES)),
  };
}

export interface IdleKeeperOptions {
  area: SessionArea;
  now: () => number;
  /** The person's setting, read when the key is asked for. */
  idleMinutes: () => Promise<number>;
}

/**
 * Keeps the key in memory and in the session area with the time it was last
 * used; a get after the idle time finds it gone (and forgets it for good).
 */
export function idleKeyKeeper({ area, now, idleMinutes }: IdleKeeperOptions): KeyKeeper {
  let cached: { key: CryptoKey; usedAt: number } | null | undefined;
  const load = async () => {
    if (cached !== undefined) return cached;
    const { [KEY]: raw, [USED_AT]: usedAt } = await area.get([KEY, USED_AT]);
    // A key kept without its time of use (an older version kept it so) counts as idle.
    cached = typeof raw === 'string' && typeof usedAt === 'number' ? { key: await importKey(raw), usedAt } : null;
    return cached;
  };
  const forget = async () => {
    cached = null;
    await area.remove([KEY, USED_AT]);
  };
  /** The key while it has been used recently enough; else it is forgotten. */
  const fresh = async () => {
    const entry = await load();
    if (!entry) return null;
    if (now() - entry.usedAt >= (await idleMinutes()) * 60_000) {
      await forget();
      return null;
    }
    return entry;
  };
  return {
    async get() {
      const entry = await fresh();
      if (!entry) return null;
      entry.usedAt = now();
      await area.set({ [USED_AT]: entry.usedAt });
      return entry.key;
    },
    async peek() {
      return (await fresh()) !== null;
    },
    async set(key) {
      if (!key) return forget();
      cached = { key, usedAt: now() };
      await area.set({ [KEY]: await exportKey(key), [USED_AT]: cached.usedAt });
    },
    attempts: unlockAttempts(area, now),
  };
}
