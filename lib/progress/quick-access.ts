/**
 * Daily use after step 26: the eFiling bookmark and opening the court's pages.
 * Browser APIs are passed in, so the decisions are tested without a browser.
 */
import {
  addBookmark,
  bookmarkState,
  type BookmarkMemory,
  type BookmarksApi,
  type BookmarkState,
} from './efiling-bookmark';
import { LINKS, type LinkId } from '../procedure/procedure';

export interface TabsApi {
  query(q: { url: string[] }): Promise<{ id?: number; windowId?: number }[]>;
  update(id: number, change: { active: boolean }): Promise<unknown>;
  create(details: { url: string }): Promise<unknown>;
  focusWindow(windowId: number): Promise<unknown>;
}

/** The pages an already-open tab may be reused for (any page of eFiling). */
const REUSABLE: Partial<Record<LinkId, string[]>> = {
  efiling: ['https://www.courts.mo.gov/ecf/*', 'https://courts.mo.gov/ecf/*'],
};

/** Open a court page in a new tab, or bring an open eFiling tab to the front. */
export async function openLink(tabs: TabsApi, link: LinkId): Promise<'focused' | 'opened'> {
  const patterns = REUSABLE[link];
  const [open] = patterns ? await tabs.query({ url: patterns }) : [];
  if (open?.id !== undefined) {
    await tabs.update(open.id, { active: true });
    if (open.windowId !== undefined) await tabs.focusWindow(open.windowId);
    return 'focused';
  }
  await tabs.create({ url: LINKS[link] });
  return 'opened';
}

export async function bookmarkRequest(
  api: BookmarksApi | null,
  memory: BookmarkMemory,
  add: boolean,
): Promise<BookmarkState | 'no-permission'> {
  // No permission yet: nothing to report until the person asks for the bookmark.
  if (!api) return add ? 'no-permission' : 'none';
  return add ? addBookmark(api, memory) : bookmarkState(api, memory);
}
