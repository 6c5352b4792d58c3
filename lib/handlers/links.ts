/** The options page, the eFiling bookmark and the court's pages, opened or brought to front. */
import type { BookmarksApi } from '../progress/efiling-bookmark';
import type { HandlerTable } from '../messaging/router';
import type { LinkId } from '../procedure/procedure';
import type { ProfileStore } from '../storage/profile-store';
import { bookmarkRequest } from '../progress/quick-access';

export interface LinkEffects {
  /** Opens the options page, at a section when one is named (options.html#profile, #passphrase). */
  openOptions(section?: 'profile' | 'passphrase'): void | Promise<void>;
  /** The bookmarks API when the person granted it, else null. */
  bookmarks?(): BookmarksApi | null;
  openLink?(link: LinkId): Promise<'focused' | 'opened'>;
}

export function linkHandlers(
  store: ProfileStore,
  effects: LinkEffects,
): Pick<HandlerTable, 'options/open' | 'bookmark/state' | 'bookmark/add' | 'open/link'> {
  const bookmark = async (add: boolean) => {
    const memory = { get: () => store.bookmarkId(), set: (id: string | null) => store.setBookmarkId(id) };
    const api = effects.bookmarks?.() ?? null;
    return { ok: true as const, data: await bookmarkRequest(api, memory, add) };
  };
  return {
    'options/open': async (request) => {
      await effects.openOptions(request.section);
      return { ok: true, data: null };
    },
    'bookmark/state': () => bookmark(false),
    'bookmark/add': () => bookmark(true),
    'open/link': async (request) => ({ ok: true, data: await effects.openLink?.(request.link) }),
  };
}
