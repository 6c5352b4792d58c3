/**
 * What the background remembers of court pages that are no screen: a page path with the very boxes
 * the recogniser looked at and found to be none of the procedure's screens (a Case.net search form a
 * clerk opens all day). The gate's next visit then costs one message, not a recognition. Bounded,
 * and never for a page without boxes. Forgotten for a path as soon as a screen is seen there, and all
 * of it once the person teaches or deletes a field (recognition changed).
 *
 * Kept in storage.session as well as in memory: the browser stops an idle worker after 30 s, and a
 * clerk's next search is usually later than that. Session storage is memory too (never on disk,
 * gone when the browser closes) and out of reach of content scripts, so a page cannot write to it.
 */
import { z } from 'zod';
import type { SessionArea } from '../storage/key-keeper';

const LIMIT = 200;
const STORE_KEY = 'notScreens';
/** Signatures kept for one path: a page whose boxes keep changing is not worth more. */
const PER_PATH = 20;
/** A longer path is not remembered (no court page has one). */
const MAX_PATH = 2_000;

export interface NotScreens {
  has(url: string | undefined, boxes: string | undefined): Promise<boolean>;
  add(url: string | undefined, boxes: string): Promise<void>;
  /** A screen was seen at this page's path. */
  forget(url: string | undefined): Promise<void>;
  clear(): Promise<void>;
}

/** What storage.session holds: [path, signatures] pairs, oldest first. Anything else is ignored. */
const Saved = z.array(z.tuple([z.string().max(MAX_PATH), z.array(z.string().max(2_000)).max(PER_PATH)])).max(LIMIT);

/** The page's path, without its query (which may carry a token from an e-mail). */
function pathOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return `${u.origin}${u.pathname}`;
  } catch {
    return null;
  }
}

/**
 * `area`: where the memory outlives the worker (storage.session in the background); without it, the
 * worker's memory only. A failing area costs only the memory's use: pages are recognised again.
 */
export function notScreens(limit = LIMIT, area?: SessionArea): NotScreens {
  // Insertion order is age: the oldest entry goes first when full.
  let known: Map<string, Set<string>> | undefined;
  const load = async () => {
    if (known) return known;
    const saved = area ? await area.get(STORE_KEY).catch(() => ({})) : {};
    const parsed = Saved.safeParse((saved as Record<string, unknown>)[STORE_KEY]);
    // Another call may have loaded it meanwhile: the first one loaded wins.
    known ??= new Map(parsed.success ? parsed.data.slice(-limit).map(([p, s]) => [p, new Set(s)]) : []);
    return known;
  };
  const save = async (map: Map<string, Set<string>>) => {
    await area
      ?.set({ [STORE_KEY]: [...map].map(([p, s]) => [p, [...s]]) })
      .catch((error: unknown) => console.warn('could not keep the pages that are no screen', error));
  };
  return {
    has: async (url, boxes) => {
      const path = pathOf(url);
      return !!path && !!boxes && ((await load()).get(path)?.has(boxes) ?? false);
    },
    add: async (url, boxes) => {
      const path = pathOf(url);
      if (!path || !boxes || path.length > MAX_PATH) return;
      const map = await load();
      const set = map.get(path) ?? new Set<string>();
      map.delete(path);
      set.add(boxes);
      while (set.size > PER_PATH) set.delete(set.values().next().value!);
      map.set(path, set);
      while (map.size > limit) map.delete(map.keys().next().value!);
      await save(map);
    },
    forget: async (url) => {
      const path = pathOf(url);
      const map = await load();
      if (path && map.delete(path)) await save(map);
    },
    clear: async () => {
      const map = await load();
      map.clear();
      await save(map);
    },
  };
}
