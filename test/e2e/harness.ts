/**
 * Loads the built extension into real Chromium (Debian's, driven by
 * playwright-core) with www.courts.mo.gov mapped to the local replica.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { EXTENSION_DIR, HOW_TO_GET_CHROMIUM, chromiumArgs, findChromium } from '../scripts/chromium.mjs';

// The one extension API the tests call inside the worker, typed for evaluate().
declare const chrome: {
  action: { getBadgeText(details: { tabId?: number }): Promise<string> };
  tabs: { query(q: { active: boolean; lastFocusedWindow: boolean }): Promise<{ id?: number }[]> };
  runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; error?: string; data?: unknown }> };
};

export { EXTENSION_DIR };

export interface LaunchOptions {
  /** Reuse a profile directory to simulate closing and reopening the browser. */
  userDataDir?: string;
  /** Ports of the local replica: www.courts.mo.gov and courts.mo.gov (443, and 80 for http) go there. */
  replica?: { port: number; httpPort?: number };
  headless?: boolean;
  /** Another build of the extension (the one with bookmarks granted). */
  extensionDir?: string;
}

export interface Harness {
  context: BrowserContext;
  userDataDir: string;
  extensionId: string;
  popupUrl: string;
  /** The live background worker (waits for one to start if none runs). */
  worker(): Promise<Worker>;
  /** The toolbar badge text, overall or for one tab. */
  badge(tabId?: number): Promise<string>;
  /** The badge as the person sees it with this page's tab in front. */
  tabBadge(page: Page): Promise<string>;
  openPopup(): Promise<Page>;
  close(): Promise<void>;
  /** Close and delete the profile directory. */
  dispose(): Promise<void>;
}

export async function launch(options: LaunchOptions = {}): Promise<Harness> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(HOW_TO_GET_CHROMIUM);
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'mo-efiling-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: options.headless ?? true,
    ignoreHTTPSErrors: true,
    args: chromiumArgs(options.replica, options.extensionDir),
  });

  const worker = async (): Promise<Worker> =>
    context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
    (await context.waitForEvent('serviceworker', { timeout: 15_000 }));

  const extensionId = new URL((await worker()).url()).host;
  const popupUrl = `chrome-extension://${extensionId}/popup.html`;

  const harness: Harness = {
    context,
    userDataDir,
    extensionId,
    popupUrl,
    worker,
    async badge(tabId) {
      const w = await worker();
      return w.evaluate((id) => chrome.action.getBadgeText(id === undefined ? {} : { tabId: id }), tabId);
    },
    async tabBadge(page) {
      await page.bringToFront();
      const w = await worker();
      return w.evaluate(async () => {
        const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
        return chrome.action.getBadgeText({ tabId: tab?.id });
      });
    },
    async openPopup() {
      const page = await context.newPage();
      await page.goto(popupUrl);
      return page;
    },
    close: () => context.close(),
    async dispose() {
      await context.close().catch(() => {});
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
  return harness;
}

/**
 * The person asks for the assistant on the court page in front, from the popup ("Show the
 * assistant on this page"): on a page that is no screen the panel then appears, collapsed.
 */
export async function showAssistantFromPopup(h: Harness, page: Page): Promise<void> {
  const popup = await h.openPopup();
  await page.bringToFront();
  await popup.getByRole('button', { name: 'Show the assistant on this page' }).click();
  await popup.getByText('The assistant is on the page in front.').waitFor();
  await popup.close();
}

/**
 * Stop every service worker, as Chrome does to an idle MV3 worker, and wait
 * until it is really gone. The next message starts it again from scratch.
 */
export async function stopServiceWorkers(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  const stopped = new Promise<void>((done) => {
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      if (versions.some((v) => v.runningStatus === 'stopped')) done();
    });
  });
  await cdp.send('ServiceWorker.stopAllWorkers');
  await stopped;
  await cdp.detach();
}

/** Send a request to the background from an extension page (as the options page would), expecting ok. */
export async function send(h: Harness, message: unknown) {
  const page = await h.openPopup();
  const answer = await page.evaluate((m) => chrome.runtime.sendMessage(m), message);
  await page.close();
  if (!answer.ok) throw new Error(`${JSON.stringify(message)} failed: ${answer.error}`);
  return answer.data;
}

/** The panel, in the test build (README "Testing contract"). */
export const panel = (page: Page) => page.locator('mo-efiling-assistant');

/** The person presses the panel's Fill, then its report says what it filled. */
export async function pressFill(page: Page) {
  await panel(page).getByRole('button', { name: /^Fill/ }).click();
  await panel(page)
    .getByText(/Filled \d+ fields?\./)
    .waitFor();
}
