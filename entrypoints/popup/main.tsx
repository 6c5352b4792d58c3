// First: before any module builds a zod schema (the protocol's answer checks; see lib/messaging/zod-setup.ts).
import '@/lib/messaging/zod-setup';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { PopupApp } from '@/components/PopupApp';
import { browserHostAccess } from '@/components/HostAccessNotice';
import { FillAdvice, type DetailsState, type OptionsPlace } from '@/components/PageActions';
import { t } from '@/lib/i18n';
import { askFromPopup, send, sendToTab } from '@/lib/messaging/send';
import type { BookmarkActions } from '@/components/BookmarkControl';
import type { LinkId } from '@/lib/procedure/procedure';
import type { ProgressType, Request } from '@/lib/messaging/protocol';
import type { Progress } from '@/lib/progress/progress';
import '@/components/theme.css';
import './style.css';

/** Ask the content script in the current tab to fill its screen. */
async function fillPage(): Promise<string> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  let filled: number;
  try {
    ({ filled } = await sendToTab(tab?.id ?? -1, 'fill/page'));
  } catch (error) {
    // Ordinary situations, answered as guidance beside the button: no panel there, no profile, or its reason.
    const said = error instanceof Error ? error.message : t('popup_fill_no_screen');
    if (said === t('panel_no_profile')) throw new FillAdvice(t('popup_fill_no_profile'), 'profile');
    throw new FillAdvice(said);
  }
  return t(filled === 1 ? 'popup_filled_one' : 'popup_filled_other', filled);
}

/** Show the assistant's panel on the court page in front (on a page that is no screen it offers the report). */
async function showAssistant(): Promise<string> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) throw new Error(t('popup_show_not_court'));
  await askFromPopup({ type: 'ui/show', tabId: tab.id });
  return t('popup_show_shown');
}

const bookmarks: BookmarkActions = {
  state: () => send('bookmark/state'),
  async add() {
    // Asked for here, in the click, as the browser requires; refused, nothing else happens.
    const granted = await browser.permissions.request({ permissions: ['bookmarks'] });
    return granted ? send('bookmark/add') : 'no-permission';
  },
};

const openLink = (link: LinkId) => void send('open/link', { link }).catch(() => {});

/** The options page, at one of its sections (options.html#import, #profile, #passphrase). */
const openOptionsAt = (hash: string) =>
  void browser.tabs.create({ url: browser.runtime.getURL(`/options.html${hash}`) }).catch(() => {});
/** The share code goes in the import section. */
const importCode = () => openOptionsAt('#import');
const openOptions = (place: OptionsPlace) =>
  place === 'top' ? void browser.runtime.openOptionsPage().catch(() => {}) : openOptionsAt(`#${place}`);

/** Whether there is a profile to fill from, and whether its secrets are locked. */
async function details(): Promise<DetailsState> {
  const state = await send('profiles/state');
  const active = state.profiles.find((p) => p.id === state.activeProfileId);
  return { profiles: state.profiles.length, locked: state.hasPassphrase && !state.unlocked && !!active?.hasSecrets };
}

// The progress is asked for before the first render, not in an effect after it: the person waits for
// their progress, not for the popup's first paint. The app's first progress/get takes this answer.
let opening: Promise<Progress> | null = askFromPopup({ type: 'progress/get' });
const ask = (request: Request<ProgressType>): Promise<Progress> => {
  const early = request.type === 'progress/get' ? opening : null;
  opening = null;
  return early ?? askFromPopup(request);
};

// popup.html's title and placeholder are in English (HTML cannot read messages.json): the translated ones replace them.
document.documentElement.lang = t('html_lang');
document.title = t('popup_heading');
const app = document.getElementById('app')!;
app.textContent = ''; // the placeholder from popup.html
render(
  <PopupApp
    ask={ask}
    openLink={openLink}
    fillPage={fillPage}
    showAssistant={showAssistant}
    bookmarks={bookmarks}
    onImportCode={importCode}
    details={details}
    openOptions={openOptions}
    hostAccess={browserHostAccess()}
  />,
  app,
);
