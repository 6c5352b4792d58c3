import { browser } from 'wxt/browser';
import { showProgressOnBadge } from '@/lib/badge';
import { handleRequest } from '@/lib/background-handler';
import { openAppDb } from '@/lib/db';
import { createProgressStore } from '@/lib/progress-store';

// Progress lives in IndexedDB, never only here: a Manifest V3 worker can be
// stopped at any moment and started again from scratch.
export default defineBackground(() => {
  const store = createProgressStore(openAppDb());

  const refreshBadge = () =>
    store
      .get()
      .then(showProgressOnBadge)
      .catch((error: unknown) => console.warn('could not show progress on the badge', error));

  browser.runtime.onMessage.addListener((message, sender) => {
    // Only our own pages (popup, options) and content scripts may talk to us.
    if (sender.id !== browser.runtime.id) return undefined;
    return handleRequest(store, message, showProgressOnBadge);
  });

  browser.runtime.onStartup.addListener(refreshBadge);
  browser.runtime.onInstalled.addListener(refreshBadge);
  void refreshBadge();
});
