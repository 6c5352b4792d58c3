/**
 * Step 26, "save the eFiling link", as a real browser bookmark: one, in the
 * bookmarks bar where the browser has one, never a second copy. The
 * bookmarks API is passed in (it exists only once the person granted the
 * optional permission), so this is tested without a browser.
 */
import { t } from '../i18n';
import { LINKS } from '../procedure/procedure';

export interface BookmarkNode {
  id: string;
  title: string;
  url?: string;
  children?: BookmarkNode[];
}

export interface BookmarksApi {
  get(id: string): Promise<BookmarkNode[]>;
  search(query: { url: string }): Promise<BookmarkNode[]>;
  create(details: { parentId?: string; title: string; url: string }): Promise<BookmarkNode>;
  getTree(): Promise<BookmarkNode[]>;
}

/** Where the bookmark stands: none yet, saved, deleted or changed by the person since we made it. */
export type BookmarkState = 'none' | 'saved' | 'removed' | 'changed';

export interface BookmarkMemory {
  get(): Promise<string | null>;
  set(id: string | null): Promise<void>;
}

/** The bookmark's name, in the browser's language when it is made. */
export const bookmarkTitle = () => t('bookmark_title');

/** Chrome's "Bookmarks bar" is id "1"; Firefox's "Bookmarks Toolbar" is "toolbar_____". */
async function barFolder(api: BookmarksApi): Promise<string | undefined> {
  const [root] = await api.getTree();
  const folders = root?.children ?? [];
  return (
    folders.find((f) => f.id === '1' || f.id === 'toolbar_____')?.id ??
    folders.find((f) => /bookmarks (bar|toolbar)/i.test(f.title))?.id
  );
}

export async function bookmarkState(api: BookmarksApi, memory: BookmarkMemory): Promise<BookmarkState> {
  const id = await memory.get();
  if (id) {
    const [node] = await api.get(id).catch(() => [] as BookmarkNode[]);
    if (!node) return 'removed';
    return node.url === LINKS.efiling ? 'saved' : 'changed';
  }
  // A bookmark the person made themselves counts: adopt it rather than add a copy.
  const [existing] = await api.search({ url: LINKS.efiling });
  if (!existing) return 'none';
  await memory.set(existing.id);
  return 'saved';
}

/** Make the bookmark, or reuse the one that exists. Pressing twice never makes two. */
export async function addBookmark(api: BookmarksApi, memory: BookmarkMemory): Promise<BookmarkState> {
  const [existing] = await api.search({ url: LINKS.efiling });
  if (existing) {
    await memory.set(existing.id);
    return 'saved';
  }
  const parentId = await barFolder(api);
  const node = await api.create({ ...(parentId ? { parentId } : {}), title: bookmarkTitle(), url: LINKS.efiling });
  await memory.set(node.id);
  return 'saved';
}
