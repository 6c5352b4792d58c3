// First: before any module builds a zod schema (see lib/messaging/zod-setup.ts).
import '@/lib/messaging/zod-setup';
import { browser } from 'wxt/browser';
import { showProgressOnBadge, showStepOnTab } from '@/lib/progress/badge';
import { appDbOpener } from '@/lib/storage/db';
import { EMPTY_PROGRESS } from '@/lib/progress/progress';
import { backgroundHandlers } from '@/lib/handlers';
import { notScreens } from '@/lib/handlers/not-screens';
import type { UiEffects } from '@/lib/handlers/ui';
import { route } from '@/lib/messaging/router';
import { PROFILE_CHANGING_REQUESTS, PROFILES_CHANGED_KEY, parseRequest, type Sender } from '@/lib/messaging/protocol';
import { createProfileStore } from '@/lib/storage/profile-store';
import { createProgressStore } from '@/lib/progress/progress-store';
import { sessionKeyKeeper } from '@/lib/storage/session-key';
import type { BookmarksApi } from '@/lib/progress/efiling-bookmark';
import { isCourtPage, type LinkId } from '@/lib/procedure/procedure';
import { openLink, type TabsApi } from '@/lib/progress/quick-access';

/** Loading the assistant's parts into a court tab: only the top frame, only this tab, only our own packaged scripts. */
const loadIntoTabs: UiEffects = {
  loadRecogniser: async (tabId) => {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: ['/recogniser.js'] });
  },
  loadPanel: async (tabId) => {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: ['/assistant-ui.js'] });
  },
  showPanel: async (tabId) => {
    const tab = await browser.tabs.get(tabId);
    if (!tab.url || !isCourtPage(tab.url)) return false;
    // The recogniser (if the gate did not load it already), then the panel, which shows what it sees.
    await browser.scripting.executeScript({
      target: { tabId, frameIds: [0] },
      files: ['/recogniser.js', '/assistant-ui.js'],
    });
    return true;
  },
};

// Progress and profiles live in IndexedDB, never only here: a Manifest V3
// worker can be stopped at any moment and started again from scratch.
export default defineBackground(() => {
  const db = appDbOpener();
  const progress = createProgressStore(db);
  const profiles = createProfileStore(db);
  // The key is forgotten after the person's idle time (checked on each use, so a restarted worker checks too).
  const keys = sessionKeyKeeper(() => profiles.idleLockMinutes());
  const ownPages = browser.runtime.getURL('/');

  const tabs: TabsApi = {
    query: (q) => browser.tabs.query(q),
    update: (id, change) => browser.tabs.update(id, change),
    create: (details) => browser.tabs.create(details),
    focusWindow: (windowId) => browser.windows.update(windowId, { focused: true }),
  };
  const open = (link: LinkId) => openLink(tabs, link);
  // The bookmarks API exists only once the person granted the optional permission.
  const bookmarks = () => (browser as { bookmarks?: BookmarksApi }).bookmarks ?? null;

  // Court pages found to be no screen, remembered across the worker's restarts (lib/handlers/not-screens.ts).
  const notScreensSeen = notScreens(undefined, browser.storage.session);
  const handlers = backgroundHandlers(
    progress,
    profiles,
    keys,
    {
      progressChanged: showProgressOnBadge,
      tabShows: showStepOnTab,
      ...loadIntoTabs,
      openOptions: async (section) => {
        if (section) await browser.tabs.create({ url: browser.runtime.getURL(`/options.html#${section}`) });
        else await browser.runtime.openOptionsPage();
      },
      bookmarks,
      openLink: open,
      allDeleted: () => showProgressOnBadge(EMPTY_PROGRESS),
    },
    notScreensSeen,
  );

  const refreshBadge = () =>
    progress
      .get()
      .then(showProgressOnBadge)
      .catch((error: unknown) => console.warn('could not show progress on the badge', error));

  browser.runtime.onMessage.addListener((message, sender) => {
    // Only our own pages and content scripts can reach us (no externally_connectable).
    if (sender.id !== browser.runtime.id) return undefined;
    const from: Sender = sender.url?.startsWith(ownPages)
      ? { from: 'extension-page' }
      : { from: 'content-script', tabId: sender.tab?.id, frameId: sender.frameId, url: sender.url };
    const answer = route(message, from, handlers);
    // Panels on court pages read the profile again when it or the lock changed (one storage write, no tabs).
    const type = parseRequest(message)?.type;
    if (type && PROFILE_CHANGING_REQUESTS.has(type)) {
      void answer.then(async (a) => {
        if (a.ok) await browser.storage.local.set({ [PROFILES_CHANGED_KEY]: Date.now() });
      });
    }
    return answer;
  });

  // No need to clear a tab's step when it navigates: Chrome and Firefox reset per-tab badges themselves.
  browser.commands.onCommand.addListener((command) => {
    if (command === 'open-efiling') void open('efiling');
  });

  browser.runtime.onStartup.addListener(refreshBadge);
  browser.runtime.onInstalled.addListener(refreshBadge);
  void refreshBadge();
});
