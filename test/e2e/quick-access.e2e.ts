/**
 * After step 26, in real Chromium: "Bookmark eFiling" makes one real
 * bookmark (never two), notices when the person deletes it, and the
 * quick-access view opens eFiling on the replica or brings its tab forward.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { GRANTED_EXTENSION_DIR } from '../scripts/chromium.mjs';
import type { Harness } from './harness';
import { useBrowsers } from './fixtures';

declare const chrome: {
  runtime: { sendMessage(m: unknown): Promise<unknown> };
  bookmarks: {
    search(q: { url: string }): Promise<{ id: string; parentId?: string }[]>;
    remove(id: string): Promise<void>;
  };
  commands: { getAll(): Promise<{ name?: string; shortcut?: string }[]> };
  permissions: { getAll(): Promise<{ permissions?: string[] }> };
};

const browsers = useBrowsers({ replica: true });
const EFILING = 'https://www.courts.mo.gov/ecf/';

async function completeProcedure(popup: Page) {
  await popup.evaluate(async () => {
    await chrome.runtime.sendMessage({ type: 'progress/answer-casenet', hasCaseNetAccount: true });
    for (let n = 16; n <= 26; n++) await chrome.runtime.sendMessage({ type: 'progress/mark', step: n, done: true });
  });
  await popup.reload();
  await popup.getByRole('heading', { name: 'You are registered: eFiling is one click away' }).waitFor();
}

const efilingBookmarks = (h: Harness) =>
  h.worker().then((w) => w.evaluate((url) => chrome.bookmarks.search({ url }), EFILING));

describe('quick access after registration', () => {
  it('bookmarks eFiling once, in the bookmarks bar, and offers it again after the person deletes it', async () => {
    const h = await browsers.start({ extensionDir: GRANTED_EXTENSION_DIR });
    const popup = await h.openPopup();
    await completeProcedure(popup);

    await popup.getByRole('button', { name: 'Bookmark eFiling' }).click();
    await popup.getByText('eFiling is in your bookmarks.').waitFor();
    let marks = await efilingBookmarks(h);
    expect(marks).toHaveLength(1);
    expect(marks[0]!.parentId).toBe('1'); // Chrome's bookmarks bar

    // Pressing again (here: asking again) reuses it.
    await popup.evaluate(() => chrome.runtime.sendMessage({ type: 'bookmark/add' }));
    expect(await efilingBookmarks(h)).toHaveLength(1);

    // The person deletes it in the browser: the popup notices and offers it again.
    await (await h.worker()).evaluate((id) => chrome.bookmarks.remove(id), marks[0]!.id);
    await popup.reload();
    await popup.getByText('Your eFiling bookmark was deleted.').waitFor();
    await popup.getByRole('button', { name: 'Bookmark eFiling again' }).click();
    await popup.getByText('eFiling is in your bookmarks.').waitFor();
    marks = await efilingBookmarks(h);
    expect(marks).toHaveLength(1);
  });

  it('holds no bookmarks permission until the person presses the button, and makes nothing without it', async () => {
    const h = await browsers.start(); // the real build: bookmarks is an optional permission
    const popup = await h.openPopup();
    expect((await popup.evaluate(() => chrome.permissions.getAll())).permissions).toEqual(['storage', 'scripting']);
    await completeProcedure(popup);
    // Offered plainly, with no warning before anything was asked.
    await popup.getByRole('button', { name: 'Bookmark eFiling' }).waitFor();
    expect(await popup.getByText(/did not allow/).count()).toBe(0);
    // Pressing asks the browser (headless Chromium leaves the prompt unanswered): still no permission, no bookmark.
    await popup.getByRole('button', { name: 'Bookmark eFiling' }).click();
    await popup.waitForTimeout(1000);
    expect((await popup.evaluate(() => chrome.permissions.getAll())).permissions).toEqual(['storage', 'scripting']);
    expect(await popup.getByText('eFiling is in your bookmarks.').count()).toBe(0);
  });

  it('opens eFiling on the replica, then brings that tab to the front instead of opening another', async () => {
    const h = await browsers.start();
    const popup = await h.openPopup();
    await completeProcedure(popup);
    const [efiling] = await Promise.all([
      h.context.waitForEvent('page'),
      popup.getByRole('button', { name: 'Open eFiling' }).first().click(),
    ]);
    await expect.poll(() => efiling.url()).toBe(EFILING);
    await efiling
      .getByRole('button', { name: /log ?on/i })
      .first()
      .waitFor();
    const pages = h.context.pages().length;

    await popup.bringToFront();
    await popup.getByRole('button', { name: 'Open eFiling' }).first().click();
    await expect.poll(() => efiling.evaluate(() => document.visibilityState)).toBe('visible');
    expect(h.context.pages().length).toBe(pages);

    const [casenet] = await Promise.all([
      h.context.waitForEvent('page'),
      popup.getByRole('button', { name: 'Open Case.net' }).click(),
    ]);
    await expect.poll(() => casenet.url()).toMatch(/casenet/);

    const commands = await (await h.worker()).evaluate(() => chrome.commands.getAll());
    expect(commands).toEqual(
      expect.arrayContaining([expect.objectContaining({ name: 'open-efiling', shortcut: 'Alt+Shift+E' })]),
    );
  });
});
