/**
 * The assistant on the replica, in real Chromium: both branches of the
 * procedure walked screen by screen, with the badge and the panel checked on
 * every screen, plus error re-renders, the http warning and the report.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { ScreenId } from '@/lib/procedure/procedure';
import { showAssistantFromPopup, type Harness } from './harness';
import { useBrowsers } from './fixtures';
import { JANE, fillScreen, submit } from './person';
import { MANIFEST, type Variant } from '../support/replica';
import { fieldsUnderPanel } from '../support/page-checks';

const browsers = useBrowsers({ replica: true });
const COURT = 'https://www.courts.mo.gov';

const panel = (page: Page) => page.locator('mo-efiling-assistant');
const heading = (page: Page) => panel(page).locator('h2').first();
const panelText = (page: Page) => panel(page).locator('.panel').textContent();

/** The screen shows: badge on its tab, panel heading, and a panel that covers no field. */
async function expectStep(h: Harness, page: Page, step: number) {
  await expect.poll(() => heading(page).textContent(), { timeout: 10_000 }).toContain(`Step ${step} of 26`);
  expect(await h.tabBadge(page)).toBe(String(step));
  const overlap = await page.evaluate(fieldsUnderPanel);
  expect(overlap, 'the panel covers these fields').toEqual([]);
}

/** The replica remembers accounts across tests: each walk makes its own user name. */
const person = (variant: Variant): Record<string, string> => ({
  ...JANE,
  username: `jdoe_${variant}_${Date.now() % 100000}`,
});

async function walkRegistration(h: Harness, page: Page, variant: Variant, me: Record<string, string>) {
  await page.goto(`${COURT}/registration?variant=${variant}&seed=`);
  await expectStep(h, page, 2);
  await Promise.all([page.waitForEvent('load'), page.locator(MANIFEST['registration-start'][variant].submit!).click()]);

  // Variant c asks for name, e-mail, addresses and phone on one page: it is step 8, and both screens' boxes are there.
  const contact: [ScreenId, number, Record<string, string | boolean>][] =
    variant === 'c'
      ? [['name-email', 8, { ...me, billingSameAsMailing: false }]]
      : [
          ['name-email', 8, me],
          ['addresses-phone', 10, { ...me, billingSameAsMailing: false }],
        ];
  const screens: [ScreenId, number, Record<string, string | boolean>][] = [
    ['account-type', 4, { noMobarNumber: true }],
    ['credentials', 6, me],
    ...contact,
    ['security-questions', 12, me],
    ['additional-steps', 13, {}],
  ];
  for (const [screen, step, values] of screens) {
    await expectStep(h, page, step);
    await fillScreen(page, screen, variant, values);
    if (variant === 'c' && screen === 'name-email') await fillScreen(page, 'addresses-phone', variant, values);
    await submit(page, screen, variant);
  }
  // Step 15: the logon screen, reached from the registration pages. Do not log on.
  await expectStep(h, page, 15);
  expect(await panelText(page)).toContain('Do not log on here yet');
}

async function joinGroup(h: Harness, page: Page, variant: Variant, logon: Record<string, string>) {
  // Step 16: the administrator's e-mail, outside the court site; its link opens the logon screen.
  await page.goto('https://mail.replica.test/');
  await page.getByText('Your eFiling group invitation').first().click();
  await Promise.all([page.waitForEvent('load'), page.locator('a[href*="groupUser.do?token="]').first().click()]);
  await expectStep(h, page, 17);
  await fillScreen(page, 'logon', variant, logon);
  await submit(page, 'logon', variant);

  await expectStep(h, page, 19);
  await fillScreen(page, 'group-authentication', variant, JANE);
  await submit(page, 'group-authentication', variant);

  await expectStep(h, page, 23);
  expect(await panelText(page)).toContain('tick "I acknowledge" yourself');
  await page.locator(MANIFEST['user-agreement'][variant].expected.acknowledge as string).check();
  await submit(page, 'user-agreement', variant);

  await expectStep(h, page, 25);
  await Promise.all([
    page.waitForEvent('load'),
    page.locator(MANIFEST['efiling-menu'][variant].actions!.myPreferences!).click(),
  ]);
  await expectStep(h, page, 26);
}

describe('recognising the procedure on the replica', () => {
  it('walks a new account (variant a): every screen shows its step, and progress follows', async () => {
    const h = await browsers.start();
    const page = await h.context.newPage();
    const me = person('a');
    await walkRegistration(h, page, 'a', me);
    await joinGroup(h, page, 'a', { username: me.username!, password: me.password! });

    const popup = await h.openPopup();
    // Reaching My Preferences means steps 1-25 are done; the person marks 26 when they keep the link.
    await expect.poll(() => popup.locator('li[data-step="25"]').getAttribute('data-status')).toBe('done');
    expect(await popup.locator('li[data-step="26"]').getAttribute('data-status')).toBe('current');
    expect(await h.badge()).toBe('26');

    // A court page that is not a screen: no panel unless the person asks; the tab shows the overall progress.
    await page.goto(`${COURT}/casenet/cases/searchCases.do`);
    await showAssistantFromPopup(h, page);
    await expect.poll(() => heading(page).textContent()).toContain('not a registration screen');
    expect(await h.tabBadge(page)).toBe('26');
  });

  it('walks a new account in the old table layout (variant b)', async () => {
    const h = await browsers.start();
    const page = await h.context.newPage();
    const me = person('b');
    await walkRegistration(h, page, 'b', me);
    await joinGroup(h, page, 'b', { username: me.username!, password: me.password! });
  });

  it('walks a new account on pages written in another vocabulary (variant c), with a combined contact page', async () => {
    const h = await browsers.start();
    const page = await h.context.newPage();
    const me = person('c');
    await walkRegistration(h, page, 'c', me);
    await joinGroup(h, page, 'c', { username: me.username!, password: me.password! });
  });

  it('walks the existing Case.net account branch (variant b): logon is step 17, not 15', async () => {
    const h = await browsers.start();
    const popup = await h.openPopup();
    await popup.getByRole('button', { name: 'Yes, I have one' }).click();
    await expect.poll(() => h.badge()).toBe('16');
    const page = await h.context.newPage();
    await page.goto(`${COURT}/?variant=b`);
    await joinGroup(h, page, 'b', { username: 'casenet_user1', password: 'Passw0rd!23' });
    await popup.reload();
    await expect.poll(() => popup.locator('li[data-step="5"]').getAttribute('data-status')).toBe('skipped');
  });

  it('stays on the step when the site re-renders a screen with an error', async () => {
    const h = await browsers.start();
    const page = await h.context.newPage();
    await page.goto(`${COURT}/ecf/registration/credentials.do?variant=a`);
    await expectStep(h, page, 6);
    await fillScreen(page, 'credentials', 'a', { ...JANE, username: 'taken_user1' });
    await submit(page, 'credentials', 'a');
    await page
      .getByText(/already taken/i)
      .first()
      .waitFor();
    await expectStep(h, page, 6);
    // The site's own error text, inserted without a reload, does not change the answer either.
    await page.evaluate(() =>
      document.querySelector('form')!.insertAdjacentHTML('afterbegin', '<p>Please correct the errors</p>'),
    );
    await page.waitForTimeout(600);
    await expectStep(h, page, 6);
  });

  it('recognises a screen that appears without a page load on a page that had nothing to do, and goes idle', async () => {
    const h = await browsers.start();
    const page = await h.context.newPage();
    // A help page: no boxes, no screen's heading; the gate loads nothing there.
    await page.goto(`${COURT}/ecf/help.do`);
    await page.waitForLoadState('load');
    // The page replaces itself with the group authentication screen, as a script-driven site might.
    const html = await page.evaluate(() =>
      fetch('/ecf/__replica/screen/group-authentication?variant=a').then((r) => r.text()),
    );
    await page.evaluate((markup) => {
      const doc = new DOMParser().parseFromString(markup, 'text/html');
      document.title = doc.title;
      document.querySelector('body > :not(mo-efiling-assistant)')?.replaceWith(...doc.body.children);
    }, html);
    await expectStep(h, page, 19);
    await expect.poll(() => panel(page).getAttribute('data-watching'), { timeout: 15_000 }).toBe('idle');
  });

  it('remembers a collapsed panel from one screen to the next, and its toggle works by keyboard', async () => {
    const h = await browsers.start();
    const page = await h.context.newPage();
    await page.goto(`${COURT}/ecf/registration/accountType.do?variant=a`);
    await expectStep(h, page, 4);
    const toggle = panel(page).getByRole('button', { name: 'Hide the eFiling assistant' });
    await toggle.focus();
    await page.keyboard.press('Enter');
    await panel(page).getByRole('button', { name: 'Show the eFiling assistant' }).waitFor();
    expect(await panel(page).locator('.steps').count()).toBe(0);

    await page.goto(`${COURT}/ecf/registration/nameEmail.do?variant=a`);
    await expectStep(h, page, 8);
    await panel(page).getByRole('button', { name: 'Show the eFiling assistant' }).click();
    expect(await panel(page).locator('.steps').textContent()).toContain('first name');
  });

  it('a tab that leaves a screen shows the overall progress again', async () => {
    const h = await browsers.start();
    const page = await h.context.newPage();
    await page.goto(`${COURT}/ecf/registration/accountType.do?variant=a`);
    await expectStep(h, page, 4);
    const popup = await h.openPopup();
    for (const n of [4, 5, 6, 7]) await popup.getByRole('button', { name: `Mark step ${n} done` }).click();
    await expect.poll(() => h.badge()).toBe('8');
    expect(await h.tabBadge(page)).toBe('4'); // still on the account-type screen

    await page.goto('https://mail.replica.test/'); // not a court page: no content script runs here
    await expect.poll(() => h.tabBadge(page)).toBe('8');
  });

  it('only warns on an http:// court page', async () => {
    const h = await browsers.start();
    const page = await h.context.newPage();
    await page.goto('http://www.courts.mo.gov/ecf/registration/credentials.do?variant=a');
    await expect.poll(() => heading(page).textContent()).toBe('This page is not secure');
    expect(
      await panel(page)
        .getByRole('link', { name: /secure \(https:\/\/\) page/ })
        .getAttribute('href'),
    ).toBe('https://www.courts.mo.gov/ecf/registration/credentials.do?variant=a');
    expect(await h.tabBadge(page)).toBe('');
    expect(await panelText(page)).not.toContain('Step 6');
  });

  it('offers a page-shape report on an unrecognised court page, without what the person typed', async () => {
    const h = await browsers.start();
    await h.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: COURT });
    const page = await h.context.newPage();
    await page.goto(`${COURT}/casenet/cases/searchCases.do`);
    await showAssistantFromPopup(h, page);
    await expect.poll(() => heading(page).textContent()).toContain('not a registration screen');
    expect(await h.tabBadge(page)).toBe('');

    const typed = 'Zebulon Quartermaine';
    await page.locator('input[type="text"]:visible').last().fill(typed);
    await panel(page).getByRole('button', { name: 'Show the eFiling assistant' }).click();
    await panel(page).getByRole('button', { name: 'Copy the page description' }).click();
    await panel(page).getByText('Page description copied').waitFor();
    const report = await page.evaluate(() => navigator.clipboard.readText());
    const parsed = JSON.parse(report);
    expect(parsed).toMatchObject({ format: 'mo-efiling-page-shape', path: '/casenet/cases/searchCases.do' });
    expect(parsed.fields.length).toBeGreaterThan(0);
    expect(parsed.actions.join(' ')).toMatch(/Search/);
    expect(report).not.toContain('Zebulon');
    expect(report).not.toContain(typed);
  });
});
