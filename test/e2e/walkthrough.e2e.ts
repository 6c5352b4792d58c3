/**
 * The four flows a person lives through, end to end in real Chromium on the
 * replica, each step checked by what the person sees and photographed into
 * test/artifacts/walkthrough/ (not committed) for whoever reviews the product:
 * a first run; a registration whose suggested password is used again at step
 * 17; an administrator adding one person and copying the e-mail for them; a
 * day on the court's site after registration.
 */
import { mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { PROFILE, profileFile } from './profiles';
import { panel, send } from './harness';
import { useBrowsers } from './fixtures';

const browsers = useBrowsers({ replica: true });
const COURT = 'https://www.courts.mo.gov';
const SHOTS = 'test/artifacts/walkthrough';
const heading = (page: Page) => panel(page).locator('h2').first();

async function shot(page: Page, name: string) {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: false });
}

describe('walk-through of the four flows', () => {
  it('a first run: the popup starts with "Add your details", which opens the profile form', async () => {
    const h = await browsers.start();
    const popup = await h.openPopup();
    await popup.setViewportSize({ width: 400, height: 600 });
    const add = popup.getByRole('button', { name: 'Add your details' });
    await add.waitFor();
    await shot(popup, '1-1-popup-first-run');
    const [options] = await Promise.all([h.context.waitForEvent('page'), add.click()]);
    await expect.poll(() => options.url()).toBe(`chrome-extension://${h.extensionId}/options.html#profile`);
    await options.locator('input').and(options.getByLabel('Profile name', { exact: true })).waitFor();
    await shot(options, '1-2-options-profile-form');
  });

  it('a registration: the suggested password is shown, kept encrypted, and typed again at step 17', async () => {
    const h = await browsers.start();
    await send(h, { type: 'vault/set', passphrase: 'correct horse battery staple' });
    await send(h, { type: 'profiles/import', text: profileFile() });
    const page = await h.context.newPage();
    await page.goto(`${COURT}/ecf/__replica/screen/name-email?variant=c`);
    await panel(page).getByRole('button', { name: 'Fill this page' }).click();
    await panel(page)
      .getByText(/Filled \d+ fields?\./)
      .waitFor();
    await shot(page, '2-1-name-email-filled');

    await page.goto(`${COURT}/ecf/__replica/screen/credentials?variant=a`);
    await panel(page).getByRole('button', { name: 'Suggest a strong password' }).click();
    await panel(page).getByText('Kept, encrypted, in your profile “Jane at DSS”.', { exact: false }).waitFor();
    const typed = await page.locator('input[name="password"]').inputValue();
    expect(typed).toHaveLength(16);
    await shot(page, '2-2-credentials-suggested-password');

    await page.goto(`${COURT}/ecf/logon.do?token=from-email`);
    await expect.poll(() => heading(page).textContent()).toContain('Step 17 of 26');
    await panel(page).getByRole('button', { name: 'Fill this page' }).click();
    await panel(page).getByText('Filled 2 fields.').waitFor();
    expect(await page.locator('input[name="j_username"]').inputValue()).toBe(PROFILE.username);
    expect(await page.locator('input[name="j_password"]').inputValue()).toBe(typed);
    await shot(page, '2-3-logon-step-17-filled');
  });

  it('a day after registration: nothing on Case.net, a small note on the logon page, quick access in the popup', async () => {
    const h = await browsers.start();
    await send(h, { type: 'progress/answer-casenet', hasCaseNetAccount: true });
    for (let n = 16; n <= 26; n++) await send(h, { type: 'progress/mark', step: n, done: true });
    const page = await h.context.newPage();
    await page.goto(`${COURT}/ecf/logon.do`);
    await expect.poll(() => heading(page).textContent()).toBe('eFiling is one click away');
    await shot(page, '4-1-logon-after-registration');

    // A Case.net search page: no screen of the procedure, so nothing is shown unless the person asks
    // from the popup (panel-day.e2e.ts checks that; this is the photograph).
    await page.goto(`${COURT}/casenet/cases/searchCases.do`);
    await page.getByRole('button').first().waitFor();
    await shot(page, '4-2-casenet-nothing-shown');

    const popup = await h.openPopup();
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.getByRole('heading', { name: 'You are registered: eFiling is one click away' }).waitFor();
    await shot(popup, '4-3-popup-quick-access');
  });
});
