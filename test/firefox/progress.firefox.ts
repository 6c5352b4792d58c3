/**
 * Progress in Firefox ESR survives what Firefox does to an extension: closing and reopening the
 * browser (with the extension installed for good, as a person has it, not as a temporary add-on)
 * and stopping the event page when it is idle. The Chromium counterpart: test/e2e/progress.e2e.ts.
 */
import { describe, expect, it } from 'vitest';
import { POLL, control, panelHeading, stepStatus, waitForText, element } from './harness';
import { useFirefox } from './fixtures';

const firefox = useFirefox({ replica: true });

describe('progress in Firefox', () => {
  it('survives closing and reopening Firefox, badge included', async () => {
    const first = await firefox.start({ install: 'permanent' });
    let popup = await first.openPopup();
    await (await control(popup, 'No, I need a new account')).click();
    await (await control(popup, 'Mark step 2 done')).click();
    await element(popup, 'li[data-step="2"][data-status="done"]');
    await (await control(popup, 'Mark step 3 done')).click();
    await element(popup, 'li[data-step="3"][data-status="done"]');
    await expect.poll(() => first.badge(), POLL).toBe('4');

    const dir = first.profileDir;
    await firefox.close(first);

    // Nothing installs it this time: it is in the profile, and Firefox starts it with the browser.
    const second = await firefox.start({ profileDir: dir, install: 'none' });
    await expect.poll(() => second.badge(), POLL).toBe('4');
    popup = await second.openPopup();
    await waitForText(popup, 'Step 4 of 26');
    expect(await stepStatus(popup, 1, 2, 3, 4)).toEqual({ 1: 'done', 2: 'done', 3: 'done', 4: 'current' });
    await waitForText(popup, 'You answered: no.');
  });

  it('keeps progress when Firefox stops the event page, and wakes it for the popup and for a court page', async () => {
    const h = await firefox.start();
    const popup = await h.openPopup();
    await (await control(popup, 'Yes, I have one')).click();
    await (await control(popup, 'Mark step 16 done')).click();
    await element(popup, 'li[data-step="16"][data-status="done"]');

    expect(await h.stopBackground()).toBe('stopped');
    expect(await h.backgroundState()).toBe('stopped');
    // The popup opened again asks the background, which Firefox starts from scratch to answer.
    await h.showExtensionPage(popup, 'popup.html');
    await element(popup, 'li[data-step="17"][data-status="current"]');
    expect(await stepStatus(popup, 5, 16, 17)).toEqual({ 5: 'skipped', 16: 'done', 17: 'current' });
    expect(await h.backgroundState()).toBe('running');
    await expect.poll(() => h.badge(), POLL).toBe('17');

    // Stopped again: a court page's content script wakes it, and the panel shows the step.
    expect(await h.stopBackground()).toBe('stopped');
    const page = await h.newPage();
    await page.goto('https://www.courts.mo.gov/ecf/logon.do?variant=a');
    expect(await panelHeading(page, 'Step 17 of 26')).toContain('Step 17 of 26');
    expect(await h.backgroundState()).toBe('running');
    await expect.poll(() => h.tabBadge(page), POLL).toBe('17');
  });
});
