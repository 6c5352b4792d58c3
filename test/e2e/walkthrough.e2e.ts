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
import { panel, send, showAssistantFromPopup } from './harness';
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

  it('an administrator adds one person and copies the e-mail; that person imports the code and the help e-mail goes back to the administrator', async () => {
    const ANN = 'ann.smith@dss.mo.gov';
    const admin = await browsers.start();
    // The administrator's own passphrase keeps the PIN and the code passphrase for the next new hire.
    await send(admin, { type: 'vault/set', passphrase: 'admin passphrase of her own' });
    const options = await admin.context.newPage();
    await options.setViewportSize({ width: 1000, height: 900 });
    await options.goto(`chrome-extension://${admin.extensionId}/options.html`);
    await options.getByRole('button', { name: 'I am a group administrator' }).click();
    const section = options.locator('section.admin');
    const box = (label: string) => section.locator('input, textarea').and(section.getByLabel(label, { exact: true }));
    await box('Group name').fill('Department of Social Services');
    await box('Group PIN').fill('4417');
    await box('Your e-mail, for your users’ questions').fill(ANN);
    await box('Note to users').fill('Questions? Call Ann at extension 4410.');
    await box('Passphrase for the share codes').fill('blue heron at noon');
    await box('Passphrase again').fill('blue heron at noon');
    await section.getByRole('button', { name: 'Save group profile' }).click();
    await section
      .getByText('Group profile saved on this computer. The group PIN and the passphrase for share codes are kept too')
      .waitFor();
    await box('Your e-mail, for your users’ questions').scrollIntoViewIfNeeded();
    await shot(options, '3-1-admin-group-profile-with-e-mail');

    // One new hire, without a CSV file.
    await box('First name').fill('Li');
    await box('Last name').fill('Nguyen');
    await box('E-mail address').fill('li.nguyen@dss.mo.gov');
    await section.getByRole('button', { name: 'Add this person' }).click();
    await section.getByRole('button', { name: 'Make a code for each person' }).click();
    const copy = section.getByRole('button', { name: /^Copy e-mail/ });
    await copy.click({ timeout: 60_000 });
    await section
      .getByText('Copied the e-mail for Li Nguyen: paste it into a new message to li.nguyen@dss.mo.gov', {
        exact: false,
      })
      .waitFor();
    await copy.scrollIntoViewIfNeeded();
    await shot(options, '3-2-admin-one-person-e-mail-copied');
    // What was copied, pasted as the administrator would paste it (an extension page cannot be granted clipboard reading).
    await options.evaluate(() => {
      const pad = document.createElement('textarea');
      pad.id = 'paste-here';
      document.body.append(pad);
      pad.focus();
    });
    await options.keyboard.press('Control+V');
    const mail = await options.locator('#paste-here').inputValue();
    const paragraphs = mail.split('\n\n');
    expect(paragraphs[0]).toBe('Subject: Your code to join Department of Social Services on Missouri eFiling');
    expect(paragraphs[1]).toBe('Hello Li,');
    expect(mail).toContain(`To write to me: ${ANN}.`);
    // The code is a paragraph of its own, wrapped for mail programs.
    const code = paragraphs.find((p) => p.startsWith('MOEF3E-'))!.replace(/\n/g, '');
    expect(code).toMatch(/^MOEF3E-[\w-]+\.[0-9a-f]{8}$/);

    // Li's own browser: her passphrase, then the code from the e-mail and its passphrase.
    const li = await browsers.start();
    const mine = await li.context.newPage();
    await mine.goto(`chrome-extension://${li.extensionId}/options.html#import`);
    const field = (label: string) => mine.locator('input, textarea').and(mine.getByLabel(label, { exact: true }));
    await field('Passphrase').fill('my own long passphrase');
    await field('Passphrase again').fill('my own long passphrase');
    await mine.getByRole('button', { name: 'Set passphrase' }).click();
    await mine.getByText('Your passphrase is set and unlocked.').waitFor({ timeout: 15_000 });
    await field('Share code').fill(code);
    await mine.getByRole('button', { name: 'Read share code' }).click();
    await field('Passphrase for this code').fill('blue heron at noon');
    await mine.getByRole('button', { name: 'Read share code' }).click();
    await mine.getByRole('button', { name: 'Import', exact: true }).click({ timeout: 15_000 });
    await mine.getByText('Li Nguyen at Department of Social Services').first().waitFor({ timeout: 15_000 });

    // A court page the assistant does not know: the help e-mail is addressed to Ann.
    const page = await li.context.newPage();
    await page.goto(`${COURT}/casenet/cases/searchCases.do`);
    await showAssistantFromPopup(li, page);
    await expect.poll(() => heading(page).textContent()).toContain('not a registration screen');
    await panel(page).getByRole('button', { name: 'Show the eFiling assistant' }).click();
    const help = panel(page).getByRole('link', { name: 'E-mail this to my administrator' });
    expect(await help.getAttribute('href')).toMatch(/^mailto:ann\.smith@dss\.mo\.gov\?subject=/);
    await panel(page).getByText(`The e-mail goes to your administrator, ${ANN}.`, { exact: false }).waitFor();
    await shot(page, '3-3-help-e-mail-to-administrator');
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
