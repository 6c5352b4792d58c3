/**
 * Issue 5 end to end, in two real browsers: an administrator makes a roster
 * of share codes on the options page; a clerk's fresh browser imports her
 * code and fills the group user authentication screen (the PIN only once the
 * code's passphrase opened it and her own passphrase keeps it).
 */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { useBrowsers } from './fixtures';

const browsers = useBrowsers({ replica: true });
const ROSTER = [
  'First Name,Last Name,Email Address,Position,Dept,Supervisor Name',
  'Jane,Doe,jane.doe@dss.mo.gov,Clerk,"Children\'s Division",Ann Smith',
  'José,Ñúñez,jose.nunez@dss.mo.gov,"Caseworker, senior",Family Support,Ann Smith',
  'Bad,Row,not-an-address,Clerk,,',
].join('\n');
const exact = (scope: Page | Locator, label: string) =>
  scope.locator('input, textarea').and(scope.getByLabel(label, { exact: true }));

describe('sharing a group profile', () => {
  it('an administrator makes roster codes; a new user imports hers and the replica is filled from it', async () => {
    // The administrator's browser.
    const admin = await browsers.start();
    const options = await admin.context.newPage();
    await options.goto(`chrome-extension://${admin.extensionId}/options.html`);
    await options.getByRole('button', { name: 'I am a group administrator' }).click();
    const section = options.locator('section.admin');
    await exact(section, 'Group name').fill('Department of Social Services');
    await exact(section, 'Group PIN').fill('4417');
    await exact(section, 'Note to users').fill('Questions? Call Ann at extension 4410.');
    await exact(section, 'Passphrase for the share codes').fill('blue heron at noon');
    await exact(section, 'Passphrase again').fill('blue heron at noon');
    await exact(section, 'Paste the roster (CSV)').fill(ROSTER);
    await options
      .getByText(/not an e-mail address/)
      .first()
      .waitFor(); // the bad row is named
    const [download] = await Promise.all([
      options.waitForEvent('download', { timeout: 60_000 }),
      options
        .getByRole('button', { name: 'Make a code for each person' })
        .click()
        .then(() =>
          options.getByRole('button', { name: 'Download for a mail merge (CSV)' }).click({ timeout: 60_000 }),
        ),
    ]);
    const csv = readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '');
    const rows = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;
    expect(rows.map((r) => r['E-mail'])).toEqual(['jane.doe@dss.mo.gov', 'jose.nunez@dss.mo.gov']);
    const janeCode = rows[0]!['Share code']!;
    expect(janeCode).toMatch(/^MOEF3E-/);

    // Jane's own, fresh browser.
    const jane = await browsers.start();
    const mine = await jane.context.newPage();
    await mine.goto(`chrome-extension://${jane.extensionId}/options.html#import`);
    // Her own passphrase first, so the PIN from the code can be kept (encrypted).
    await mine
      .locator('input')
      .and(mine.getByLabel('Passphrase', { exact: true }))
      .fill('my own long passphrase');
    await mine
      .locator('input')
      .and(mine.getByLabel('Passphrase again', { exact: true }))
      .fill('my own long passphrase');
    await mine.getByRole('button', { name: 'Set passphrase' }).click();
    await mine.getByText('Your passphrase is set and unlocked.').waitFor({ timeout: 15_000 });

    // The code as an e-mail program might wrap it.
    await exact(mine, 'Share code').fill(janeCode.replace(/(.{60})/g, '$1\n'));
    await mine.getByRole('button', { name: 'Read share code' }).click();
    await exact(mine, 'Passphrase for this code').fill('wrong passphrase here');
    await mine.getByRole('button', { name: 'Read share code' }).click();
    await mine.getByText(/That passphrase does not open this share code/).waitFor({ timeout: 15_000 });
    await exact(mine, 'Passphrase for this code').fill('blue heron at noon');
    await mine.getByRole('button', { name: 'Read share code' }).click();
    await mine.getByRole('button', { name: 'Import', exact: true }).waitFor({ timeout: 15_000 });
    expect(await mine.locator('main').textContent()).toContain('Questions? Call Ann at extension 4410.');
    await mine.getByRole('button', { name: 'Import', exact: true }).click();
    await mine
      .getByText(/Jane at Department of Social Services|Jane Doe at Department of Social Services/)
      .first()
      .waitFor({ timeout: 15_000 });

    const page = await jane.context.newPage();
    await page.goto('https://www.courts.mo.gov/ecf/__replica/screen/group-authentication?variant=b');
    await page.locator('mo-efiling-assistant').getByRole('button', { name: /^Fill/ }).click();
    await expect.poll(() => page.locator('input[name="grpAuthForm.pin"]').inputValue()).toBe('4417');
    const select = page.locator('select[name="grpAuthForm.groupId"]');
    expect(await select.evaluate((s: HTMLSelectElement) => s.options[s.selectedIndex]!.text)).toBe(
      'Department of Social Services',
    );
    expect(await page.locator('textarea[name="grpAuthForm.userInfo"]').inputValue()).toBe(
      "Position: Clerk; Department: Children's Division; Supervisor: Ann Smith",
    );
  });
});
