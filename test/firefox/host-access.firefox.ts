/**
 * Firefox lets the person remove the extension's access to a site (about:addons → Permissions, or the
 * extensions panel). Then no content script runs there: the popup must say so, in plain words, with
 * one button that asks Firefox for the access again (permissions.request), and Firefox's own prompt
 * answers it. The Chromium counterpart: test/e2e/host-access.e2e.ts.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { POLL, control, countControls, panelHeading, waitForText } from './harness';
import { useFirefox } from './fixtures';

const firefox = useFirefox({ replica: true });
const SCREEN = '/ecf/registration/accountType.do?variant=a';
const HEADING = 'The assistant cannot work on courts.mo.gov';
const EXPLAIN =
  "Your browser does not let this extension see the court's pages at www.courts.mo.gov. Until you allow it, the court's pages show no assistant, no step on the toolbar button, and nothing can be filled. Your progress is kept.";
const ALLOW = 'Allow access to courts.mo.gov';

/** The notice as the person reads it: the section right after the popup's heading, or null. */
const notice = (popup: Page) =>
  popup.evaluate(() => {
    const section = document.querySelector('main > header + section.host-access');
    if (!section) return null;
    return {
      heading: section.querySelector('h2')?.textContent,
      text: section.querySelector('p')?.textContent,
      buttons: [...section.querySelectorAll('button')].map((b) => b.textContent),
      status: section.querySelector('[role="status"]')?.textContent ?? null,
    };
  });

describe('the popup when Firefox has no access to courts.mo.gov for the extension', () => {
  it('says so when the person removed it, and one button gets it back through Firefox’s prompt', async () => {
    const h = await firefox.start();
    // The person removes "Access your data for www.courts.mo.gov"; courts.mo.gov stays allowed.
    expect(await h.removeSiteAccess(['https://www.courts.mo.gov/*'])).toEqual([
      'http://courts.mo.gov/*',
      'http://www.courts.mo.gov/*',
      'https://courts.mo.gov/*',
    ]);
    const www = await h.newPage();
    await www.goto(`https://www.courts.mo.gov${SCREEN}`);
    // The same screen where access is left shows the assistant; loaded after www's, so www's had its chance.
    const bare = await h.newPage();
    await bare.goto(`https://courts.mo.gov${SCREEN}`);
    expect(await panelHeading(bare, 'Step 4 of 26')).toContain('Step 4 of 26');
    expect(await www.$('mo-efiling-assistant')).toBeNull();

    const popup = await h.openPopup();
    await waitForText(popup, HEADING);
    expect(await notice(popup)).toEqual({ heading: HEADING, text: EXPLAIN, buttons: [ALLOW], status: null });

    // First the person says no to Firefox's question: the button stays, with where else to allow it.
    await (await control(popup, ALLOW)).click();
    expect(await h.answerPermissionPrompt(false)).toBe('<> requests additional settings [Allow / Deny]');
    await waitForText(popup, 'Access is still off.');
    expect(await notice(popup)).toEqual({
      heading: HEADING,
      text: EXPLAIN,
      buttons: [ALLOW],
      status:
        "Access is still off. Press the button again and choose Allow, or allow this extension on www.courts.mo.gov in your browser's extension settings.",
    });

    // Then yes.
    await (await control(popup, ALLOW)).click();
    await h.answerPermissionPrompt(true);
    await waitForText(popup, 'Access allowed. Reload any courts.mo.gov page that was already open');
    expect(await notice(popup)).toBeNull();
    expect(await countControls(popup, ALLOW)).toBe(0);
    expect(
      await popup.evaluate(() =>
        browser.permissions.contains({ origins: ['https://www.courts.mo.gov/*', 'https://courts.mo.gov/*'] }),
      ),
    ).toBe(true);

    await www.reload();
    expect(await panelHeading(www, 'Step 4 of 26')).toContain('Step 4 of 26');
    await expect.poll(() => h.tabBadge(www), POLL).toBe('4');
  });

  it('follows the person removing access while the popup is open, and says nothing while access is there', async () => {
    const h = await firefox.start();
    const popup = await h.openPopup();
    await control(popup, 'Yes, I have one');
    // The popup asked Firefox when it opened; the same question asked now is answered after it.
    expect(
      await popup.evaluate(() =>
        browser.permissions.contains({ origins: ['https://www.courts.mo.gov/*', 'https://courts.mo.gov/*'] }),
      ),
    ).toBe(true);
    expect(await notice(popup)).toBeNull();

    await h.removeSiteAccess(['https://www.courts.mo.gov/*', 'https://courts.mo.gov/*']);
    await waitForText(popup, HEADING);
    expect(await notice(popup)).toEqual({ heading: HEADING, text: EXPLAIN, buttons: [ALLOW], status: null });
  });
});
