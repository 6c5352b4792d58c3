/**
 * The options page in real Chromium: a profile file imported through the
 * file input with its preview and "Import", a passphrase set, and the result
 * used by "Fill" on the replica.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowsers } from './fixtures';
import { PROFILE, profileFile } from './profiles';

const browsers = useBrowsers({ replica: true });
const fileInput = (page: Page) =>
  page.locator('input[type="file"]').and(page.getByLabel('Profile file', { exact: true }));

describe('the options page', () => {
  it('imports a profile file after a preview, and its details fill the replica', async () => {
    const h = await browsers.start();
    const options = await h.context.newPage();
    await options.goto(`chrome-extension://${h.extensionId}/options.html`);

    // A broken file: a clear message, nothing added.
    await fileInput(options).setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"format":"mo-efiling-profile","version":1,"profile":{"label":"x","shoeSize":9}}'),
    });
    await expect.poll(() => options.getByRole('alert').first().textContent()).toMatch(/Unknown item: shoeSize/);
    expect(await options.getByRole('button', { name: 'Import', exact: true }).count()).toBe(0);

    await fileInput(options).setInputFiles({
      name: 'jane.json',
      mimeType: 'application/json',
      buffer: Buffer.from(profileFile()),
    });
    await options.getByRole('button', { name: 'Import', exact: true }).waitFor();
    const preview = await options.locator('main').textContent();
    expect(preview).toContain('Jane at DSS');
    expect(preview).toContain('Department of Social Services');
    await options.getByRole('button', { name: 'Import', exact: true }).click();
    await expect
      .poll(() => options.getByRole('status').allTextContents())
      .toEqual(expect.arrayContaining([expect.stringMatching(/not kept: set a passphrase/)]));
    await options.getByText('Jane at DSS').first().waitFor();

    const page = await h.context.newPage();
    await page.goto('https://www.courts.mo.gov/ecf/registration/nameEmail.do?variant=a');
    await page.locator('mo-efiling-assistant').getByRole('button', { name: /^Fill/ }).click();
    await expect.poll(() => page.locator('input[name="email"]').inputValue()).toBe(PROFILE.email);
  });

  it('sets a passphrase, and then the PIN from an imported file is kept and filled', async () => {
    const h = await browsers.start();
    const options = await h.context.newPage();
    await options.goto(`chrome-extension://${h.extensionId}/options.html`);
    await options
      .locator('input')
      .and(options.getByLabel('Passphrase', { exact: true }))
      .fill('correct horse battery');
    await options
      .locator('input')
      .and(options.getByLabel('Passphrase again', { exact: true }))
      .fill('correct horse battery');
    await options.getByRole('button', { name: 'Set passphrase' }).click();
    await options.getByText('Your passphrase is set and unlocked.').waitFor({ timeout: 15_000 });

    await fileInput(options).setInputFiles({
      name: 'jane.json',
      mimeType: 'application/json',
      buffer: Buffer.from(profileFile()),
    });
    await options.getByRole('button', { name: 'Import', exact: true }).click();
    await options.getByText('Jane at DSS').first().waitFor();

    const page = await h.context.newPage();
    await page.goto('https://www.courts.mo.gov/ecf/__replica/screen/group-authentication?variant=b');
    await page.locator('mo-efiling-assistant').getByRole('button', { name: /^Fill/ }).click();
    await expect.poll(() => page.locator('input[name="grpAuthForm.pin"]').inputValue()).toBe('4417');
  });
});
