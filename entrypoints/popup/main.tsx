import { render } from 'preact';
import { browser } from 'wxt/browser';
import { PopupApp } from '@/components/PopupApp';
import { askBackground } from '@/lib/progress-client';
import { askProfiles } from '@/lib/profile-client';
import type { BookmarkActions, BookmarkStatus } from '@/components/BookmarkControl';
import type { LinkId } from '@/lib/procedure';
import './style.css';

/** Ask the content script in the current tab to fill its screen. */
async function fillPage(): Promise<string> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  const answer = (await browser.tabs.sendMessage(tab?.id ?? -1, { type: 'fill/page' }).catch(() => undefined)) as
    { ok: true; filled: number } | { ok: false; error: string } | undefined;
  if (!answer) throw new Error('Open a registration screen on courts.mo.gov in this window, then press Fill again.');
  if (!answer.ok) throw new Error(answer.error);
  return `Filled ${answer.filled} ${answer.filled === 1 ? 'field' : 'fields'} on the page. Check them there.`;
}

const bookmarks: BookmarkActions = {
  state: () => askProfiles<BookmarkStatus>({ type: 'bookmark/state' }),
  async add() {
    // Asked for here, in the click, as the browser requires; refused, nothing else happens.
    const granted = await browser.permissions.request({ permissions: ['bookmarks'] });
    return granted ? askProfiles<BookmarkStatus>({ type: 'bookmark/add' }) : 'no-permission';
  },
};

const openLink = (link: LinkId) => void askProfiles({ type: 'open/link', link }).catch(() => {});

/** The options page, at the import section where a share code is pasted. */
const importCode = () =>
  void browser.tabs.create({ url: browser.runtime.getURL('/options.html#import') }).catch(() => {});

const app = document.getElementById('app')!;
app.textContent = ''; // the placeholder from popup.html
render(
  <PopupApp
    ask={askBackground}
    openLink={openLink}
    fillPage={fillPage}
    bookmarks={bookmarks}
    onImportCode={importCode}
  />,
  app,
);
