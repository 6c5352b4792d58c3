/**
 * When the person withholds the extension's access to courts.mo.gov (Chrome's "Site access" on the
 * extension's details page), the content script no longer runs there, and the popup says so, with one
 * button that asks for the access again. Chrome refuses `permissions.remove` of a manifest's
 * host_permissions ("You cannot remove required permissions"), so the test changes the setting where
 * the person does, through the chrome://extensions page's own API (developerPrivate). Headless
 * Chromium leaves its permission dialog unanswered: the person then allows the site on that page
 * instead, and the open popup follows. The Firefox suite answers Firefox's real prompt
 * (test/firefox/host-access.firefox.ts). No console error from any extension page on the way.
 */
import { describe, expect, it } from 'vitest';
import type { ConsoleMessage, Page } from 'playwright-core';
import type { Harness } from './harness';
import { useBrowsers } from './fixtures';

// The chrome://extensions page's own API, as its "Site access" control calls it.
declare const chrome: {
  developerPrivate: {
    updateExtensionConfiguration(update: { extensionId: string; hostAccess: string }): Promise<void>;
    addHostPermission(extensionId: string, host: string): Promise<void>;
    getExtensionInfo(id: string): Promise<{
      permissions: { runtimeHostPermissions?: { hostAccess: string; hosts: { host: string; granted: boolean }[] } };
    }>;
  };
  permissions: { contains(p: { origins: string[] }): Promise<boolean> };
};

const browsers = useBrowsers({ replica: true });
const SCREEN = '/ecf/registration/accountType.do?variant=a';
const HEADING = 'The assistant cannot work on courts.mo.gov';

/** Console errors of the extension's pages, its worker included (CSP violations arrive here too). */
function extensionConsoleErrors(h: Harness) {
  const origin = `chrome-extension://${h.extensionId}/`;
  const errors: string[] = [];
  const fromExtension = (m: ConsoleMessage) =>
    m.location().url.startsWith(origin) || (m.page()?.url().startsWith(origin) ?? false);
  const onConsole = (m: ConsoleMessage) => {
    if (m.type() === 'error' && fromExtension(m)) errors.push(`${m.location().url || m.page()?.url()}: ${m.text()}`);
  };
  h.context.on('console', onConsole);
  void h.worker().then((w) => w.on('console', onConsole));
  h.context.on('weberror', (e) => {
    if (e.page()?.url().startsWith(origin)) errors.push(`${e.page()!.url()}: ${e.error().message}`);
  });
  return errors;
}

/** The extension's details page in chrome://extensions, where the person sets its site access. */
async function siteAccess(h: Harness) {
  const page = await h.context.newPage();
  await page.goto(`chrome://extensions/?id=${h.extensionId}`);
  const id = h.extensionId;
  return {
    /** "On specific sites", with only courts.mo.gov (no www) allowed. */
    onlyBareHost: async () => {
      await page.evaluate(
        (id) => chrome.developerPrivate.updateExtensionConfiguration({ extensionId: id, hostAccess: 'ON_CLICK' }),
        id,
      );
      await page.evaluate((id) => chrome.developerPrivate.addHostPermission(id, 'https://courts.mo.gov/*'), id);
    },
    onAllSites: () =>
      page.evaluate(
        (id) => chrome.developerPrivate.updateExtensionConfiguration({ extensionId: id, hostAccess: 'ON_ALL_SITES' }),
        id,
      ),
    granted: () =>
      page.evaluate(async (id) => {
        const hosts = (await chrome.developerPrivate.getExtensionInfo(id)).permissions.runtimeHostPermissions!.hosts;
        return hosts
          .filter((x) => x.granted)
          .map((x) => x.host)
          .sort();
      }, id),
  };
}

const panelHeading = (page: Page) => page.locator('mo-efiling-assistant').locator('h2').first();

describe('the popup when the extension lacks its courts.mo.gov access', () => {
  it('says so in plain words with one button that asks for it, and follows the person allowing it', async () => {
    const h = await browsers.start();
    const errors = extensionConsoleErrors(h);
    const settings = await siteAccess(h);
    await settings.onlyBareHost();
    expect(await settings.granted()).toEqual(['https://courts.mo.gov/*']);

    // The same screen on both hosts: the assistant where access is left, nothing where it was withheld.
    const bare = await h.context.newPage();
    await bare.goto(`https://courts.mo.gov${SCREEN}`);
    await expect.poll(() => panelHeading(bare).textContent()).toContain('Step 4 of 26');
    const www = await h.context.newPage();
    await www.goto(`https://www.courts.mo.gov${SCREEN}`);
    await www.getByText('I do not have a MOBAR number').first().waitFor();
    await bare.reload();
    await expect.poll(() => panelHeading(bare).textContent()).toContain('Step 4 of 26'); // loaded after www's
    expect(await www.locator('mo-efiling-assistant').count()).toBe(0);

    const popup = await h.openPopup();
    const notice = popup.getByRole('region', { name: HEADING });
    await notice.waitFor();
    expect(await notice.locator('p').first().textContent()).toBe(
      "Your browser does not let this extension see the court's pages at www.courts.mo.gov. Until you allow it, the court's pages show no assistant, no step on the toolbar button, and nothing can be filled. Your progress is kept.",
    );
    expect(await notice.getByRole('button').allTextContents()).toEqual(['Allow access to courts.mo.gov']);
    // Near the top: right after the popup's heading.
    expect(await popup.evaluate(() => document.querySelector('main > header + section h2')?.textContent)).toBe(HEADING);

    // The button asks Chrome (permissions.request), whose dialog headless Chromium leaves open.
    await notice.getByRole('button', { name: 'Allow access to courts.mo.gov' }).click();
    await notice.getByText("Answer your browser's question to allow it.").waitFor();
    // The person allows the site on the extension's page instead: the open popup notices.
    await settings.onAllSites();
    await popup
      .getByText(
        'Access allowed. Reload any courts.mo.gov page that was already open, and the assistant appears there.',
      )
      .waitFor();
    expect(await popup.getByRole('heading', { name: HEADING }).count()).toBe(0);
    expect(
      await popup.evaluate(() =>
        chrome.permissions.contains({ origins: ['https://www.courts.mo.gov/*', 'https://courts.mo.gov/*'] }),
      ),
    ).toBe(true);

    await www.reload();
    await expect.poll(() => panelHeading(www).textContent()).toContain('Step 4 of 26');
    expect(errors).toEqual([]);
  });

  it('shows no notice while access is there, and the console check sees an extension page error', async () => {
    const h = await browsers.start();
    const errors = extensionConsoleErrors(h);
    const popup = await h.openPopup();
    await popup.getByRole('button', { name: 'Yes, I have one' }).waitFor();
    // The popup asked Chrome when it opened; the same question asked now is answered after it.
    expect(
      await popup.evaluate(() =>
        chrome.permissions.contains({ origins: ['https://www.courts.mo.gov/*', 'https://courts.mo.gov/*'] }),
      ),
    ).toBe(true);
    expect(await popup.getByRole('heading', { name: HEADING }).count()).toBe(0);
    const options = await h.context.newPage();
    await options.goto(`chrome-extension://${h.extensionId}/options.html`);
    await options.getByLabel('Profile file', { exact: true }).waitFor();
    expect(errors).toEqual([]);

    // The check is not blind: an inline script the extension pages' policy blocks is an error it reports.
    await popup.evaluate(() =>
      document.body.append(Object.assign(document.createElement('script'), { textContent: '1' })),
    );
    // Once for our policy, once for the minimum Chrome sets for every Manifest V3 extension page.
    await expect.poll(() => errors.length).toBe(2);
    const blocked = (directive: string) =>
      `chrome-extension://${h.extensionId}/popup.html: Executing inline script violates the following Content Security Policy directive '${directive}'.`;
    expect(errors.map((e) => e.slice(0, e.indexOf("'. Either") + 2))).toEqual([
      blocked("script-src 'self'"),
      blocked("script-src 'self' 'wasm-unsafe-eval' 'inline-speculation-rules' http://localhost:* http://127.0.0.1:*"),
    ]);
  });
});
