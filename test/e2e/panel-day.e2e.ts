/**
 * A clerk's day with the in-page panel, in real Chromium on the replica:
 * a readable panel (15 px, 24 px targets, one button family, long reports
 * scrolling inside it); a suggested password shown, copied, kept encrypted
 * and typed again at step 17; the panel following a profile saved in another
 * tab; step 15's amber warning without Fill; the court's questions saved and
 * offered in the profile form; the panel gone once registration is finished.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { PROFILE, profileFile } from './profiles';
import type { Harness } from './harness';
import { useBrowsers } from './fixtures';
import { COMBINED } from '../support/replica';
import { GRANTED_EXTENSION_DIR } from '../scripts/chromium.mjs';

declare const chrome: {
  runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; error?: string; data?: unknown }> };
  bookmarks: { search(q: { url: string }): Promise<{ id: string }[]> };
};

const browsers = useBrowsers({ replica: true });
const COURT = 'https://www.courts.mo.gov';
const PASSPHRASE = 'correct horse battery staple';

async function send(h: Harness, message: unknown) {
  const page = await h.openPopup();
  const answer = await page.evaluate((m) => chrome.runtime.sendMessage(m), message);
  await page.close();
  expect(answer.ok, answer.error).toBe(true);
  return answer.data;
}

const panel = (page: Page) => page.locator('mo-efiling-assistant');
const heading = (page: Page) => panel(page).locator('h2').first();

describe("the panel through a clerk's day", () => {
  it('is readable: 15 px text, every target at least 24 × 24 px, one button family, a long report scrolls inside', async () => {
    const h = await browsers.start();
    await send(h, { type: 'profiles/import', text: profileFile() });
    const page = await h.context.newPage();
    await page.goto(`${COURT}${COMBINED['contact-details'].standalone}`);
    await panel(page).getByRole('button', { name: 'Fill this page' }).click();
    await panel(page).getByText('Filled 15 fields.').waitFor();
    const look = await page.evaluate(() => {
      const root = document.querySelector('mo-efiling-assistant')!.shadowRoot!;
      const p = root.querySelector<HTMLElement>('.panel')!;
      const body = root.querySelector<HTMLElement>('.body')!;
      const targets = [...root.querySelectorAll<HTMLElement>('button, a')].map((el) => {
        const r = el.getBoundingClientRect();
        return { text: el.textContent, width: r.width, height: r.height, family: getComputedStyle(el).fontFamily };
      });
      return {
        size: getComputedStyle(p).fontSize,
        family: getComputedStyle(p).fontFamily,
        overflow: getComputedStyle(body).overflowY,
        scrolls: body.scrollHeight > body.clientHeight,
        panelBottom: p.getBoundingClientRect().bottom,
        viewport: innerHeight,
        targets,
      };
    });
    expect(look.size).toBe('15px');
    expect(look.family).toBe('system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif');
    expect(look.targets.length).toBeGreaterThan(3);
    for (const t of look.targets) {
      expect(t.width, `${t.text} width`).toBeGreaterThanOrEqual(24);
      expect(t.height, `${t.text} height`).toBeGreaterThanOrEqual(24);
      expect(t.family, `${t.text} font`).toBe(look.family);
    }
    expect(look.overflow).toBe('auto');
    expect(look.scrolls, 'the long report scrolls inside the panel').toBe(true);
    expect(look.panelBottom).toBeLessThanOrEqual(look.viewport);
  });

  it('shows the suggested password (masked, Show, Copy), keeps it encrypted, and types it again at step 17', async () => {
    const h = await browsers.start();
    await h.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: COURT });
    await send(h, { type: 'vault/set', passphrase: PASSPHRASE });
    await send(h, { type: 'profiles/import', text: profileFile() });
    const page = await h.context.newPage();
    await page.goto(`${COURT}/ecf/__replica/screen/credentials?variant=a`);
    await panel(page).getByRole('button', { name: 'Suggest a strong password' }).click();
    await panel(page).getByText('Kept, encrypted, in your profile “Jane at DSS”.', { exact: false }).waitFor();
    const typed = await page.locator('input[name="password"]').inputValue();
    expect(typed).toHaveLength(16);
    expect(await page.locator('input[name="confirmPassword"]').inputValue()).toBe(typed);
    const secret = panel(page).locator('.password .secret');
    expect(await secret.textContent()).toBe('•'.repeat(16));
    await panel(page).getByRole('button', { name: 'Show' }).click();
    expect(await secret.textContent()).toBe(typed);
    await panel(page).getByRole('button', { name: 'Copy' }).click();
    await panel(page).getByText('Password copied.').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(typed);

    // Step 17: the person comes from the group e-mail's link and presses Fill.
    await page.goto(`${COURT}/ecf/logon.do?token=from-email`);
    await expect.poll(() => heading(page).textContent()).toContain('Step 17 of 26');
    await panel(page).getByRole('button', { name: 'Fill this page' }).click();
    await panel(page).getByText('Filled 2 fields.').waitFor();
    expect(await page.locator('input[name="j_username"]').inputValue()).toBe(PROFILE.username);
    expect(await page.locator('input[name="j_password"]').inputValue()).toBe(typed);
  });

  it('without a passphrase: says the password is not kept yet, opens the passphrase section, then keeps it', async () => {
    const h = await browsers.start();
    await send(h, { type: 'profiles/import', text: profileFile() });
    const page = await h.context.newPage();
    await page.goto(`${COURT}/ecf/__replica/screen/credentials?variant=b`);
    await panel(page).getByRole('button', { name: 'Suggest a strong password' }).click();
    await panel(page)
      .getByText('Not kept yet: the assistant keeps passwords only behind a passphrase.', { exact: false })
      .waitFor();
    const opened = h.context.waitForEvent('page');
    await panel(page).getByRole('button', { name: 'Set a passphrase now' }).click();
    const options = await opened;
    await options.waitForLoadState();
    expect(new URL(options.url()).hash).toBe('#passphrase');
    await options.close();
    await send(h, { type: 'vault/set', passphrase: PASSPHRASE });
    await panel(page).getByRole('button', { name: 'Keep it in my profile' }).click();
    await panel(page).getByText('Kept, encrypted, in your profile “Jane at DSS”.', { exact: false }).waitFor();
    // A Fill now does not list the password as missing: it was just suggested and is kept.
    await panel(page).getByRole('button', { name: 'Fill this page' }).click();
    await panel(page)
      .getByText(/Filled \d+ fields?\./)
      .waitFor();
    expect(await panel(page).locator('.report').textContent()).not.toContain('Not in your profile');
  });

  it('"Add your details" opens the profile form, and the panel follows the profile saved there without a reload', async () => {
    const h = await browsers.start();
    const page = await h.context.newPage();
    await page.goto(`${COURT}/ecf/__replica/screen/name-email?variant=a`);
    const opened = h.context.waitForEvent('page');
    await panel(page).getByRole('button', { name: 'Add your details' }).click();
    const options = await opened;
    await options.waitForLoadState();
    expect(new URL(options.url()).hash).toBe('#profile');
    await options
      .getByRole('heading', { name: /profile/i })
      .first()
      .waitFor();
    await options.evaluate((text) => chrome.runtime.sendMessage({ type: 'profiles/import', text }), profileFile());
    await panel(page).getByRole('button', { name: 'Fill this page' }).waitFor();
    expect(await panel(page).getByText('From your profile “Jane at DSS”.').count()).toBe(1);
  });

  it('at step 15 the warning is amber and there is no Fill', async () => {
    const h = await browsers.start();
    await send(h, { type: 'profiles/import', text: profileFile() });
    const page = await h.context.newPage();
    // Arriving from the registration's last screen, as the site sends the person at step 15.
    await page.goto(`${COURT}/ecf/logon.do`, { referer: `${COURT}/ecf/registration/additionalSteps.do` });
    await expect.poll(() => heading(page).textContent()).toContain('Step 15 of 26');
    const warning = panel(page).locator('.reminder.warning');
    expect(await warning.textContent()).toContain('Do not log on here now.');
    const colours = await warning.evaluate((el) => [
      getComputedStyle(el).backgroundColor,
      getComputedStyle(el).borderLeftColor,
    ]);
    expect(colours).toEqual(['rgb(255, 241, 194)', 'rgb(180, 83, 9)']);
    expect(await panel(page).getByRole('button', { name: /^Fill/ }).count()).toBe(0);
  });

  it("saves the court's security questions and the profile form offers them as choices", async () => {
    const h = await browsers.start();
    const page = await h.context.newPage();
    await page.goto(`${COURT}/ecf/__replica/screen/security-questions?variant=a`);
    await panel(page).getByRole('button', { name: 'Save the court’s questions' }).click();
    await panel(page).getByText('Saved 8 questions.', { exact: false }).waitFor();
    const opened = h.context.waitForEvent('page');
    await panel(page).getByRole('button', { name: 'Add your details' }).click();
    const options = await opened;
    const question = options.getByLabel('Security question 1', { exact: true });
    // The form offers the list once it has read it.
    await options.locator('input[list="pf-court-questions"]').first().waitFor();
    expect(await question.getAttribute('list')).toBe('pf-court-questions');
    expect(
      await options
        .locator('datalist#pf-court-questions option')
        .evaluateAll((o) => o.map((x) => (x as HTMLOptionElement).value)),
    ).toEqual([
      "What is your mother's maiden name?",
      'What was the name of your first pet?',
      'In what city were you born?',
      'What was the make of your first car?',
      'What is the name of the elementary school you attended?',
      'What was your childhood nickname?',
      "What is your father's middle name?",
      'In what city did you meet your spouse or partner?',
    ]);
  });

  it('once all 26 steps are done: no registration panel on the eFiling menu, a dismissible note on the logon page', async () => {
    const h = await browsers.start();
    await send(h, { type: 'progress/answer-casenet', hasCaseNetAccount: true });
    for (let n = 16; n <= 26; n++) await send(h, { type: 'progress/mark', step: n, done: true });
    expect(await h.badge()).toBe('✓');
    const page = await h.context.newPage();
    await page.goto(`${COURT}/ecf/logon.do`);
    await expect.poll(() => heading(page).textContent()).toBe('eFiling is one click away');
    expect(await panel(page).textContent()).not.toMatch(/Step \d+ of 26/);
    expect(await panel(page).getByRole('button', { name: /^Fill/ }).count()).toBe(0);

    await page.goto(`${COURT}/ecf/__replica/screen/efiling-menu?variant=a`);
    await page.locator('mo-efiling-assistant[data-state="hidden"]').waitFor({ state: 'attached' });
    expect(await panel(page).locator('.panel').count()).toBe(0);

    await page.goto(`${COURT}/ecf/logon.do`);
    await panel(page).getByRole('button', { name: 'Don’t show this again' }).click();
    await page.locator('mo-efiling-assistant[data-state="hidden"]').waitFor({ state: 'attached' });
    await page.reload();
    await page.locator('mo-efiling-assistant[data-state="hidden"]').waitFor({ state: 'attached' });
    expect(await panel(page).locator('.panel').count()).toBe(0);
  });

  it('on an unrecognised court page offers an e-mail to the administrator and the help desk, in plain words', async () => {
    const h = await browsers.start();
    const page = await h.context.newPage();
    await page.goto(`${COURT}/casenet/cases/searchCases.do`);
    const popup = await h.openPopup();
    await page.bringToFront();
    await popup.getByRole('button', { name: 'Show the assistant on this page' }).click();
    await popup.getByText('The assistant is on the page in front.').waitFor();
    await popup.close();
    await expect.poll(() => heading(page).textContent()).toContain('not a registration screen');
    await panel(page).getByRole('button', { name: 'Show the eFiling assistant' }).click();
    const mail = panel(page).getByRole('link', { name: 'E-mail this to my administrator' });
    const href = new URL((await mail.getAttribute('href'))!);
    expect(href.protocol).toBe('mailto:');
    expect(href.searchParams.get('body')).toContain('Page: /casenet/cases/searchCases.do');
    expect(await panel(page).getByRole('link', { name: '(888) 541-4894' }).getAttribute('href')).toBe(
      'tel:+18885414894',
    );
    expect(await panel(page).locator('.body').textContent()).not.toMatch(/page-shape|JSON/i);
  });

  it('step 26 on the eFiling menu: "Bookmark eFiling" says where the browser asks, before the permission', async () => {
    const h = await browsers.start();
    const page = await h.context.newPage();
    await page.goto(`${COURT}/ecf/__replica/screen/efiling-menu?variant=a`);
    await expect.poll(() => heading(page).textContent()).toContain('Step 25 of 26');
    const button = panel(page).getByRole('button', { name: 'Bookmark eFiling' });
    await button.waitFor(); // shown once the bookmark's state is known, with its heads-up
    expect(await panel(page).getByText('choose “Allow”', { exact: false }).count()).toBe(1);
    await button.click();
    await panel(page).getByText('Your browser asks for permission first', { exact: false }).waitFor();
  });

  it('step 26 on the eFiling menu: "Bookmark eFiling" makes the bookmark once the permission is there', async () => {
    const h = await browsers.start({ extensionDir: GRANTED_EXTENSION_DIR });
    const page = await h.context.newPage();
    await page.goto(`${COURT}/ecf/__replica/screen/efiling-menu?variant=a`);
    await panel(page).getByRole('button', { name: 'Bookmark eFiling' }).click();
    await panel(page).getByText('eFiling is in your bookmarks.').waitFor();
    const marks = await (
      await h.worker()
    ).evaluate(() => chrome.bookmarks.search({ url: 'https://www.courts.mo.gov/ecf/' }));
    expect(marks).toHaveLength(1);
  });

  it('chooses a saved question typed without its apostrophe from the court’s list', async () => {
    const h = await browsers.start();
    const [, born, pet] = PROFILE.securityQuestions;
    const typedLoosely = {
      ...PROFILE,
      securityQuestions: [{ question: 'what is your mothers maiden name' }, born, pet],
    };
    await send(h, { type: 'profiles/import', text: profileFile(typedLoosely) });
    const page = await h.context.newPage();
    await page.goto(`${COURT}/ecf/__replica/screen/security-questions?variant=a`);
    await panel(page).getByRole('button', { name: 'Fill this page' }).click();
    await panel(page)
      .getByText(/Filled \d+ fields?\./)
      .waitFor();
    const chosen = await page
      .locator('select[name="secQuestion1"]')
      .evaluate((s: HTMLSelectElement) => s.options[s.selectedIndex]!.text);
    expect(chosen).toBe("What is your mother's maiden name?");
  });

  it('reports a locked password as "Locked: unlock to fill" with Unlock right there', async () => {
    const h = await browsers.start();
    await send(h, { type: 'vault/set', passphrase: PASSPHRASE });
    await send(h, { type: 'profiles/import', text: profileFile() });
    const state = (await send(h, { type: 'profiles/state' })) as { activeProfileId: string };
    await send(h, {
      type: 'profiles/save',
      id: state.activeProfileId,
      profile: PROFILE,
      password: 'Str0ng!Passw0rd-e2e',
    });
    await send(h, { type: 'vault/lock' });
    const page = await h.context.newPage();
    await page.goto(`${COURT}/ecf/__replica/screen/credentials?variant=a`);
    await panel(page).getByRole('button', { name: 'Fill this page' }).click();
    await panel(page).getByText('Filled 1 field. Check it, then continue yourself.').waitFor();
    const locked = panel(page).locator('.report-group.locked');
    expect(await locked.locator('li').allTextContents()).toEqual(['Password', 'Password again']);
    expect(await panel(page).locator('.report').textContent()).not.toContain('Not in your profile');
    const opened = h.context.waitForEvent('page');
    await locked.getByRole('button', { name: 'Unlock' }).click();
    expect(new URL((await opened).url()).hash).toBe('#passphrase');
  });

  it('reports the read-only group name as filled by the site and an empty second address line as nothing to do', async () => {
    const h = await browsers.start();
    const noLine2 = { ...PROFILE, mailingAddress: { ...PROFILE.mailingAddress, line2: '' }, billingAddress: null };
    await send(h, { type: 'profiles/import', text: profileFile(noLine2) });
    const page = await h.context.newPage();
    await page.goto(
      `${COURT}/ecf/__replica/screen/group-authentication?variant=a&token=c3e1d9a4-5f20-4b7e-9d11-dss0417`,
    );
    await panel(page).getByRole('button', { name: 'Fill this page' }).click();
    await panel(page)
      .getByText(/Filled \d+ fields?\./)
      .waitFor();
    const bySite = panel(page).locator('.report-group', { hasText: 'Already filled in by the site' });
    expect(await bySite.locator('li').allTextContents()).toEqual(['Group name']);
    const filled = panel(page).locator('.report-group', { hasText: /^Filled/ });
    expect(await filled.textContent()).not.toContain('Group name');

    await page.goto(`${COURT}/ecf/__replica/screen/addresses-phone?variant=a`);
    await panel(page).getByRole('button', { name: 'Fill this page' }).click();
    await panel(page)
      .getByText(/Filled \d+ fields?\./)
      .waitFor();
    const report = await panel(page).locator('.report').textContent();
    expect(report).not.toContain('second line');
    expect(report).not.toContain('Not in your profile');
  });
});
