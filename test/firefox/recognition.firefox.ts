/**
 * The assistant on the replica, in Firefox ESR: the new-account branch walked screen by screen (the
 * panel's step and the tab's badge on each), the progress that follows in the popup, and the http
 * warning. The Chromium suite walks the same screens (test/e2e/recognition.e2e.ts).
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import type { ScreenId } from '@/lib/procedure/procedure';
import { MANIFEST } from '../support/replica';
import { POLL, type FirefoxHarness, panelHeading, stepStatus, waitForText, element } from './harness';
import { useFirefox } from './fixtures';
import { JANE, fillScreen, pressAndLoad, submit } from './person';
import { fieldsUnderPanel } from '../support/page-checks';

const firefox = useFirefox({ replica: true });
const COURT = 'https://www.courts.mo.gov';

/** The screen shows: the panel's heading, the badge on its tab, and a panel that covers no field. */
async function expectStep(h: FirefoxHarness, page: Page, step: number) {
  expect(await panelHeading(page, `Step ${step} of 26`)).toContain(`Step ${step} of 26`);
  await expect.poll(() => h.tabBadge(page), POLL).toBe(String(step));
  const overlap = await page.evaluate(fieldsUnderPanel);
  expect(overlap, 'the panel covers these fields').toEqual([]);
}

describe('recognising the procedure in Firefox', () => {
  it('walks a new account (variant a): every screen shows its step and badge, and the popup follows', async () => {
    const h = await firefox.start();
    const page = await h.newPage();
    const me: Record<string, string> = { ...JANE, username: `jdoe_ff_${Date.now() % 100000}` };

    await page.goto(`${COURT}/registration?variant=a&seed=`);
    await expectStep(h, page, 2);
    await pressAndLoad(page, MANIFEST['registration-start'].a.submit!);
    const screens: [ScreenId, number, Record<string, string | boolean>][] = [
      ['account-type', 4, { noMobarNumber: true }],
      ['credentials', 6, me],
      ['name-email', 8, me],
      ['addresses-phone', 10, { ...me, billingSameAsMailing: false }],
      ['security-questions', 12, me],
      ['additional-steps', 13, {}],
    ];
    for (const [screen, step, values] of screens) {
      await expectStep(h, page, step);
      await fillScreen(page, screen, 'a', values);
      await submit(page, screen, 'a');
    }
    // Step 15: the logon screen, reached from the registration pages. Do not log on.
    await expectStep(h, page, 15);
    await waitForText(page, 'Do not log on here yet', { inPanel: true });

    // Step 16: the administrator's e-mail, outside the court site; its link opens the logon screen.
    await page.goto('https://mail.replica.test/');
    await pressAndLoad(page, 'a[href*="groupUser.do?token="]');
    await expectStep(h, page, 17);
    await fillScreen(page, 'logon', 'a', { username: me.username!, password: me.password! });
    await submit(page, 'logon', 'a');
    await expectStep(h, page, 19);
    await fillScreen(page, 'group-authentication', 'a', JANE);
    await submit(page, 'group-authentication', 'a');
    await expectStep(h, page, 23);
    await waitForText(page, 'tick "I acknowledge" yourself', { inPanel: true });
    await (await page.$(MANIFEST['user-agreement'].a.expected.acknowledge as string))!.click();
    await submit(page, 'user-agreement', 'a');
    await expectStep(h, page, 25);
    await pressAndLoad(page, MANIFEST['efiling-menu'].a.actions!.myPreferences!);
    await expectStep(h, page, 26);

    // Reaching My Preferences means steps 1-25 are done; the person marks 26 when they keep the link.
    const popup = await h.openPopup();
    await element(popup, 'li[data-step="25"][data-status="done"]');
    expect(await stepStatus(popup, 1, 5, 15, 25, 26)).toEqual({
      1: 'done',
      5: 'done',
      15: 'done',
      25: 'done',
      26: 'current',
    });
    expect(await h.badge()).toBe('26');
  });

  it('only warns on an http:// court page', async () => {
    const h = await firefox.start();
    const page = await h.newPage();
    await page.goto('http://www.courts.mo.gov/ecf/registration/credentials.do?variant=a');
    expect(page.url()).toBe('http://www.courts.mo.gov/ecf/registration/credentials.do?variant=a');
    expect(await panelHeading(page, 'This page is not secure')).toBe('This page is not secure');
    const link = await page.$eval('mo-efiling-assistant >>> a', (a) => ({
      text: a.textContent,
      href: a.getAttribute('href'),
    }));
    expect(link.href).toBe('https://www.courts.mo.gov/ecf/registration/credentials.do?variant=a');
    expect(link.text).toMatch(/secure \(https:\/\/\) page/);
    expect(await h.tabBadge(page)).toBe('');
    expect(await page.$eval('mo-efiling-assistant >>> .panel', (p) => p.textContent)).not.toContain('Step 6');
  });
});
