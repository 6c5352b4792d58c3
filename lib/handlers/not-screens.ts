/**
 * What the background remembers of court pages that are no screen: a page path with the very boxes
 * the recogniser looked at and found to be none of the procedure's screens (a Case.net search form a
 * clerk opens all day). The gate's next visit then costs one message, not a recognition. Kept in the
 * worker's memory only (a restart forgets it), bounded, and never for a page without boxes.
 * Forgotten for a path as soon as a screen is seen there, and all of it once the person teaches or
 * deletes a field (recognition changed).
 */
const LIMIT = 200;

export interface NotScreens {
  has(url: string | undefined, boxes: string | undefined): boolean;
  add(url: string | undefined, boxes: string): void;
  /** A screen was seen at this page's path. */
  forget(url: string | undefined): void;
  clear(): void;
}

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

export function notScreens(limit = LIMIT): NotScreens {
  // Insertion order is age: the oldest entry goes first when full.
  const known = new Map<string, Set<string>>();
  return {
    has: (url, boxes) => {
      const path = pathOf(url);
      return !!path && !!boxes && (known.get(path)?.has(boxes) ?? false);
    },
    add: (url, boxes) => {
      const path = pathOf(url);
      if (!path || !boxes) return;
      const set = known.get(path) ?? new Set<string>();
      known.delete(path);
      set.add(boxes);
      known.set(path, set);
      while (known.size > limit) known.delete(known.keys().next().value!);
    },
    forget: (url) => {
      const path = pathOf(url);
      if (path) known.delete(path);
    },
    clear: () => known.clear(),
  };
}
