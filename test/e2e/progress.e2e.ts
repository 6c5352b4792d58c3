/**
 * The foundation's promise in a real browser: progress made in the popup
 * survives closing the browser and the worker being stopped, and the badge
 * always shows the current step.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { stopServiceWorkers, type Harness } from './harness';
import { useBrowsers } from './fixtures';

const browsers = useBrowsers({ replica: true });
const start = (userDataDir?: string) => browsers.start({ userDataDir });

const status = (page: Page, n: number) => page.locator(`li[data-step="${n}"]`).getAttribute('data-status');

async function expectBadge(h: Harness, text: string) {
  await expect.poll(() => h.badge(), { timeout: 10_000 }).toBe(text);
}

describe('progress in the real browser', () => {
  it('survives closing and reopening the browser, badge included', async () => {
    const first = await start();
    let popup = await first.openPopup();
    await expectBadge(first, '');

    await popup.getByRole('button', { name: 'No, I need a new account' }).click();
    await expect.poll(() => status(popup, 1)).toBe('done');
    await expectBadge(first, '2');

    await popup.getByRole('button', { name: 'Mark step 2 done' }).click();
    await popup.getByRole('button', { name: 'Mark step 3 done' }).click();
    await expect.poll(() => status(popup, 3)).toBe('done');
    await expectBadge(first, '4');

    const dir = first.userDataDir;
    await browsers.close(first);

    const second = await start(dir);
    await expectBadge(second, '4');
    popup = await second.openPopup();
    await expect.poll(() => status(popup, 4)).toBe('current');
    expect(await status(popup, 2)).toBe('done');
    expect(await status(popup, 3)).toBe('done');
    expect(await popup.getByText('Step 4 of 26').isVisible()).toBe(true);
    expect(await popup.getByText('You answered: no.').isVisible()).toBe(true);
  });

  it('keeps progress when the background worker is stopped, as Chrome does to idle workers', async () => {
    const h = await start();
    const popup = await h.openPopup();
    await popup.getByRole('button', { name: 'Yes, I have one' }).click();
    await popup.getByRole('button', { name: 'Mark step 16 done' }).click();
    await expect.poll(() => status(popup, 16)).toBe('done');

    await stopServiceWorkers(popup);
    // A fresh popup starts a fresh worker, which must read what was saved.
    await popup.reload();
    await expect.poll(() => status(popup, 17)).toBe('current');
    expect(await status(popup, 5)).toBe('skipped');
    await expectBadge(h, '17');
  });

  it('is usable with the keyboard alone', async () => {
    const h = await start();
    const popup = await h.openPopup();
    const focused = () => popup.evaluate(() => document.activeElement?.textContent);
    await popup.getByRole('button', { name: 'Yes, I have one' }).waitFor();
    // Tab to the first answer and press Enter.
    await popup.keyboard.press('Tab');
    expect(await focused()).toBe('Yes, I have one');
    await popup.keyboard.press('Enter');
    await expectBadge(h, '16');

    // Start over: confirmation takes focus; Escape keeps the progress, Enter on "Yes" erases it.
    await popup.getByRole('button', { name: 'Start over…' }).focus();
    await popup.keyboard.press('Enter');
    await expect.poll(focused).toBe('Keep my progress');
    await popup.keyboard.press('Escape');
    await expect.poll(focused).toBe('Start over…');
    await expectBadge(h, '16');
    await popup.keyboard.press('Enter');
    await expect.poll(focused).toBe('Keep my progress');
    await popup.keyboard.press('Tab');
    await expect.poll(focused).toBe('Yes, start over');
    await popup.keyboard.press('Enter');
    await expectBadge(h, '');
    await popup.getByRole('button', { name: 'Yes, I have one' }).waitFor();
  });

  it('opens the registration page and eFiling in new tabs', async () => {
    const h = await start();
    const popup = await h.openPopup();
    const opened = (name: string) =>
      Promise.all([h.context.waitForEvent('page'), popup.getByRole('button', { name }).click()]).then(([p]) => p);
    const reg = await opened('Start registration');
    await expect.poll(() => reg.url()).toMatch(/^https:\/\/www\.courts\.mo\.gov\/registration/);
    await reg.getByText('Create an account').first().waitFor();
    const efiling = await opened('Open eFiling');
    await expect.poll(() => efiling.url()).toMatch(/^https:\/\/www\.courts\.mo\.gov\/ecf\//);
    await efiling
      .getByRole('button', { name: /log ?on/i })
      .first()
      .waitFor();
  });
});
