import { describe, expect, it } from 'vitest';
import {
  bookmarkTitle,
  addBookmark,
  bookmarkState,
  type BookmarkNode,
  type BookmarksApi,
} from '@/lib/progress/efiling-bookmark';
import { bookmarkRequest, openLink, type TabsApi } from '@/lib/progress/quick-access';

/** An in-memory bookmarks tree shaped like Chrome's (bar "1", other "2") or Firefox's. */
function fakeBookmarks(barId = '1', barTitle = 'Bookmarks bar') {
  const nodes = new Map<string, BookmarkNode & { parentId?: string }>();
  let next = 100;
  const api: BookmarksApi = {
    async get(id) {
      const n = nodes.get(id);
      if (!n) throw new Error("Can't find bookmark for id.");
      return [n];
    },
    async search({ url }) {
      return [...nodes.values()].filter((n) => n.url === url);
    },
    async create(d) {
      const node = { id: String(next++), title: d.title, url: d.url, parentId: d.parentId };
      nodes.set(node.id, node);
      return node;
    },
    async getTree() {
      return [
        {
          id: '0',
          title: '',
          children: [
            { id: barId, title: barTitle },
            { id: 'other', title: 'Other bookmarks' },
          ],
        },
      ];
    },
  };
  let saved: string | null = null;
  const memory = { get: async () => saved, set: async (id: string | null) => void (saved = id) };
  return { api, nodes, memory, saved: () => saved };
}

describe('the eFiling bookmark', () => {
  it('is made once, in the bookmarks bar, and pressing again reuses it', async () => {
    const b = fakeBookmarks();
    expect(await bookmarkState(b.api, b.memory)).toBe('none');
    expect(await addBookmark(b.api, b.memory)).toBe('saved');
    expect(await addBookmark(b.api, b.memory)).toBe('saved');
    expect([...b.nodes.values()]).toEqual([
      { id: '100', title: bookmarkTitle(), url: 'https://www.courts.mo.gov/ecf/', parentId: '1' },
    ]);
    expect(await bookmarkState(b.api, b.memory)).toBe('saved');
  });

  it("uses Firefox's toolbar too", async () => {
    const b = fakeBookmarks('toolbar_____', 'Bookmarks Toolbar');
    await addBookmark(b.api, b.memory);
    expect([...b.nodes.values()][0]!.parentId).toBe('toolbar_____');
  });

  it('adopts a bookmark the person already had instead of adding a copy', async () => {
    const b = fakeBookmarks();
    await b.api.create({ parentId: 'other', title: 'my eFiling', url: 'https://www.courts.mo.gov/ecf/' });
    expect(await bookmarkState(b.api, b.memory)).toBe('saved');
    expect(b.saved()).toBe('100');
    await addBookmark(b.api, b.memory);
    expect(b.nodes.size).toBe(1);
  });

  it('notices when the person deleted or changed it', async () => {
    const b = fakeBookmarks();
    await addBookmark(b.api, b.memory);
    b.nodes.get('100')!.url = 'https://example.org/';
    expect(await bookmarkState(b.api, b.memory)).toBe('changed');
    b.nodes.delete('100');
    expect(await bookmarkState(b.api, b.memory)).toBe('removed');
    expect(await addBookmark(b.api, b.memory)).toBe('saved');
    expect(b.nodes.size).toBe(1);
  });
});

describe('opening court pages', () => {
  function fakeTabs(open: { id?: number; windowId?: number }[]) {
    const calls: string[] = [];
    const tabs: TabsApi = {
      query: async (q) => (calls.push(`query ${q.url.join(' ')}`), open),
      update: async (id) => calls.push(`update ${id}`),
      create: async (d) => calls.push(`create ${d.url}`),
      focusWindow: async (w) => calls.push(`focus ${w}`),
    };
    return { tabs, calls };
  }

  it('brings an open eFiling tab to the front instead of opening another', async () => {
    const t = fakeTabs([{ id: 7, windowId: 2 }]);
    expect(await openLink(t.tabs, 'efiling')).toBe('focused');
    expect(t.calls).toEqual([
      'query https://www.courts.mo.gov/ecf/* https://courts.mo.gov/ecf/*',
      'update 7',
      'focus 2',
    ]);
  });

  it('opens a new tab when none is open, and always for other pages', async () => {
    const t = fakeTabs([]);
    expect(await openLink(t.tabs, 'efiling')).toBe('opened');
    expect(await openLink(t.tabs, 'casenet')).toBe('opened');
    expect(t.calls.filter((c) => c.startsWith('create'))).toEqual([
      'create https://www.courts.mo.gov/ecf/',
      'create https://www.courts.mo.gov/casenet/welcome.do',
    ]);
  });

  it('without the permission: says nothing before the person asks, and "not allowed" only after', async () => {
    const memory = { get: async () => null, set: async () => {} };
    expect(await bookmarkRequest(null, memory, false)).toBe('none');
    expect(await bookmarkRequest(null, memory, true)).toBe('no-permission');
  });
});
