/**
 * Faults in real Chromium: the worker stopped mid-journey, look-alike hosts,
 * a page that forges clicks and messages to get a fill, and the extension
 * reloaded under an open page. Each protection is what makes its test pass.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { stopServiceWorkers } from './harness';
import { useBrowsers } from './fixtures';
import { JANE, fillScreen, submit } from './person';
import { profileFile } from './profiles';

declare const chrome: {
  runtime: { sendMessage(m: unknown): Promise<unknown>; reload(): void };
  storage: Record<'session' | 'local', { get(key: string): Promise<Record<string, unknown>> }>;
};

const browsers = useBrowsers({ replica: true });
const COURT = 'https://www.courts.mo.gov';
const panel = (page: Page) => page.locator('mo-efiling-assistant');
const heading = (page: Page) => panel(page).locator('h2').first();

describe('faults', () => {
  it('the worker stopped in the middle of the journey: the next screen still shows the right step, nothing lost', async () => {
    const h = await browsers.start();
    const page = await h.context.newPage();
    await page.goto(`${COURT}/registration?variant=a&seed=`);
    await expect.poll(() => heading(page).textContent()).toContain('Step 2');
    await Promise.all([page.waitForEvent('load'), page.locator('a[href="/ecf/registration/accountType.do"]').click()]);
    await expect.poll(() => heading(page).textContent()).toContain('Step 4');
    await fillScreen(page, 'account-type', 'a', { noMobarNumber: true });

    await stopServiceWorkers(page); // as Chrome does to an idle worker
    await submit(page, 'account-type', 'a');
    await expect.poll(() => heading(page).textContent(), { timeout: 15_000 }).toContain('Step 6');
    expect(await h.tabBadge(page)).toBe('6');
    const popup = await h.openPopup();
    for (const n of [2, 3, 4, 5]) {
      await expect.poll(() => popup.locator(`li[data-step="${n}"]`).getAttribute('data-status')).toBe('done');
    }
    expect(await popup.locator('li[data-step="6"]').getAttribute('data-status')).toBe('current');
  });

  it('a Case.net search page found to be no screen is remembered across a stopped worker, in session storage only', async () => {
    const h = await browsers.start();
    const page = await h.context.newPage();
    await page.goto(`${COURT}/casenet/cases/searchCases.do?variant=a`);
    const kept = async (area: 'session' | 'local') =>
      (await h.worker()).evaluate((a) => chrome.storage[a].get('notScreens'), area);
    await expect.poll(async () => JSON.stringify(await kept('session'))).toContain('inputVO.caseNumber');
    const { notScreens } = (await kept('session')) as { notScreens: [string, string[]][] };
    expect(notScreens.map(([path]) => path)).toEqual([`${COURT}/casenet/cases/searchCases.do`]);
    expect(notScreens[0]![1][0]).toContain('input:text:inputVO.caseNumber');

    await stopServiceWorkers(page); // as Chrome does to an idle worker between two searches
    await h.openPopup(); // starts a new worker
    expect(await kept('session')).toEqual({ notScreens });
    expect(await kept('local')).toEqual({}); // never on disk
  });

  it('look-alike hosts get no panel, no fill and no report, and change no progress', async () => {
    const h = await browsers.start();
    const popup = await h.openPopup();
    await popup.evaluate((text) => chrome.runtime.sendMessage({ type: 'profiles/import', text }), profileFile());
    const page = await h.context.newPage();
    for (const host of ['courts.mo.gov.example.test', 'xcourts.mo.gov']) {
      await page.goto(`https://${host}/ecf/registration/nameEmail.do?variant=a`);
      await page.locator('input[name="firstName"]').waitFor();
      await page.waitForTimeout(1000);
      expect(await panel(page).count(), host).toBe(0);
      expect(await page.locator('input[name="firstName"]').inputValue()).toBe('');
    }
    expect(await h.badge()).toBe(''); // step 1 still unanswered: nothing was recorded
    await popup.reload();
    expect(await popup.locator('li[data-step="2"]').getAttribute('data-status')).toBe('to-do');
  });

  it('a page script cannot get a fill: forged clicks on the panel, forged messages and events do nothing', async () => {
    const h = await browsers.start();
    const popup = await h.openPopup();
    await popup.evaluate((text) => chrome.runtime.sendMessage({ type: 'profiles/import', text }), profileFile());
    const page = await h.context.newPage();
    await page.goto(`${COURT}/ecf/registration/nameEmail.do?variant=a`);
    await panel(page).getByRole('button', { name: /^Fill/ }).waitFor();

    await page.evaluate(() => {
      const root = document.querySelector('mo-efiling-assistant')!.shadowRoot!;
      const fill = [...root.querySelectorAll('button')].find((b) => b.textContent?.startsWith('Fill'))!;
      fill.click(); // the page pressing our button itself
      fill.dispatchEvent(new MouseEvent('click', { bubbles: true }));
      fill.focus();
      fill.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
      window.postMessage({ type: 'fill/page' }, '*');
      document.dispatchEvent(new CustomEvent('fill/page', { detail: {} }));
    });
    await page.waitForTimeout(800);
    expect(await page.locator('input[name="firstName"]').inputValue()).toBe('');
    expect(await page.locator('input[name="email"]').inputValue()).toBe('');

    // A real click by the person does fill: the protection is what stopped the forgeries.
    await panel(page).getByRole('button', { name: /^Fill/ }).click();
    await expect.poll(() => page.locator('input[name="firstName"]').inputValue()).toBe('Jane');
  });

  it('survives the extension being reloaded under an open page, throwing nothing into it', async () => {
    const h = await browsers.start();
    const page = await h.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(`console: ${m.text()}`);
    });
    await page.goto(`${COURT}/ecf/registration/nameEmail.do?variant=a`);
    await expect.poll(() => heading(page).textContent()).toContain('Step 8');

    await (await h.worker()).evaluate(() => chrome.runtime.reload());
    await page.waitForTimeout(1500);
    // The page goes on changing and being used: the old content script must stay quiet.
    await page.evaluate(() => {
      document.querySelector('form')!.insertAdjacentHTML('afterbegin', '<h2>Please check your details</h2>');
    });
    await fillScreen(page, 'name-email', 'a', JANE);
    await page.locator('input[name="firstName"]').click();
    await page.keyboard.press('Tab');
    await page.waitForTimeout(1000);
    expect(errors).toEqual([]);
  });
});
